import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { Roles } from '../../../common/auth/policy.decorator.js';
import { InputValidationException } from '../../../common/errors/domain.exception.js';
import {
  ApplicationsCsvQuery,
  CSV_DELIMITERS,
} from '../../applications/dto/applications-csv.query.js';
import { CohortProgressService } from './cohort-progress.service.js';

/**
 * The cohort dashboard as CSV, beside the applications export (same route prefix, BOM,
 * `?delimiter=semicolon`), for the same people as the GraphQL query: experts and admins.
 */
@Controller('exports')
export class CohortProgressController {
  constructor(private readonly progress: CohortProgressService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Get('academies/:id/cohort-progress.csv')
  async cohortProgressCsv(
    @Param(
      'id',
      new ParseUUIDPipe({
        exceptionFactory: () =>
          new InputValidationException([
            { field: 'academyId', rule: 'isUuid', detail: 'academyId must be a UUID' },
          ]),
      }),
    )
    academyId: string,
    @Query() query: ApplicationsCsvQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.progress.cohortProgressCsv(
      academyId,
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
