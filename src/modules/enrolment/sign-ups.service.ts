import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { Clock } from '../../common/time/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AcademyEnrolment, AcademyStatus } from '../academies/academy.enums.js';
import { UNPUBLISHED_ACADEMY_STATUSES } from '../academies/academy.sql.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortParticipantRole } from '../cohort/cohort.enums.js';
import { CohortService } from '../cohort/cohort.service.js';
import { MailService } from '../mail/mail.service.js';
import { renderSignUpConfirmation } from '../mail/templates/sign-up.template.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { SignUpInput } from './dto/sign-up.input.js';
import { SignUpEntity } from './entities/sign-up.entity.js';
import type { SignUpModel } from './models/sign-up.model.js';

/** Statuses in which an OPEN academy still takes sign-ups (its window decides the rest). */
const SIGN_UP_STATUSES: readonly AcademyStatus[] = [
  AcademyStatus.OPEN,
  AcademyStatus.SELECTION,
  AcademyStatus.RUNNING,
];

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

/**
 * Open enrolment: an organisation signs up to an OPEN academy by its deadline and is a
 * cohort member at once (no review). The person signing up becomes its team's responsible
 * person; the cohort's feeds, events, team page and reminders then work as for a selected
 * organisation. Owns `sign_ups`.
 */
@Injectable()
export class SignUpsService {
  constructor(
    @InjectRepository(SignUpEntity) private readonly signUps: Repository<SignUpEntity>,
    private readonly transactions: ContendedTransactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly cohort: CohortService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /**
   * Checks in this order, each refusal writing nothing: NOT_FOUND (not a member of the
   * organisation, or no such published academy), NOT_OPEN_ENROLMENT, SIGN_UP_CLOSED,
   * TERMS_NOT_ACCEPTED, ALREADY_SIGNED_UP (also the loser of a race: the unique constraint
   * on `sign_ups` and the cohort's primary key decide it).
   */
  async signUp(principal: Principal, input: SignUpInput): Promise<SignUpModel> {
    if (!(await this.memberships.roleIn(principal, input.organisationId))) throw notFound();
    const academy = await this.academies.findById(input.academyId);
    if (!academy || UNPUBLISHED_ACADEMY_STATUSES.includes(academy.status)) throw notFound();
    if (academy.enrolment !== AcademyEnrolment.OPEN)
      throw new DomainException(ErrorCode.NOT_OPEN_ENROLMENT);
    const now = this.clock.now();
    assertSignUpOpen(academy, now);
    if (academy.signUpTerms && !input.acceptTerms)
      throw new DomainException(ErrorCode.TERMS_NOT_ACCEPTED, { field: 'input.acceptTerms' });
    try {
      return await this.transactions.run((manager) =>
        this.write(manager, principal, academy, input, now),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_sign_ups_academy_organisation'))
        throw new DomainException(ErrorCode.ALREADY_SIGNED_UP);
      throw error;
    }
  }

  private async write(
    manager: EntityManager,
    principal: Principal,
    academy: AcademyRecord,
    input: SignUpInput,
    now: Date,
  ): Promise<SignUpModel> {
    const organisation = await this.organisations.require(input.organisationId, manager);
    const repository = manager.getRepository(SignUpEntity);
    // A second sign-up at the same moment waits here for the first to commit, then fails.
    const signUp = await repository.save(
      repository.create({
        academyId: academy.id,
        organisationId: organisation.id,
        signedUpById: principal.user.id,
        termsAcceptedAt: academy.signUpTerms ? now : null,
        acceptedTerms: academy.signUpTerms,
      }),
    );
    const added = await this.cohort.addMember(
      manager,
      academy.id,
      organisation.id,
      [
        {
          userId: principal.user.id,
          name: principal.user.name ?? principal.user.email,
          email: principal.user.email,
          role: CohortParticipantRole.RESPONSIBLE,
          teamRole: null,
        },
      ],
      { via: 'SIGN_UP' },
    );
    // In the cohort some other way already (an admin's or an earlier edition's doing).
    if (!added) throw new DomainException(ErrorCode.ALREADY_SIGNED_UP);
    await this.audit.record(manager, {
      actorId: principal.user.id,
      action: 'academy.signed_up',
      entityType: 'organisation',
      entityId: organisation.id,
      after: {
        academyId: academy.id,
        signUpId: signUp.id,
        termsAcceptedAt: signUp.termsAcceptedAt?.toISOString() ?? null,
      },
    });
    const recipients = await this.memberships.contactsAndMember(
      organisation.id,
      principal.user.id,
      manager,
    );
    for (const person of recipients) {
      await this.mail.enqueue(manager, {
        type: 'SIGN_UP_CONFIRMATION',
        to: { address: person.email, name: person.name },
        locale: person.locale,
        rendered: renderSignUpConfirmation(person.locale, {
          academyTitle: pickLocalized(academy.title, person.locale),
          organisationName: organisation.name,
          signerName: principal.user.name ?? principal.user.email,
          url: `${this.config.publicUrl}/academies/${academy.slug}/team`,
          terms: academy.signUpTerms ? pickLocalized(academy.signUpTerms, person.locale) : null,
        }),
      });
    }
    return {
      id: signUp.id,
      academyId: academy.id,
      organisation,
      signedUpAt: signUp.createdAt,
      termsAcceptedAt: signUp.termsAcceptedAt,
    };
  }

  /** The sign-ups of the caller's organisations to the academy (none: empty). */
  async mine(principal: Principal, academyId: string): Promise<SignUpModel[]> {
    const memberships = await this.organisations.myMemberships(principal);
    const organisationIds = memberships.map((membership) => membership.organisationId);
    if (organisationIds.length === 0) return [];
    const rows = await this.signUps.find({
      where: { academyId, organisationId: In(organisationIds) },
      order: { createdAt: 'ASC' },
    });
    const organisations = new Map(
      memberships.flatMap((membership) =>
        membership.organisation ? [[membership.organisationId, membership.organisation]] : [],
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      academyId: row.academyId,
      organisation: organisations.get(row.organisationId)!,
      signedUpAt: row.createdAt,
      termsAcceptedAt: row.termsAcceptedAt,
    }));
  }
}

/**
 * The sign-up window is the academy's application window: from `applicationOpensAt` to
 * `applicationDeadline` ("by 5.11." is stored as 23:59:59.999 local; that instant still
 * counts), and only while the academy runs (not once it is alumni or archived).
 */
export function assertSignUpOpen(academy: AcademyRecord, now: Date): void {
  if (
    !SIGN_UP_STATUSES.includes(academy.status) ||
    now < academy.applicationOpensAt ||
    now.getTime() > academy.applicationDeadline.getTime()
  ) {
    throw new DomainException(
      ErrorCode.SIGN_UP_CLOSED,
      {
        opensAt: academy.applicationOpensAt.toISOString(),
        deadline: academy.applicationDeadline.toISOString(),
      },
      {
        params: {
          opens: { instant: academy.applicationOpensAt, zone: academy.timeZone },
          deadline: { instant: academy.applicationDeadline, zone: academy.timeZone },
        },
      },
    );
  }
}
