import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { localIso } from '../../common/time/zoned-time.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { ApplicationsService } from './applications.service.js';
import { csvCell } from './csv-cell.js';
import { Outcome, overall } from './eligibility.js';

const HEADER = [
  'organisation',
  'business_id',
  'organisation_type',
  'status',
  'submitted_at',
  'eligibility',
  'not_met',
  'needs_review',
  'complete',
  'responsible_person',
  'responsible_email',
  'pilot_title',
  'pilot_category',
  'pilot_planned_start',
  'experts',
];

@Controller('exports')
export class ApplicationsExportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ApplicationQueriesService,
    private readonly applications: ApplicationsService,
  ) {}

  /** One row per application; UTF-8 with a BOM so Excel shows ä and ö right. */
  @Roles(GlobalRole.ADMIN)
  @Get('academies/:id/applications.csv')
  async applicationsCsv(
    @Param('id', new ParseUUIDPipe()) academyId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const academy = await this.dataSource.getRepository(AcademyEntity).findOneBy({ id: academyId });
    if (!academy) throw notFound();
    const applications = await this.queries.list(academyId);
    const lines = [HEADER.map(csvCell).join(',')];
    for (const application of applications) {
      const results = await this.applications.eligibilityOf(
        this.dataSource.manager,
        academy,
        application,
        principal.user.locale,
      );
      const notMet = results.filter((result) => result.outcome === Outcome.NOT_MET).length;
      const review = results.filter((result) => result.outcome === Outcome.NEEDS_REVIEW).length;
      const answers = application.answers;
      lines.push(
        [
          application.organisation?.name,
          application.organisation?.businessId,
          application.organisation?.type,
          application.status,
          application.submittedAt ? localIso(application.submittedAt, academy.timeZone) : '',
          overall(results),
          notMet,
          review,
          (await this.queries.completeness(application)).complete ? 'yes' : 'no',
          answers.team?.responsiblePerson?.name,
          answers.team?.responsiblePerson?.email,
          answers.pilotProcurement?.title,
          answers.pilotProcurement?.category,
          answers.pilotProcurement?.plannedStart,
          answers.team?.experts?.length ?? 0,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    void reply
      .status(200)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${academy.slug}-applications.csv"`)
      .header('cache-control', 'private, no-store')
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  }
}
