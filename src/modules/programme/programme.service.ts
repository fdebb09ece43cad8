import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import {
  InputValidationException,
  type FieldProblem,
} from '../../common/errors/domain.exception.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AuditService } from '../audit/audit.service.js';
import { EventAudience, EventStatus } from '../timeline/timeline-event.enums.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { EventOutcomesService } from '../workshop/event-outcomes.service.js';
import type {
  SetProgrammeBudgetInput,
  SetProgrammeDurationInput,
  SetProgrammePartnersInput,
} from './dto/set-programme-details.input.js';
import { ProgrammeFundingSourceEntity } from './entities/programme-funding-source.entity.js';
import { ProgrammePartnerEntity } from './entities/programme-partner.entity.js';
import { ProgrammeProfileEntity } from './entities/programme-profile.entity.js';
import { normaliseAmount } from './money.js';
import type {
  FundingSourceModel,
  ProgrammeDurationModel,
  ProgrammePageModel,
  ProgrammePartnerModel,
} from './models/programme-page.model.js';

/** What the programme page says beside the academy's texts, as stored (for audit). */
interface ProgrammeDetails {
  profile: ProgrammeProfileEntity | null;
  partners: ProgrammePartnerEntity[];
  fundingSources: ProgrammeFundingSourceEntity[];
}

/** A programme page as seed data (the demo): every part optional. */
export interface ProgrammePageSeed {
  startDate?: string;
  endDate?: string;
  budget?: { amount: string; currency: string };
  fundingSources?: SetProgrammeBudgetInput['fundingSources'];
  partners?: SetProgrammePartnersInput['partners'];
}

