import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { ApplicationEntity } from '../src/modules/applications/entities/application.entity.js';
import { OutboxMessageEntity } from '../src/modules/mail/entities/outbox-message.entity.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import {
  bookConsultation,
  COMPLETE_ANSWERS,
  createAcademy,
  createAcademyWithCriteria,
  createAdmin,
  createDraftApplication,
  createEligibleApplication,
  createExpert,
  createOrganisation,
  createSignedInUser,
  createSubmittedApplication,
  createWithdrawnApplication,
  grantDeadlineExtension,
  NOT_ELIGIBLE_ANSWERS,
  publishSlots,
  SAVE_DRAFT as SAVE,
  setEligibilityCriteria,
  SPRING_2027,
  SUBMIT,
  submitApplication,
  WITHDRAW,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { sharedDatabaseOf, startTestApp, type TestApp } from './helpers/test-app.js';

// Deadline 31.5.2027 end of day, Helsinki (UTC+3 in summer).
const DEADLINE = SPRING_2027.applicationDeadline;

const completeAnswers = COMPLETE_ANSWERS;

describe('applications', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;
  let admin: SignedInUser;
  let academy: AcademyEntity;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({
      now: new Date('2027-05-01T09:00:00Z'),
      env: { SMTP_URL: smtp.url },
    });
    admin = await createAdmin(testApp.dataSource);
    academy = await createAcademy(testApp.dataSource, SPRING_2027);
    await setEligibilityCriteria(testApp, admin, academy.id);
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  const newApplicant = (answers: Record<string, unknown> = completeAnswers) =>
    createDraftApplication(testApp, { academy, answers });

  const at = async <T>(instant: string, work: () => Promise<T>): Promise<T> => {
    const before = testApp.clock.now();
    testApp.clock.set(new Date(instant));
    try {
      return await work();
    } finally {
      testApp.clock.set(before);
    }
  };

  it('accepts a submission at 23:59:59.999 on 31.5. Helsinki time', async () => {
    const { contact, applicationId } = await newApplicant();
    const response = await at('2027-05-31T23:59:59.999+03:00', () =>
      testApp.graphql(SUBMIT, { input: { applicationId } }, contact.headers),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ submitApplication: { status: 'SUBMITTED' } });
  });

  it('refuses one at 00:00:00.000 on 1.6., showing the deadline in the zone and language', async () => {
    const { contact, applicationId } = await newApplicant();
    const response = await at('2027-06-01T00:00:00.000+03:00', () =>
      testApp.graphql(
        SUBMIT,
        { input: { applicationId } },
        { ...contact.headers, 'accept-language': 'fi' },
      ),
    );
    expect(response.errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
    expect(response.errors?.[0].message).toMatch(/^Hakuaika päättyi 31\.5\.2027 klo 23\.59\.$/);
    expect(
      (
        await testApp.dataSource
          .getRepository(ApplicationEntity)
          .findOneByOrFail({ id: applicationId })
      ).status,
    ).toBe('DRAFT');
  });

  it('holds the boundary on a DST-change day too (deadline 31.10.2027, clocks back that night)', async () => {
    // An academy of its own, so no other test ever sees the moved deadline.
    const autumn = await createAcademyWithCriteria(testApp, admin, {
      applicationDeadline: new Date('2027-10-31T23:59:59.999+02:00'),
    });
    const early = await createDraftApplication(testApp, { academy: autumn });
    const ok = await at('2027-10-31T21:59:59.999Z', () =>
      testApp.graphql(
        SUBMIT,
        { input: { applicationId: early.applicationId } },
        early.contact.headers,
      ),
    );
    expect(ok.errors).toBeUndefined();
    const late = await createDraftApplication(testApp, { academy: autumn });
    const refused = await at('2027-10-31T22:00:00.000Z', () =>
      testApp.graphql(
        SUBMIT,
        { input: { applicationId: late.applicationId } },
        late.contact.headers,
      ),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
  });

  it('refuses before the window opens with NOT_OPEN', async () => {
    const { contact, applicationId } = await newApplicant();
    const response = await at('2027-03-31T20:59:59Z', () =>
      testApp.graphql(
        SUBMIT,
        { input: { applicationId } },
        { ...contact.headers, 'accept-language': 'en' },
      ),
    );
    expect(response.errors?.[0].extensions?.code).toBe('NOT_OPEN');
  });

  it('lets an extension admit exactly one organisation', async () => {
    const extended = await newApplicant();
    const other = await newApplicant();
    const grant = await testApp.graphql(
      `mutation ($input: GrantDeadlineExtensionInput!) { grantDeadlineExtension(input: $input) { until reason } }`,
      {
        input: {
          applicationId: extended.applicationId,
          until: '2027-06-07T16:00',
          reason: 'Valtuuston kokous siirtyi',
        },
      },
      admin.headers,
    );
    expect(grant.data).toEqual({
      grantDeadlineExtension: {
        until: '2027-06-07T13:00:00.000Z',
        reason: 'Valtuuston kokous siirtyi',
      },
    });
    const results = await at('2027-06-03T10:00:00+03:00', async () => [
      await testApp.graphql(
        SUBMIT,
        { input: { applicationId: extended.applicationId } },
        extended.contact.headers,
      ),
      await testApp.graphql(
        SUBMIT,
        { input: { applicationId: other.applicationId } },
        other.contact.headers,
      ),
    ]);
    expect(results[0].errors).toBeUndefined();
    expect(results[1].errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
    const audit = await testApp.dataSource.query<Array<{ action: string }>>(
      "SELECT action FROM audit_entries WHERE entity_id = $1 AND action = 'application.extension_granted'",
      [extended.applicationId],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses a HARD-failing application with NOT_ELIGIBLE and the list; SOFT ones only flag', async () => {
    const { contact, applicationId } = await newApplicant({
      ...completeAnswers,
      team: { ...completeAnswers.team, experts: completeAnswers.team.experts.slice(0, 1) },
      pilotProcurement: { ...completeAnswers.pilotProcurement, category: 'CLEANING' },
    });
    const response = await testApp.graphql(
      SUBMIT,
      { input: { applicationId } },
      { ...contact.headers, 'accept-language': 'en' },
    );
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('NOT_ELIGIBLE');
    expect(error?.message).toBe(
      'The application cannot be submitted: 1 required criteria are not met.',
    );
    expect(error?.extensions?.unmetCriteria).toEqual([
      expect.objectContaining({
        outcome: 'NOT_MET',
        explanation: 'The team has 1 experts; more are needed.',
      }),
    ]);
    const read = await testApp.graphql<{
      application: {
        status: string;
        eligibility: Array<{ outcome: string }>;
        completeness: Record<string, unknown>;
      };
    }>(
      'query ($id: ID!) { application(id: $id) { status eligibility { outcome explanation } completeness { submitted consultationBooked complete missing } } }',
      { id: applicationId },
      contact.headers,
    );
    expect(read.data!.application.status).toBe('DRAFT');
    expect(read.data!.application.eligibility.map((result) => result.outcome)).toEqual([
      'MET',
      'NOT_MET',
      'NEEDS_REVIEW',
    ]);
    expect(read.data!.application.completeness).toEqual({
      submitted: false,
      consultationBooked: false,
      complete: false,
      missing: ['SUBMISSION', 'CONSULTATION'],
    });
  });

  it("lists the form's choices from the academy's criteria (answerChoices), for anyone", async () => {
    const data = await graphqlOk<{
      academy: { answerChoices: Record<string, string[]> };
    }>(
      testApp,
      'query ($slug: String!) { academy(slug: $slug) { answerChoices { pilotCategories teamRoles groundworkProgrammes } } }',
      { slug: academy.slug },
    );
    expect(data.academy.answerChoices).toEqual({
      pilotCategories: ['CONSTRUCTION'],
      teamRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'],
      groundworkProgrammes: [],
    });
  });

  it('keeps partial drafts, refuses only malformed values, and names the field', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const partial = await testApp.graphql<{
      saveApplicationDraft: { answers: Record<string, unknown> };
    }>(
      SAVE,
      {
        input: {
          academyId: academy.id,
          organisationId: organisation.id,
          pilotProcurement: { title: 'Vain otsikko' },
        },
      },
      contact.headers,
    );
    expect(partial.data!.saveApplicationDraft.answers).toEqual({
      pilotProcurement: { title: 'Vain otsikko' },
    });
    const bad = await testApp.graphql(
      SAVE,
      {
        input: {
          academyId: academy.id,
          organisationId: organisation.id,
          team: { responsiblePerson: { name: 'X', email: 'ei-osoite' } },
        },
      },
      contact.headers,
    );
    expect(bad.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.team.responsiblePerson.email', rule: 'isEmail' }),
    ]);
    const kept = await testApp.dataSource
      .getRepository(ApplicationEntity)
      .findOneByOrFail({ organisationId: organisation.id });
    expect(kept.answers).toEqual({ pilotProcurement: { title: 'Vain otsikko' } });
  });

  it('makes one application of two concurrent first drafts, and refuses a stale version with CONFLICT', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const colleague = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    await testApp.dataSource.query(
      "INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')",
      [organisation.id, colleague.user.id],
    );
    const [first, second] = await Promise.all([
      testApp.graphql<{ saveApplicationDraft: { id: string; version: number } }>(
        SAVE,
        {
          input: {
            academyId: academy.id,
            organisationId: organisation.id,
            groundwork: { programmes: ['TOIMI'] },
          },
        },
        contact.headers,
      ),
      testApp.graphql<{ saveApplicationDraft: { id: string; version: number } }>(
        SAVE,
        {
          input: {
            academyId: academy.id,
            organisationId: organisation.id,
            consents: { shareLearnings: true },
          },
        },
        colleague.headers,
      ),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(first.data!.saveApplicationDraft.id).toBe(second.data!.saveApplicationDraft.id);
    const rows = await testApp.dataSource
      .getRepository(ApplicationEntity)
      .findBy({ organisationId: organisation.id });
    expect(rows).toHaveLength(1);
    // Both sections survived: different sections never overwrite each other.
    expect(rows[0].answers).toEqual({
      groundwork: { programmes: ['TOIMI'] },
      consents: { shareLearnings: true },
    });

    const version = rows[0].version;
    const mine = await testApp.graphql(
      SAVE,
      {
        input: {
          academyId: academy.id,
          organisationId: organisation.id,
          expectedVersion: version,
          pilotProcurement: { title: 'A' },
        },
      },
      contact.headers,
    );
    expect(mine.errors).toBeUndefined();
    const theirs = await testApp.graphql(
      SAVE,
      {
        input: {
          academyId: academy.id,
          organisationId: organisation.id,
          expectedVersion: version,
          pilotProcurement: { title: 'B' },
        },
      },
      { ...colleague.headers, 'accept-language': 'en' },
    );
    expect(theirs.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: version + 1,
    });
    expect(
      (
        await testApp.dataSource
          .getRepository(ApplicationEntity)
          .findOneByOrFail({ id: rows[0].id })
      ).answers.pilotProcurement,
    ).toEqual({ title: 'A' });
  });

  it('creates with expectedVersion 0 ("create only") and refuses it with CONFLICT once the application exists', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const createOnly = (title: string) =>
      testApp.graphql<{ saveApplicationDraft: { version: number } }>(
        SAVE,
        {
          input: {
            academyId: academy.id,
            organisationId: organisation.id,
            expectedVersion: 0,
            pilotProcurement: { title },
          },
        },
        contact.headers,
      );
    const first = await createOnly('Ensimmäinen välilehti');
    expect(first.errors).toBeUndefined();
    // A second tab that also started from "no application yet" does not overwrite it.
    const second = await createOnly('Toinen välilehti');
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: first.data!.saveApplicationDraft.version,
    });
    const kept = await testApp.dataSource
      .getRepository(ApplicationEntity)
      .findOneByOrFail({ organisationId: organisation.id });
    expect(kept.answers.pilotProcurement).toEqual({ title: 'Ensimmäinen välilehti' });
    // Negative versions are still refused.
    const negative = await testApp.graphql(
      SAVE,
      { input: { academyId: academy.id, organisationId: organisation.id, expectedVersion: -1 } },
      contact.headers,
    );
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows an application (and its team) only to its organisation and to staff', async () => {
    const { applicationId } = await newApplicant();
    const outsider = await createSignedInUser(testApp.dataSource);
    await createOrganisation(testApp.dataSource, outsider.user);
    const expert = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.EXPERT] });
    const query = 'query ($id: ID!) { application(id: $id) { answers } }';
    const hidden = await testApp.graphql(query, { id: applicationId }, outsider.headers);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden)).not.toContain('anna@kunta.fi');
    expect(
      JSON.stringify((await testApp.graphql(query, { id: applicationId }, expert.headers)).data),
    ).toContain('anna@kunta.fi');
    const submit = await testApp.graphql(SUBMIT, { input: { applicationId } }, outsider.headers);
    expect(submit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('confirms a submission by mail with the next step in the reader’s language', async () => {
    const { contact, applicationId } = await newApplicant();
    await submitApplication(testApp, { contact, applicationId });
    await testApp.sendMail();
    const [mail] = smtp.to(contact.user.email);
    expect(mail.subject).toMatch(/^Application received: /);
    expect(mail.text).toContain('book a consultation with the experts by 31 May 2027');
    expect(mail.text).toContain('Koulun peruskorjaus');
  });

  it('sends each reminder once per step when the clock reaches it, and none after withdrawal', async () => {
    const active = await newApplicant({ pilotProcurement: { title: 'Kesken' } });
    const withdrawn = await newApplicant({ pilotProcurement: { title: 'Peruttu' } });
    await graphqlOk(
      testApp,
      WITHDRAW,
      { input: { applicationId: withdrawn.applicationId } },
      withdrawn.contact.headers,
    );
    const second = await startTestApp({
      database: sharedDatabaseOf(testApp),
      env: { SMTP_URL: smtp.url },
    });
    try {
      const reminders = (email: string) =>
        smtp.to(email).filter((mail) => mail.subject?.startsWith('Reminder'));
      for (const instant of [
        '2027-05-24T21:00:00Z',
        '2027-05-25T12:00:00Z',
        '2027-05-30T21:00:00Z',
        '2027-05-31T12:00:00Z',
      ]) {
        testApp.clock.set(new Date(instant));
        second.clock.set(new Date(instant));
        await Promise.all([testApp.sendMail(), second.sendMail()]);
      }
      expect(reminders(active.contact.user.email)).toHaveLength(2);
      expect(reminders(withdrawn.contact.user.email)).toHaveLength(0);
      const cancelled = await testApp.dataSource
        .getRepository(OutboxMessageEntity)
        .countBy({ toAddress: withdrawn.contact.user.email, status: 'CANCELLED' as never });
      expect(cancelled).toBe(2);
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
      await second.stop();
    }
  });

  it('exports a CSV with a BOM for admins only, formulas defused', async () => {
    await newApplicant({
      ...completeAnswers,
      pilotProcurement: { ...completeAnswers.pilotProcurement, title: '=HYPERLINK("x")' },
    });
    const forbidden = await fetch(
      `${testApp.url}/exports/academies/${academy.id}/applications.csv`,
      {
        headers: (await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.EXPERT] }))
          .headers,
      },
    );
    expect(forbidden.status).toBe(403);
    const response = await fetch(
      `${testApp.url}/exports/academies/${academy.id}/applications.csv`,
      { headers: admin.headers },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"organisation","business_id"/);
    const total = await testApp.dataSource
      .getRepository(ApplicationEntity)
      .countBy({ academyId: academy.id });
    expect(lines).toHaveLength(total + 1);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('Testikunta');
  });

  it('lets a submitted application be edited until the deadline, re-evaluated, still submitted', async () => {
    const { contact, organisation, applicationId } = await newApplicant();
    await submitApplication(testApp, { contact, applicationId });
    const edit = (team: unknown) =>
      testApp.graphql<{ saveApplicationDraft: { status: string } }>(
        SAVE,
        { input: { academyId: academy.id, organisationId: organisation.id, team } },
        contact.headers,
      );
    const ok = await edit({
      ...completeAnswers.team,
      responsiblePerson: { name: 'Uusi Vastuu', email: 'uusi@kunta.fi' },
    });
    expect(ok.data).toEqual({
      saveApplicationDraft: expect.objectContaining({ status: 'SUBMITTED' }),
    });
    const breaking = await edit({ ...completeAnswers.team, experts: [] });
    expect(breaking.errors?.[0].extensions?.code).toBe('NOT_ELIGIBLE');
    const late = await at('2027-06-01T00:00:00+03:00', () => edit(completeAnswers.team));
    expect(late.errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
    const stored = await testApp.dataSource
      .getRepository(ApplicationEntity)
      .findOneByOrFail({ id: applicationId });
    expect(stored.answers.team?.responsiblePerson?.name).toBe('Uusi Vastuu');
  });

  // The argument types of the organiser list's filters: GraphQL enums, so a quoted or
  // unknown value is refused before anything runs.
  const FILTER_TYPES: Record<string, string> = {
    status: 'ApplicationStatus',
    eligibility: 'EligibilityOutcome',
    organisationType: 'OrganisationType',
    complete: 'Boolean',
    limit: 'Int',
    offset: 'Int',
  };

  /** The organiser list with its filters passed as variables of their schema types. */
  const listApplications = (academyId: string, filter: Record<string, unknown> = {}) => {
    const names = Object.keys(filter);
    const declarations = names.map((name) => `, $${name}: ${FILTER_TYPES[name]}`).join('');
    const passed = names.map((name) => `, ${name}: $${name}`).join('');
    return testApp.graphql<{
      applications: {
        total: number;
        items: Array<{ id: string; organisationId: string; status: string }>;
      };
    }>(
      `query ($academyId: ID!${declarations}) { applications(academyId: $academyId${passed}) { total items { id organisationId status } } }`,
      { academyId, ...filter },
      admin.headers,
    );
  };

  it('filters the organiser list by status, organisation type and eligibility', async () => {
    // An academy of its own: the list holds exactly the four applications made here.
    const own = await createAcademyWithCriteria(testApp, admin);
    const parish = await createDraftApplication(testApp, {
      academy: own,
      organisation: { type: 'PARISH' as never },
    });
    const submittedOne = await createEligibleApplication(testApp, { academy: own });
    const notEligible = await createDraftApplication(testApp, {
      academy: own,
      answers: NOT_ELIGIBLE_ANSWERS,
    });
    const withdrawn = await createWithdrawnApplication(testApp, { academy: own });
    const list = async (filter: Record<string, unknown>) => {
      const response = await listApplications(own.id, filter);
      expect(response.errors).toBeUndefined();
      return response.data!.applications;
    };
    const organisations = (page: { items: Array<{ organisationId: string }> }) =>
      page.items.map((item) => item.organisationId);

    const parishes = await list({ organisationType: 'PARISH' });
    expect(organisations(parishes)).toEqual([parish.organisation.id]);
    const submitted = await list({ status: 'SUBMITTED' });
    expect(submitted.items.length).toBeGreaterThan(0);
    expect(submitted.items.every((item) => item.status === 'SUBMITTED')).toBe(true);
    expect(organisations(submitted)).toEqual([submittedOne.organisation.id]);
    const withdrawnOnly = await list({ status: 'WITHDRAWN' });
    expect(organisations(withdrawnOnly)).toEqual([withdrawn.organisation.id]);
    const notMet = await list({ eligibility: 'NOT_MET' });
    const all = await list({ limit: 100 });
    expect(notMet.total).toBeGreaterThan(0);
    expect(notMet.total).toBeLessThan(all.total);
    expect(organisations(notMet)).toEqual([notEligible.organisation.id]);
    expect(all.total).toBe(4);
    const paged = await list({ limit: 2, offset: 1 });
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(all.total);
    // Oldest first: the page is the second and third of the four.
    expect(paged.items.map((item) => item.id)).toEqual(
      all.items.slice(1, 3).map((item) => item.id),
    );
  });

  it('filters the organiser list by completeness: submitted and a consultation booked', async () => {
    const own = await createAcademyWithCriteria(testApp, admin);
    const expert = await createExpert(testApp.dataSource);
    const [first, second] = await publishSlots(testApp, expert, own.id, '2027-05-20', 2);
    const complete = await createSubmittedApplication(testApp, { academy: own });
    await bookConsultation(testApp, complete.contact, first, complete.applicationId);
    const submittedOnly = await createSubmittedApplication(testApp, { academy: own });
    const bookedDraft = await createDraftApplication(testApp, { academy: own });
    await bookConsultation(testApp, bookedDraft.contact, second, bookedDraft.applicationId);
    const plainDraft = await createDraftApplication(testApp, { academy: own });

    const done = await listApplications(own.id, { complete: true });
    expect(done.errors).toBeUndefined();
    expect(done.data!.applications).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: complete.applicationId })],
    });
    const notDone = await listApplications(own.id, { complete: false });
    expect(notDone.errors).toBeUndefined();
    expect(notDone.data!.applications.total).toBe(3);
    expect(notDone.data!.applications.items.map((item) => item.id).sort()).toEqual(
      [submittedOnly.applicationId, bookedDraft.applicationId, plainDraft.applicationId].sort(),
    );
  });

  it('keeps criteria named by id when the list is replaced, so answers given to them still count', async () => {
    const other = await createAcademy(testApp.dataSource, {
      applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
      applicationDeadline: DEADLINE,
    });
    const set = (criteria: unknown[]) => setEligibilityCriteria(testApp, admin, other.id, criteria);
    const attestation = { kind: 'ATTESTATION', severity: 'HARD', label: { fi: 'Sitoudumme' } };
    const [id] = await set([attestation]);
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const saved = await graphqlOk<{ saveApplicationDraft: { id: string } }>(
      testApp,
      SAVE,
      {
        input: {
          academyId: other.id,
          organisationId: organisation.id,
          ...completeAnswers,
          attestations: { [id]: true },
        },
      },
      contact.headers,
    );
    const relabelled = await set([
      { ...attestation, id, label: { fi: 'Sitoudumme tosissamme' } },
      { kind: 'RESPONSIBLE_PERSON', severity: 'SOFT', label: { fi: 'Vastuuhenkilö' } },
    ]);
    expect(relabelled[0]).toBe(id);
    const read = await testApp.graphql<{
      application: {
        eligibility: Array<{ criterionId: string; outcome: string }>;
        organisation: { name: string };
      };
    }>(
      'query ($id: ID!) { application(id: $id) { eligibility { criterionId outcome } organisation { name } } }',
      { id: saved.saveApplicationDraft.id },
      contact.headers,
    );
    expect(read.data!.application.eligibility[0]).toEqual({ criterionId: id, outcome: 'MET' });
    expect(read.data!.application.organisation.name).toBe(organisation.name);
  });

  it('refuses an unknown organisation type in the organiser filter as bad input', async () => {
    const response = await listApplications(academy.id, { organisationType: 'CASTLE' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('lets an admin who is not a member neither submit nor withdraw: FORBIDDEN, nothing changes', async () => {
    const { contact, applicationId } = await newApplicant();
    const outsiderAdmin = await createAdmin(testApp.dataSource);
    const stored = () =>
      testApp.dataSource.getRepository(ApplicationEntity).findOneByOrFail({ id: applicationId });
    for (const mutation of [SUBMIT, WITHDRAW]) {
      const response = await testApp.graphql(
        mutation,
        { input: { applicationId } },
        outsiderAdmin.headers,
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await stored()).toMatchObject({
        status: 'DRAFT',
        submittedAt: null,
        withdrawnAt: null,
      });
    }
    const audited = await testApp.dataSource.query<unknown[]>(
      'SELECT 1 FROM audit_entries WHERE entity_id = $1 AND actor_id = $2',
      [applicationId, outsiderAdmin.user.id],
    );
    expect(audited).toEqual([]);
    // The refusal is about the admin, not the application: its own contact may submit it.
    await submitApplication(testApp, { contact, applicationId });
    expect((await stored()).status).toBe('SUBMITTED');
  });

  it('moves the deadline reminders with an extension: the old ones cancelled, new ones sent on time', async () => {
    const { contact, applicationId } = await newApplicant({
      pilotProcurement: { title: 'Myöhässä' },
    });
    const reminderRows = () =>
      testApp.dataSource.query<Array<{ status: string; send_at: Date; dedupe_key: string }>>(
        `SELECT status, available_at AS send_at, dedupe_key FROM outbox_messages
         WHERE dedupe_key LIKE $1 ORDER BY available_at, status`,
        [`application-reminder:${applicationId}:%`],
      );
    expect((await reminderRows()).map((row) => [row.status, row.send_at.toISOString()])).toEqual([
      ['PENDING', '2027-05-24T20:59:59.999Z'],
      ['PENDING', '2027-05-30T20:59:59.999Z'],
    ]);
    // Until 7.6.2027 16:00 Helsinki = 13:00 UTC: a week and a day before that.
    await grantDeadlineExtension(testApp, admin, applicationId, '2027-06-07T16:00');
    expect((await reminderRows()).map((row) => [row.status, row.send_at.toISOString()])).toEqual([
      ['CANCELLED', '2027-05-24T20:59:59.999Z'],
      ['CANCELLED', '2027-05-30T20:59:59.999Z'],
      ['PENDING', '2027-05-31T13:00:00.000Z'],
      ['PENDING', '2027-06-06T13:00:00.000Z'],
    ]);
    const reminders = () =>
      smtp.to(contact.user.email).filter((mail) => mail.subject?.startsWith('Reminder'));
    try {
      // Past both old sending times, before the new ones: nothing goes.
      await at('2027-05-31T12:59:00Z', () => testApp.sendMail());
      expect(reminders()).toHaveLength(0);
      await at('2027-05-31T13:00:00Z', () => testApp.sendMail());
      expect(reminders()).toHaveLength(1);
      await at('2027-06-06T13:00:00Z', () => testApp.sendMail());
      expect(reminders()).toHaveLength(2);
      for (const mail of reminders()) {
        // The time in the text names its zone; the subject keeps the short form.
        expect(mail.text).toContain('7 June 2027 at 16:00 (Finnish time)');
        expect(mail.html).toContain('7 June 2027 at 16:00 (Finnish time)');
        expect(mail.subject).not.toContain('Finnish time');
      }
    } finally {
      testApp.clock.set(new Date('2027-05-01T09:00:00Z'));
    }
  });
  it('refuses a document with several mutation fields before any runs, changing nothing', async () => {
    const { contact, organisation, applicationId } = await newApplicant(NOT_ELIGIBLE_ANSWERS);
    const input = { academyId: academy.id, organisationId: organisation.id };
    const versionBefore = await testApp.dataSource.query<Array<{ version: number }>>(
      'SELECT version FROM applications WHERE id = $1',
      [applicationId],
    );
    const response = await testApp.graphql(
      `mutation ($fixed: SaveApplicationDraftInput!, $id: ApplicationIdInput!) {
        fixed: saveApplicationDraft(input: $fixed) { id }
        ...submit
      }
      fragment submit on Mutation { submitted: submitApplication(input: $id) { id } }`,
      { fixed: { ...input, ...completeAnswers }, id: { applicationId } },
      contact.headers,
    );
    // Refused before execution: a request error, 200 under application/json (no accept).
    expect(response.status).toBe(200);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
      'ONE_MUTATION_PER_REQUEST',
    ]);
    expect(response.errors?.[0].extensions).toMatchObject({ fields: 2, maximum: 1 });
    expect(response.errors?.[0].message).toBe('Send one change per request (this one has 2).');
    const after = await testApp.dataSource.query<Array<{ version: number; status: string }>>(
      'SELECT version, status FROM applications WHERE id = $1',
      [applicationId],
    );
    expect(after).toEqual([{ version: versionBefore[0].version, status: 'DRAFT' }]);
  });

  it('answers each mutation from fresh data: the fields read the state the change left', async () => {
    const { contact, organisation, applicationId } = await newApplicant(NOT_ELIGIBLE_ANSWERS);
    const input = { academyId: academy.id, organisationId: organisation.id };
    const fields = 'id status completeness { submitted } eligibility { outcome }';
    type Answer = {
      status: string;
      completeness: { submitted: boolean };
      eligibility: Array<{ outcome: string }>;
    };
    const outcomes = (answer: Answer) => answer.eligibility.map((result) => result.outcome);
    // Read first, so a stale read would show the old answers.
    const before = await graphqlOk<{ application: Answer }>(
      testApp,
      `query ($id: ID!) { application(id: $id) { ${fields} } }`,
      { id: applicationId },
      contact.headers,
    );
    expect(outcomes(before.application)).toContain('NOT_MET');
    const fixed = await graphqlOk<{ saveApplicationDraft: Answer }>(
      testApp,
      `mutation ($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { ${fields} } }`,
      { input: { ...input, ...completeAnswers } },
      contact.headers,
    );
    expect(outcomes(fixed.saveApplicationDraft)).not.toContain('NOT_MET');
    expect(fixed.saveApplicationDraft.completeness.submitted).toBe(false);
    const submitted = await graphqlOk<{ submitApplication: Answer }>(
      testApp,
      `mutation ($id: ApplicationIdInput!) { submitApplication(input: $id) { ${fields} } }`,
      { id: { applicationId } },
      contact.headers,
    );
    expect(submitted.submitApplication.status).toBe('SUBMITTED');
    expect(submitted.submitApplication.completeness.submitted).toBe(true);
    expect(outcomes(submitted.submitApplication)).not.toContain('NOT_MET');
  });
});
