import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { InputValidationException } from '../../common/errors/domain.exception.js';
import { CSV_DELIMITERS, SelectionBoardCsvQuery } from './dto/selection-board-csv.query.js';
import { SelectionBoardExportService } from './selection-board-export.service.js';

// A slug where the id belongs is a common slip: name the field, as GraphQL input errors do.
function academyIdParameter(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new InputValidationException([
        { field: 'academyId', rule: 'isUuid', detail: 'academyId must be a UUID' },
      ]),
  });
}

@Controller('exports')
export class SelectionBoardExportController {
  constructor(private readonly exports: SelectionBoardExportService) {}

  /**
   * The selection board, one row per submitted application in rank order; UTF-8 with a BOM.
   * `?delimiter=semicolon` for Excel set to Finnish or Swedish, `?rankBy=MEDIAN` to rank by
   * the median (MEAN by default). Same conventions as `applications.csv`.
   */
  @Roles(GlobalRole.ADMIN)
  @Get('academies/:id/selection-board.csv')
  async selectionBoardCsv(
    @Param('id', academyIdParameter()) academyId: string,
    @Query() query: SelectionBoardCsvQuery,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exports.selectionBoardCsv(
      academyId,
      query.rankBy,
      principal.user.locale,
      CSV_DELIMITERS[query.delimiter ?? 'comma'],
    );
    void reply
      .status(200)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