/**
 * A programme's public page: the academy's description and its public timeline, plus what
 * this feature owns — duration, total budget, funding sources and partners. Programme
 * managers set each part (replacing it, audited); anyone reads the page of a published
 * academy, and it holds nothing personal.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly outcomes: EventOutcomesService,
    private readonly audit: AuditService,
  ) {}

  /** The page by slug; null when unknown or unpublished for this caller (staff preview drafts). */
  async pageBySlug(principal: Principal | null, slug: string): Promise<ProgrammePageModel | null> {
    const academy = await this.academies.findBySlug(principal, slug);
    return academy ? this.page(principal, academy) : null;
  }

  /** The page of any academy, for the programme manager's editor. */
  async pageOf(principal: Principal, academyId: string): Promise<ProgrammePageModel> {
    return this.page(principal, await this.academies.require(academyId));
  }

  setDuration(principal: Principal, input: SetProgrammeDurationInput): Promise<ProgrammePageModel> {
    const startDate = input.startDate ?? null;
    const endDate = input.endDate ?? null;
    const problems: FieldProblem[] = [];
    if ((startDate === null) !== (endDate === null))
      problems.push({
        field: startDate === null ? 'input.startDate' : 'input.endDate',
        rule: 'isNotEmpty',
        detail: 'give both the first and the last day, or neither',
      });
    // ISO dates compare as text.
    if (startDate !== null && endDate !== null && endDate < startDate)
      problems.push({
        field: 'input.endDate',
        rule: 'order',
        detail: 'endDate must not be before startDate',
      });
    if (problems.length > 0) throw new InputValidationException(problems);
    return this.change(principal, input.academyId, 'programme.duration_set', async (manager) => {
      await this.upsertProfile(manager, input.academyId, { startDate, endDate });
    });
  }

  setBudget(principal: Principal, input: SetProgrammeBudgetInput): Promise<ProgrammePageModel> {
    return this.change(principal, input.academyId, 'programme.budget_set', async (manager) => {
      await this.upsertProfile(manager, input.academyId, {
        budgetAmount: input.budget ? normaliseAmount(input.budget.amount) : null,
        budgetCurrency: input.budget?.currency ?? null,
      });
      const repository = manager.getRepository(ProgrammeFundingSourceEntity);
      await repository.delete({ academyId: input.academyId });
      await repository.save(
        input.fundingSources.map((source, position) =>
          repository.create({
            academyId: input.academyId,
            position,
            name: toLocalizedText(source.name),
            amount: source.amount ? normaliseAmount(source.amount.amount) : null,
            currency: source.amount?.currency ?? null,
          }),
        ),
      );
    });
  }

  setPartners(principal: Principal, input: SetProgrammePartnersInput): Promise<ProgrammePageModel> {
    return this.change(principal, input.academyId, 'programme.partners_set', async (manager) => {
      const repository = manager.getRepository(ProgrammePartnerEntity);
      await repository.delete({ academyId: input.academyId });
      await repository.save(
        input.partners.map((partner, position) =>
          repository.create({
            academyId: input.academyId,
            position,
            name: partner.name.trim(),
            role: toLocalizedText(partner.role),
            url: partner.url?.trim() || null,
          }),
        ),
      );
    });
  }

  /**
   * Writes a prepared page for the demo seed (no audit: it is history), inside the seed's
   * transaction; parts left out stay as they are. The values are trusted seed data but go
   * through the same normalisation as the admin operations.
   */
  async seed(manager: EntityManager, academyId: string, seed: ProgrammePageSeed): Promise<void> {
    if (seed.startDate !== undefined || seed.endDate !== undefined || seed.budget !== undefined)
      await this.upsertProfile(manager, academyId, {
        ...(seed.startDate !== undefined ? { startDate: seed.startDate } : {}),
        ...(seed.endDate !== undefined ? { endDate: seed.endDate } : {}),
        ...(seed.budget !== undefined
          ? {
              budgetAmount: normaliseAmount(seed.budget.amount),
              budgetCurrency: seed.budget.currency,
            }
          : {}),
      });
    if (seed.fundingSources) {
      const repository = manager.getRepository(ProgrammeFundingSourceEntity);
      await repository.delete({ academyId });
      await repository.save(
        seed.fundingSources.map((source, position) =>
          repository.create({
            academyId,
            position,
            name: toLocalizedText(source.name),
            amount: source.amount ? normaliseAmount(source.amount.amount) : null,
            currency: source.amount?.currency ?? null,
          }),
        ),
      );
    }
    if (seed.partners) {
      const repository = manager.getRepository(ProgrammePartnerEntity);
      await repository.delete({ academyId });
      await repository.save(
        seed.partners.map((partner, position) =>
          repository.create({
            academyId,
            position,
            name: partner.name,
            role: toLocalizedText(partner.role),
            url: partner.url ?? null,
          }),
        ),
      );
    }
  }

  /** One audited change of the page, under the academy's lock, answering the new page. */
  private async change(
    principal: Principal,
    academyId: string,
    action: string,
    apply: (manager: EntityManager) => Promise<void>,
  ): Promise<ProgrammePageModel> {
    const academy = await this.transactions.run(async (manager) => {
      const locked = await this.academies.lock(manager, academyId);
      const before = snapshot(await this.details(manager, academyId));
      await apply(manager);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action,
        entityType: 'academy',
        entityId: academyId,
        before,
        after: snapshot(await this.details(manager, academyId)),
      });
      return locked;
    });
    return this.page(principal, academy);
  }

  private async upsertProfile(
    manager: EntityManager,
    academyId: string,
    values: Partial<
      Pick<ProgrammeProfileEntity, 'startDate' | 'endDate' | 'budgetAmount' | 'budgetCurrency'>
    >,
  ): Promise<void> {
    const repository = manager.getRepository(ProgrammeProfileEntity);
    const existing = await repository.findOneBy({ academyId });
    await repository.save(
      repository.create({
        startDate: null,
        endDate: null,
        budgetAmount: null,
        budgetCurrency: null,
        ...existing,
        ...values,
        academyId,
      }),
    );
  }

  private async details(manager: EntityManager, academyId: string): Promise<ProgrammeDetails> {
    const [profile, partners, fundingSources] = await Promise.all([
      manager.getRepository(ProgrammeProfileEntity).findOneBy({ academyId }),
      manager
        .getRepository(ProgrammePartnerEntity)
        .find({ where: { academyId }, order: { position: 'ASC' } }),
      manager
        .getRepository(ProgrammeFundingSourceEntity)
        .find({ where: { academyId }, order: { position: 'ASC' } }),
    ]);
    return { profile, partners, fundingSources };
  }

  private async page(
    principal: Principal | null,
    academy: AcademyRecord,
  ): Promise<ProgrammePageModel> {
    const details = await this.details(this.dataSource.manager, academy.id);
    // Only what the public timeline shows: cohort-wide events (staff previewing see the same).
    const events = (await this.timeline.eventsOf(principal, academy.id)).filter(
      (event) => event.audience === EventAudience.COHORT,
    );
    const held = events.filter((event) => event.status !== EventStatus.CANCELLED);
    const outcomesByEvent = academy.publicOutcomes
      ? await this.outcomes.ofEvents(held.map((event) => event.id))
      : new Map<string, never[]>();
    const { profile } = details;
    return {
      academyId: academy.id,
      slug: academy.slug,
      status: academy.status,
      title: academy.title,
      description: academy.description,
      timeZone: academy.timeZone,
      duration:
        profile?.startDate && profile.endDate
          ? duration(profile.startDate, profile.endDate, academy.timeZone)
          : null,
      budget:
        profile?.budgetAmount && profile.budgetCurrency
          ? { amount: profile.budgetAmount, currency: profile.budgetCurrency }
          : null,
      fundingSources: details.fundingSources.map((source): FundingSourceModel => ({
        name: source.name,
        amount:
          source.amount && source.currency
            ? { amount: source.amount, currency: source.currency }
            : null,
      })),
      partners: details.partners.map((partner): ProgrammePartnerModel => ({
        name: partner.name,
        role: partner.role,
        url: partner.url,
      })),
      events: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        title: event.title,
        description: event.description,
        start: zoned(event.startsAt, academy.timeZone),
        end: zoned(event.endsAt, academy.timeZone),
        mode: event.mode,
        place: event.place,
        status: event.status,
      })),
      outcomes: held.flatMap((event) =>
        (outcomesByEvent.get(event.id) ?? []).map((outcome) => ({
          id: outcome.id,
          eventId: event.id,
          eventTitle: event.title,
          title: outcome.title,
          body: outcome.body,
          links: outcome.links,
        })),
      ),
    };
  }
}

function duration(startDate: string, endDate: string, zone: string): ProgrammeDurationModel {
  return {
    startDate,
    endDate,
    startsAt: zoned(DateTime.fromISO(startDate, { zone }).startOf('day').toJSDate(), zone),
    endsAt: zoned(DateTime.fromISO(endDate, { zone }).endOf('day').toJSDate(), zone),
  };
}

const snapshot = (details: ProgrammeDetails): Record<string, unknown> => ({
  startDate: details.profile?.startDate ?? null,
  endDate: details.profile?.endDate ?? null,
  budget: details.profile?.budgetAmount
    ? { amount: details.profile.budgetAmount, currency: details.profile.budgetCurrency }
    : null,
  fundingSources: details.fundingSources.map((source) => ({
    name: source.name,
    amount: source.amount,
    currency: source.currency,
  })),
  partners: details.partners.map((partner) => ({
    name: partner.name,
    role: partner.role,
    url: partner.url,
  })),
});
