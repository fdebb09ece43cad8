import type { DataSource } from 'typeorm';
import type { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import { insertDraftApplications } from './applications.js';
import { addCohortMember } from './cohort.js';
import type { SignedInUser } from './users.js';

export const OPEN_ROUND = `mutation ($input: OpenAppointmentRoundInput!) { openAppointmentRound(input: $input) {
  id academyId purpose audience bookingsPerOrganisation isOpen opensAt { instant } closesAt { instant } } }`;
export const UPDATE_ROUND = `mutation ($input: UpdateAppointmentRoundInput!) { updateAppointmentRound(input: $input) {
  id bookingsPerOrganisation opensAt { instant } closesAt { instant } } }`;
export const BOOK_APPOINTMENT = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  id status slotId roundId seat sequence purpose bookedBy { id } } }`;

/** Opens a round as the admin; answers its id. */
export async function openRound(
  testApp: TestApp,
  admin: SignedInUser,
  input: Record<string, unknown>,
): Promise<string> {
  const data = await graphqlOk<{ openAppointmentRound: { id: string } }>(
    testApp,
    OPEN_ROUND,
    { input },
    admin.headers,
  );
  return data.openAppointmentRound.id;
}

/** `count` new organisations, each with a contact and an application, in the academy's cohort. */
export async function insertCohortOrganisations(
  dataSource: DataSource,
  academy: { id: string },
  count: number,
): Promise<Array<{ user: SignedInUser; organisation: OrganisationEntity; applicationId: string }>> {
  const applicants = await insertDraftApplications(dataSource, academy.id, count);
  for (const { organisation } of applicants)
    await addCohortMember(dataSource, academy, organisation);
  return applicants;
}
