import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Locale } from '../../common/i18n/locale.js';
import type { UserRecord } from '../users/user.types.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { CohortParticipantRole } from '../cohort/cohort.enums.js';
import { CohortService } from '../cohort/cohort.service.js';
import { ApplicationSeedService } from '../applications/application-seed.service.js';
import { ConsultationSeedService } from '../consultations/consultation-seed.service.js';
import { OrganisationSeedService } from '../organisations/organisation-seed.service.js';
import { SelectionSeedService, type OfferSeed } from '../selection/selection-seed.service.js';
import { OfferStatus, SelectionOutcome } from '../selection/selection.enums.js';
import { UserSeedService } from '../users/user-seed.service.js';
import {
  DEMO_APPLICANTS_2023,
  DEMO_DECLINED_2023,
  DEMO_EXPERTS,
  DEMO_PROGRAMME_MANAGER,
  DEMO_PROMOTED_2023,
  DEMO_SELECTION_DATES_2023,
  at2023,
  demoAnswers,
} from './demo-selection-2023.js';

/** Writes the 2023 selection's history through the owning features' seed services. */
@Injectable()
export class DemoSelectionHistory {
  constructor(
    private readonly users: UserSeedService,
    private readonly organisations: OrganisationSeedService,
    private readonly applications: ApplicationSeedService,
    private readonly consultations: ConsultationSeedService,
    private readonly selection: SelectionSeedService,
    private readonly cohort: CohortService,
  ) {}

  async seed(manager: EntityManager, academy: AcademyRecord): Promise<void> {
    const manager_ = await this.users.seedPerson(manager, {
      ...DEMO_PROGRAMME_MANAGER,
      locale: Locale.fi,
    });
    const experts: UserRecord[] = [];
    for (const expert of DEMO_EXPERTS)
      experts.push(
        await this.users.seedPerson(manager, {
          ...expert,
          locale: Locale.fi,
          roles: [GlobalRole.EXPERT],
        }),
      );

    const applicationIds = new Map<string, string>();
    const contactIds = new Map<string, string>();
    const organisationIds = new Map<string, string>();
    for (const entry of DEMO_APPLICANTS_2023) {
      const contact = await this.users.seedPerson(manager, {
        ...entry.responsible,
        locale: Locale.fi,
      });
      contactIds.set(entry.key, contact.id);
      const organisation = await this.organisations.seedOrganisation(manager, entry.organisation, {
        contactIds: [contact.id],
      });
      const application = await this.applications.seedSubmitted(manager, {
        academyId: academy.id,
        organisationId: organisation.id,
        answers: demoAnswers(entry),
        submittedAt: at2023(entry.submittedOn),
        submittedById: contact.id,
      });
      applicationIds.set(entry.key, application.id);
      organisationIds.set(entry.key, organisation.id);
      const start = DateTime.fromISO(entry.consultation.start, { zone: academy.timeZone });
      await this.consultations.seedHeldConsultation(manager, {
        academyId: academy.id,
        expertId: experts[entry.consultation.expert].id,
        startsAt: start.toJSDate(),
        endsAt: start.plus({ minutes: 45 }).toJSDate(),
        onlineUrl: 'https://teams.example/akatemia-2023',
        applicationId: application.id,
        bookedById: contact.id,
        notes: entry.consultation.notes,
      });
    }

    const idOf = (key: string): string => applicationIds.get(key)!;
    const releasedAt = academy.selectionAnnouncementAt;
    const respondBy = academy.confirmationDeadline ?? at2023('2023-06-30T23:59:59');
    const accepted = DEMO_APPLICANTS_2023.filter(
      (entry) => entry.decision.outcome === SelectionOutcome.ACCEPTED,
    );
    const offers: OfferSeed[] = accepted.map((entry, index) => {
      const declined = entry.key === DEMO_DECLINED_2023.key;
      return {
        applicationId: idOf(entry.key),
        seatNo: index + 1,
        status: declined ? OfferStatus.DECLINED : OfferStatus.CONFIRMED,
        fromReserve: false,
        respondBy,
        respondedAt: at2023(declined ? DEMO_DECLINED_2023.on : DEMO_SELECTION_DATES_2023.confirmed),
        respondedById: contactIds.get(entry.key)!,
        ...(declined ? { declineReason: DEMO_DECLINED_2023.reason } : {}),
      };
    });
    const freedSeat = offers.find((offer) => offer.status === OfferStatus.DECLINED)!.seatNo;
    offers.push({
      applicationId: idOf(DEMO_PROMOTED_2023.key),
      seatNo: freedSeat,
      status: OfferStatus.CONFIRMED,
      fromReserve: true,
      respondBy: DateTime.fromISO(DEMO_DECLINED_2023.on, { zone: academy.timeZone })
        .plus({ days: academy.reserveResponseDays })
        .toJSDate(),
      respondedAt: at2023(DEMO_PROMOTED_2023.on),
      respondedById: contactIds.get(DEMO_PROMOTED_2023.key)!,
    });

    await this.selection.seedHistory(manager, {
      academyId: academy.id,
      assignedById: manager_.id,
      reviews: DEMO_APPLICANTS_2023.flatMap((entry) =>
        entry.reviews.map((review) => ({
          applicationId: idOf(entry.key),
          reviewerId: experts[review.expert].id,
          scores: review.scores,
          recommendation: review.recommendation,
          comment: review.comment,
          submittedAt: at2023(DEMO_SELECTION_DATES_2023.reviewsSubmitted),
        })),
      ),
      decisions: DEMO_APPLICANTS_2023.map((entry) => ({
        applicationId: idOf(entry.key),
        outcome: entry.decision.outcome,
        reserveRank: entry.decision.reserveRank ?? null,
        note: entry.decision.note ?? null,
      })),
      stagedAt: at2023(DEMO_SELECTION_DATES_2023.staged),
      releasedAt,
      offers,
    });
    // The cohort: the seven organisations that confirmed, each with its named team.
    for (const entry of DEMO_APPLICANTS_2023) {
      const confirmed = offers.some(
        (offer) =>
          offer.applicationId === idOf(entry.key) && offer.status === OfferStatus.CONFIRMED,
      );
      if (!confirmed) continue;
      await this.cohort.addMember(manager, academy.id, organisationIds.get(entry.key)!, [
        {
          userId: contactIds.get(entry.key)!,
          name: entry.responsible.name,
          email: entry.responsible.email,
          role: CohortParticipantRole.RESPONSIBLE,
          teamRole: null,
        },
        ...entry.experts.map((expert) => ({
          userId: null,
          name: expert.name,
          email: expert.email,
          role: CohortParticipantRole.EXPERT,
          teamRole: expert.role,
        })),
      ]);
    }
  }
}
