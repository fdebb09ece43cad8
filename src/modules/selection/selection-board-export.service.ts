import { Injectable } from '@nestjs/common';
import type { Locale } from '../../common/i18n/locale.js';
import { csvLine, type CsvDelimiter } from '../applications/csv-cell.js';
import { SELECTION_BOARD_CSV_HEADER, selectionBoardCsvLine } from './selection-board-csv.js';
import { SelectionBoardService } from './selection-board.service.js';
import { BoardRanking } from './selection.enums.js';

/** The selection board as a spreadsheet, built from the same reads as the GraphQL board. */
@Injectable()
export class SelectionBoardExportService {
  constructor(private readonly boards: SelectionBoardService) {}

  async selectionBoardCsv(
    academyId: string,
    rankBy: BoardRanking = BoardRanking.MEAN,
    locale: Locale,
    delimiter: CsvDelimiter = ',',
  ): Promise<{ filename: string; content: string }> {
    const board = await this.boards.board(academyId, rankBy, locale);
    const lines = [
      csvLine(SELECTION_BOARD_CSV_HEADER, delimiter),
      ...board.rows.map((row) => selectionBoardCsvLine(board.academy, row, delimiter)),
    ];
    return {
      filename: `${board.academy.slug}-selection-board.csv`,
      content: `\uFEFF${lines.join('\r\n')}\r\n`,
    };
  }
}
