import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { InputValidationException } from '../../common/errors/domain.exception.js';
import { ApplicationExportService } from './application-export.service.js';
import { ApplicationsCsvQuery, CSV_DELIMITERS } from './dto/applications-csv.query.js';

// A slug where the id belongs is a common slip: name the field, as GraphQL input errors do.
function uuidParameter(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new InputValidationException([{ field, rule: 'isUuid', detail: `${field} must be a UUID` }]),
  });
}

@Controller('exports')
export class ApplicationsExportController {
  constructor(private readonly exports: ApplicationExportService) {}

  /**
   * One row per application; UTF-8 with a BOM so Excel shows ä and ö right.
   * `?delimiter=semicolon` separates with `;` for Excel set to Finnish or Swedish.
   */
  @Roles(GlobalRole.ADMIN)
  @Get('academies/:id/applications.csv')
  async applicationsCsv(
    @Param('id', uuidParameter('academyId')) academyId: string,
    @Query() query: ApplicationsCsvQuery,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exports.applicationsCsv(
      academyId,
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
