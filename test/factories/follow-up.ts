import type { DataSource } from 'typeorm';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import { createAcademy } from './academies.js';
import { insertSubmittedApplications, releaseSelection, type Offeree } from './offers.js';
import type { SignedInUser } from './users.js';

export const CONFIRM_PARTICIPATION = `mutation ($input: ConfirmParticipationInput!) { confirmParticipation(input: $input) { id status } }`;

export interface CohortPilot extends Offeree {
  pilotId: string;
  /** The named team's participants (from the application), by e-mail. */
  participants: Map<string, string>;
}

/** The ids of an organisation's cohort participants, by e-mail. */
export async function participantIdsOf(
  dataSource: DataSource,
  academyId: string,
  organisationId: string,
): Promise<Map<string, string>> {
  const rows = await dataSource.query<Array<{ id: string; email: string }>>(
    `SELECT id, email FROM cohort_participants WHERE academy_id = $1 AND organisation_id = $2`,
    [academyId, organisationId],
  );
  return new Map(rows.map((row) => [row.email, row.id]));
}

/**
 * An academy whose selection is released and whose `count` accepted organisations have each
 * confirmed their place through the API (so each got its pilot the way production does);
 * answers them with their pilot ids and named teams.
 */
export async function academyWithPilots(
  testApp: TestApp,
  admin: SignedInUser,
  count: number,
): Promise<{ academy: AcademyEntity; pilots: CohortPilot[] }> {
  const now = testApp.clock.now();
  const academy = await createAcademy(testApp.dataSource, {
    capacity: count,
    status: AcademyStatus.SELECTION,
  });
  const applicants = await insertSubmittedApplications(testApp.dataSource, academy.id, count);
  await releaseSelection(testApp, {
    academy,
    accepted: applicants,
    respondBy: new Date(now.getTime() + 7 * 86_400_000),
    releasedAt: now,
    stagedBy: admin.user,
  });
  const pilots: CohortPilot[] = [];
  for (const applicant of applicants) {
    await graphqlOk(
      testApp,
      CONFIRM_PARTICIPATION,
      { input: { applicationId: applicant.applicationId } },
      applicant.contact.headers,
    );
    const [pilot] = await testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM tracked_actions WHERE academy_id = $1 AND organisation_id = $2`,
      [academy.id, applicant.organisation.id],
    );
    pilots.push({
      ...applicant,
      pilotId: pilot.id,
      participants: await participantIdsOf(
        testApp.dataSource,
        academy.id,
        applicant.organisation.id,
      ),
    });
  }
  return { academy, pilots };
}
