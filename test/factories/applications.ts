import type { DataSource } from 'typeorm';
import { ApplicationStatus } from '../../src/modules/applications/application.enums.js';
import { ApplicationEntity } from '../../src/modules/applications/entities/application.entity.js';
import type { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import type { TestApp } from '../helpers/test-app.js';
import { createOrganisation } from './organisations.js';
import { createSignedInUser, type SignedInUser } from './users.js';

/** Answers that pass the submission check and meet every one of `STANDARD_CRITERIA`. */
export const COMPLETE_ANSWERS = {
  pilotProcurement: {
    title: 'Koulun peruskorjaus',
    category: 'CONSTRUCTION',
    plannedStart: '2027-10-01',
  },
  team: {
    responsiblePerson: { name: 'Anna Vastuu', email: 'anna@kunta.fi' },
    experts: [
      { name: 'Hanna Hankinta', email: 'hanna@kunta.fi', role: 'PROCUREMENT' },
      { name: 'Ykä Ympäristö', email: 'yka@kunta.fi', role: 'ENVIRONMENT' },
      { name: 'Raili Rakennus', email: 'raili@kunta.fi', role: 'SECTOR' },
    ],
  },
  consents: { shareLearnings: true },
};

/** Complete, but the team of one fails the HARD TEAM criterion (NOT_MET overall). */
export const NOT_ELIGIBLE_ANSWERS = {
  ...COMPLETE_ANSWERS,
  team: { ...COMPLETE_ANSWERS.team, experts: COMPLETE_ANSWERS.team.experts.slice(0, 1) },
};

export interface Applicant {
  contact: SignedInUser;
  organisation: OrganisationEntity;
  applicationId: string;
}

export const SAVE_DRAFT = `mutation ($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { id version status answers } }`;
export const SUBMIT = `mutation ($input: ApplicationIdInput!) { submitApplication(input: $input) { id status submittedAt } }`;
export const WITHDRAW = `mutation ($input: ApplicationIdInput!) { withdrawApplication(input: $input) { id status } }`;

interface ApplicantOptions {
  academy: { id: string };
  answers?: Record<string, unknown>;
  /** Defaults to a new organisation with a new signed-in contact. */
  contact?: SignedInUser;
  organisation?: Partial<OrganisationEntity>;
}

/**
 * A DRAFT application through the API, as its contact saves it: the real rules run and
 * the deadline reminders are scheduled.
 */
export async function createDraftApplication(
  testApp: TestApp,
  options: ApplicantOptions,
): Promise<Applicant> {
  const contact = options.contact ?? (await createSignedInUser(testApp.dataSource));
  const organisation = await createOrganisation(
    testApp.dataSource,
    contact.user,
    options.organisation,
  );
  const saved = await graphqlOk<{ saveApplicationDraft: { id: string } }>(
    testApp,
    SAVE_DRAFT,
    {
      input: {
        academyId: options.academy.id,
        organisationId: organisation.id,
        ...(options.answers ?? COMPLETE_ANSWERS),
      },
    },
    contact.headers,
  );
  return { contact, organisation, applicationId: saved.saveApplicationDraft.id };
}

/** A SUBMITTED application through the API (complete answers unless given). */
export async function createSubmittedApplication(
  testApp: TestApp,
  options: ApplicantOptions,
): Promise<Applicant> {
  const applicant = await createDraftApplication(testApp, options);
  await submitApplication(testApp, applicant);
  return applicant;
}

/**
 * Submitted, and every criterion MET on an academy with `STANDARD_CRITERIA` (the caller's
 * academy must have them): what selection will choose from.
 */
export const createEligibleApplication = (
  testApp: TestApp,
  options: Omit<ApplicantOptions, 'answers'>,
): Promise<Applicant> =>
  createSubmittedApplication(testApp, { ...options, answers: COMPLETE_ANSWERS });

/** A WITHDRAWN application through the API. */
export async function createWithdrawnApplication(
  testApp: TestApp,
  options: ApplicantOptions,
): Promise<Applicant> {
  const applicant = await createDraftApplication(testApp, options);
  await graphqlOk(
    testApp,
    WITHDRAW,
    { input: { applicationId: applicant.applicationId } },
    applicant.contact.headers,
  );
  return applicant;
}

export async function submitApplication(
  testApp: TestApp,
  applicant: { contact: SignedInUser; applicationId: string },
): Promise<void> {
  await graphqlOk(
    testApp,
    SUBMIT,
    { input: { applicationId: applicant.applicationId } },
    applicant.contact.headers,
  );
}

/**
 * Empty DRAFT applications of new organisations, straight in the database: for specs that
 * need many applicants fast (races over slots) and nothing of the application itself — no
 * reminders are scheduled.
 */
export async function insertDraftApplications(
  dataSource: DataSource,
  academyId: string,
  count: number,
): Promise<Array<{ user: SignedInUser; organisation: OrganisationEntity; applicationId: string }>> {
  const result = [];
  for (let index = 0; index < count; index++) {
    const user = await createSignedInUser(dataSource);
    const organisation = await createOrganisation(dataSource, user.user);
    const repository = dataSource.getRepository(ApplicationEntity);
    const application = await repository.save(
      repository.create({
        academyId,
        organisationId: organisation.id,
        status: ApplicationStatus.DRAFT,
        answers: {},
        updatedById: user.user.id,
      }),
    );
    result.push({ user, organisation, applicationId: application.id });
  }
  return result;
}

/** A deadline extension for one application, granted through the API by an admin. */
export async function grantDeadlineExtension(
  testApp: TestApp,
  admin: SignedInUser,
  applicationId: string,
  until: string,
  reason = 'Valtuuston kokous siirtyi',
): Promise<{ until: string; reason: string }> {
  const data = await graphqlOk<{ grantDeadlineExtension: { until: string; reason: string } }>(
    testApp,
    'mutation ($input: GrantDeadlineExtensionInput!) { grantDeadlineExtension(input: $input) { until reason } }',
    { input: { applicationId, until, reason } },
    admin.headers,
  );
  return data.grantDeadlineExtension;
}
