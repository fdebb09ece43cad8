import { IsEnum, IsIn, IsOptional } from 'class-validator';
import {
  CSV_DELIMITERS,
  type CsvDelimiterName,
} from '../../applications/dto/applications-csv.query.js';
import { BoardRanking } from '../selection.enums.js';

export { CSV_DELIMITERS };

/** `GET /exports/academies/<id>/selection-board.csv?delimiter=semicolon&rankBy=MEDIAN` */
export class SelectionBoardCsvQuery {
  /** `comma` (the default, RFC 4180) or `semicolon`, as for applications.csv. */
  @IsOptional()
  @IsIn(Object.keys(CSV_DELIMITERS))
  delimiter?: CsvDelimiterName;

  @IsOptional()
  @IsEnum(BoardRanking)
  rankBy?: BoardRanking;
}
