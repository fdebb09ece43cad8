import { IsIn, IsOptional } from 'class-validator';
import type { CsvDelimiter } from '../csv-cell.js';

export const CSV_DELIMITERS = { comma: ',', semicolon: ';' } satisfies Record<string, CsvDelimiter>;
export type CsvDelimiterName = keyof typeof CSV_DELIMITERS;

/** `GET /exports/academies/<id>/applications.csv?delimiter=semicolon` */
export class ApplicationsCsvQuery {
  /**
   * `comma` (the default, RFC 4180) or `semicolon`, for Excel set to Finnish or Swedish.
   * Chosen by the caller, not by Accept-Language, so one link always gives the same file.
   */
  @IsOptional()
  @IsIn(Object.keys(CSV_DELIMITERS))
  delimiter?: CsvDelimiterName;
}
