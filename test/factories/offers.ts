import type { DataSource } from 'typeorm';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { ApplicationStatus } from '../../src/modules/applications/application.enums.js';
import { ApplicationEntity } from '../../src/modules/applications/entities/application.entity.js';
import type { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import { SelectionDecisionEntity } from '../../src/modules/selection/entities/selection-decision.entity.js';
import { SelectionReleaseEntity } from '../../src/modules/selection/entities/selection-release.entity.js';
import { SelectionOffersService } from '../../src/modules/selection/selection-offers.service.js';
import { SelectionOutcome } from '../../src/modules/selection/selection.enums.js';
import type { TestApp } from '../helpers/test-app.js';
import { COMPLETE_ANSWERS } from './applications.js';
import { createOrganisation } from './organisations.js';
import { nextNumber } from './sequence.js';
import { createSignedInUser, type SignedInUser } from './users.js';

export interface Offeree {
  contact: SignedInUser;
  organisation: OrganisationEntity;
  applicationId: string;
  /** The application's team addresses (unique to this applicant). */
  team: { responsible: string; experts: string[] };
}

/**
 * SUBMITTED applications of new organisations straight in the database, each with complete
 * answers and a named team of its own (responsible person + three experts, addresses unique
 * to the applicant so a spec can give one of them an account).
 */
export async function insertSubmittedApplications(
  dataSource: DataSource,
  academyId: string,
  count: number,
): Promise<Offeree[]> {
  const result: Offeree[] = [];
  for (let index = 0; index < count; index++) {
    const contact = await createSignedInUser(dataSource);
    const organisation = await createOrganisation(dataSource, contact.user);
    const n = nextNumber();
    const team = {
      responsible: `vastuu-${n}@kunta.fi`,
      experts: [`hankinta-${n}@kunta.fi`, `ymparisto-${n}@kunta.fi`, `rakennus-${n}@kunta.fi`],
    };
    const roles = ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'];
    const repository = dataSource.getRepository(ApplicationEntity);
    const application = await repository.save(
      repository.create({
        academyId,
        organisationId: organisation.id,
        status: ApplicationStatus.SUBMITTED,
        submittedAt: new Date('2026-05-20T09:00:00Z'),
        answers: {
          ...COMPLETE_ANSWERS,
          team: {
            responsiblePerson: { name: `Vastuu ${n}`, email: team.responsible },
            // The first address in capitals: the cohort stores addresses lower-cased.
            experts: team.experts.map((email, position) => ({
              name: `Asiantuntija ${n}.${position + 1}`,
              email: position === 0 ? email.toUpperCase() : email,
              role: roles[position],
            })),
          },
        },
        updatedById: contact.user.id,
      }),
    );
    result.push({ contact, organisation, applicationId: application.id, team });
  }
  return result;
}

export interface ReleaseOptions {
  academy: { id: string };
  /** Seats 1…n in this order. */
  accepted: ReadonlyArray<{ applicationId: string }>;
  /** Reserve ranks 1…n in this order. */
  reserves?: ReadonlyArray<{ applicationId: string }>;
  rejected?: ReadonlyArray<{ applicationId: string }>;
  /** The accepted organisations answer by this instant. */
  respondBy: Date;
  releasedAt: Date;
  stagedBy: { id: string };
}

/**
 * A released selection without the release's own code (track C's): the decisions and a
 * released `selection_releases` row with SQL, the academy in SELECTION, and the accepted
 * organisations' offers opened by SelectionOffersService.openInitialOffers in one
 * transaction, as the release does (lapse jobs included).
 */
export async function releaseSelection(testApp: TestApp, options: ReleaseOptions): Promise<void> {
  await testApp.dataSource.transaction(async (manager) => {
    const decisions = [
      ...options.accepted.map((entry) => ({
        entry,
        outcome: SelectionOutcome.ACCEPTED,
        rank: null,
      })),
      ...(options.reserves ?? []).map((entry, index) => ({
        entry,
        outcome: SelectionOutcome.RESERVE,
        rank: index + 1,
      })),
      ...(options.rejected ?? []).map((entry) => ({
        entry,
        outcome: SelectionOutcome.REJECTED,
        rank: null,
      })),
    ];
    if (decisions.length > 0)
      await manager.getRepository(SelectionDecisionEntity).insert(
        decisions.map(({ entry, outcome, rank }) => ({
          applicationId: entry.applicationId,
          academyId: options.academy.id,
          outcome,
          reserveRank: rank,
          note: null,
          stagedById: options.stagedBy.id,
          stagedAt: options.releasedAt,
        })),
      );
    await manager.getRepository(SelectionReleaseEntity).insert({
      academyId: options.academy.id,
      releaseAt: options.releasedAt,
      jobId: null,
      requestedById: options.stagedBy.id,
      releasedAt: options.releasedAt,
    });
    await manager
      .getRepository(AcademyEntity)
      .update({ id: options.academy.id }, { status: AcademyStatus.SELECTION });
    await testApp.app.get(SelectionOffersService).openInitialOffers(
      manager,
      options.academy.id,
      options.accepted.map((entry) => ({ applicationId: entry.applicationId })),
      options.respondBy,
    );
  });
}
