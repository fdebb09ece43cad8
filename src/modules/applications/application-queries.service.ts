import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import type { Locale } from '../../common/i18n/locale.js';
import { organisationsOfUserSql } from '../organisations/membership.sql.js';
import { organisationOfTypeSql } from '../organisations/organisation.sql.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { completenessOf, type Completeness } from './application-completeness.js';
import { ApplicationStatus } from './application.enums.js';
import { ConsultationBookingPort } from './consultation-booking.port.js';
import type { ApplicationsArgs } from './dto/applications.args.js';
import { EligibilityService } from './eligibility.service.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { overall } from './eligibility.js';

export interface ApplicationPage {
  items: ApplicationEntity[];
  total: number;
}

/** Reading applications: one, the caller's own, and the organisers' filtered list. */
@Injectable()
export class ApplicationQueriesService {
  constructor(
    @InjectRepository(ApplicationEntity)
    private readonly applications: Repository<ApplicationEntity>,
    private readonly memberships: OrganisationMembershipsService,
    private readonly eligibility: EligibilityService,
    private readonly bookings: ConsultationBookingPort,
  ) {}

  /** One application for its organisation's members and for staff; NOT_FOUND for others. */
  async findVisible(principal: Principal, id: string): Promise<ApplicationEntity> {
    const application = await this.applications.findOneBy({ id });
    if (!application) throw notFound();
    await this.memberships.assertCanRead(principal, application.organisationId);
    return application;
  }

  /** The caller's organisations' applications, newest first. */
  mine(principal: Principal): Promise<ApplicationEntity[]> {
    return this.applications
      .createQueryBuilder('application')
      .where(`application.organisation_id IN ${organisationsOfUserSql(':userId')}`, {
        userId: principal.user.id,
      })
      .orderBy('application.createdAt', 'DESC')
      .getMany();
  }

  /** Every application of the academy, oldest first (the CSV export). */
  allOf(academyId: string): Promise<ApplicationEntity[]> {
    return this.applications.find({
      where: { academyId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** For organisers: one page of an academy's applications, oldest first, filtered. */
  async page(args: ApplicationsArgs, locale: Locale): Promise<ApplicationPage> {
    const query = this.applications
      .createQueryBuilder('application')
      .where('application.academy_id = :academyId', { academyId: args.academyId })
      .orderBy('application.createdAt', 'ASC')
      .addOrderBy('application.id', 'ASC');
    if (args.status) query.andWhere('application.status = :status', { status: args.status });
    if (args.organisationType) {
      query.andWhere(organisationOfTypeSql('application.organisation_id', ':organisationType'), {
        organisationType: args.organisationType,
      });
    }
    if (args.complete !== undefined) {
      // Complete = submitted ∧ an active booking (see application-completeness.ts).
      const complete = `(application.status = :submitted AND ${this.bookings.activeBookingSql('application.id')})`;
      query.andWhere(args.complete ? complete : `NOT ${complete}`, {
        submitted: ApplicationStatus.SUBMITTED,
      });
    }
    if (!args.eligibility) {
      const [items, total] = await query.offset(args.offset).limit(args.limit).getManyAndCount();
      return { items, total };
    }
    // Eligibility is computed (criteria × answers × organisation × cohort history), not
    // stored, so it cannot be a WHERE clause. The SQL-filtered candidates are evaluated in
    // one batch (criteria loaded once for the academy), then filtered and paged here: an
    // academy's applications number in the tens or hundreds.
    const candidates = await query.getMany();
    const results = await this.eligibility.evaluateMany(candidates, locale);
    const matching = candidates.filter(
      (candidate) => overall(results.get(candidate.id) ?? []) === args.eligibility,
    );
    return {
      items: matching.slice(args.offset, args.offset + args.limit),
      total: matching.length,
    };
  }

  /** Completeness of each application, by id, with one question about bookings. */
  async completenessOf(
    applications: readonly ApplicationEntity[],
  ): Promise<Map<string, Completeness>> {
    const booked = await this.bookings.withActiveBooking(applications.map((item) => item.id));
    return new Map(
      applications.map((item) => [item.id, completenessOf(item.status, booked.has(item.id))]),
    );
  }
}
