import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { ApplicationEntity } from '../src/modules/applications/entities/application.entity.js';
import { OutboxMessageEntity } from '../src/modules/mail/entities/outbox-message.entity.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import { createAcademy } from './helpers/factories.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createOrganisation, createSignedInUser, type SignedInUser } from './helpers/users.js';

const SAVE = `mutation ($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { id version status answers } }`;
const SUBMIT = `mutation ($input: ApplicationIdInput!) { submitApplication(input: $input) { id status submittedAt } }`;

// Deadline 31.5.2027 end of day, Helsinki (UTC+3 in summer).
const DEADLINE = new Date('2027-05-31T23:59:59.999+03:00');

const completeAnswers = {
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
    admin = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    academy = await createAcademy(testApp.dataSource, {
      applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
      applicationDeadline: DEADLINE,
      consultationBookingDeadline: DEADLINE,
      selectionAnnouncementAt: new Date('2027-06-18T12:00:00+03:00'),
    });
    const criteria = await testApp.graphql(
      `mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id kind } }`,
      {
        input: {
          academyId: academy.id,
          criteria: [
            {
              kind: 'ORGANISATION_TYPE',
              severity: 'HARD',
              label: { fi: 'Julkinen hankintayksikkö' },
              parameters: { organisationTypes: ['MUNICIPALITY', 'PARISH'] },
            },
            {
              kind: 'TEAM',
              severity: 'HARD',
              label: { fi: 'Kolmen asiantuntijan tiimi' },
              parameters: {
                minExperts: 3,
                requiredRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'],
              },
            },
            {
              kind: 'PILOT_PROCUREMENT',
              severity: 'SOFT',
              label: { fi: 'Rakentamisen pilotti' },
              parameters: {
                categories: ['CONSTRUCTION'],
                startFrom: '2027-08-01',
                startTo: '2028-03-31',
              },
            },
          ],
        },
      },
      admin.headers,
    );
    expect(criteria.errors).toBeUndefined();
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  async function newApplicant(answers: Record<string, unknown> = completeAnswers) {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const saved = await testApp.graphql<{ saveApplicationDraft: { id: string; version: number } }>(
      SAVE,
      { input: { academyId: academy.id, organisationId: organisation.id, ...answers } },
      contact.headers,
    );
    expect(saved.errors).toBeUndefined();
    return { contact, organisation, applicationId: saved.data!.saveApplicationDraft.id };
  }

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
    await testApp.dataSource
      .getRepository(AcademyEntity)
      .update(
        { id: academy.id },
        { applicationDeadline: new Date('2027-10-31T23:59:59.999+02:00') },
      );
    try {
      const early = await newApplicant();
      const ok = await at('2027-10-31T21:59:59.999Z', () =>
        testApp.graphql(
          SUBMIT,
          { input: { applicationId: early.applicationId } },
          early.contact.headers,
        ),
      );
      expect(ok.errors).toBeUndefined();
      const late = await newApplicant();
      const refused = await at('2027-10-31T22:00:00.000Z', () =>
        testApp.graphql(
          SUBMIT,
          { input: { applicationId: late.applicationId } },
          late.contact.headers,
        ),
      );
      expect(refused.errors?.[0].extensions?.code).toBe('DEADLINE_PASSED');
    } finally {
      await testApp.dataSource
        .getRepository(AcademyEntity)
        .update({ id: academy.id }, { applicationDeadline: DEADLINE });
    }
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
    await testApp.graphql(SUBMIT, { input: { applicationId } }, contact.headers);
    await testApp.sendMail();
    const [mail] = smtp.to(contact.user.email);
    expect(mail.subject).toMatch(/^Application received: /);
    expect(mail.text).toContain('book a consultation with the experts by 31 May 2027');
    expect(mail.text).toContain('Koulun peruskorjaus');
  });

  it('sends each reminder once per step when the clock reaches it, and none after withdrawal', async () => {
    const active = await newApplicant({ pilotProcurement: { title: 'Kesken' } });
    const withdrawn = await newApplicant({ pilotProcurement: { title: 'Peruttu' } });
    await testApp.graphql(
      'mutation ($input: ApplicationIdInput!) { withdrawApplication(input: $input) { status } }',
      { input: { applicationId: withdrawn.applicationId } },
      withdrawn.contact.headers,
    );
    const second = await startTestApp({
      database: {
        name: testApp.databaseName,
        url: (testApp.dataSource.options as { url: string }).url,
      },
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
    await testApp.graphql(SUBMIT, { input: { applicationId } }, contact.headers);
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

  it('filters the organiser list by status, organisation type and eligibility', async () => {
    const parish = await createSignedInUser(testApp.dataSource);
    const parishOrganisation = await createOrganisation(testApp.dataSource, parish.user, {
      type: 'PARISH' as never,
    });
    await testApp.graphql(
      SAVE,
      {
        input: { academyId: academy.id, organisationId: parishOrganisation.id, ...completeAnswers },
      },
      parish.headers,
    );
    const list = (filter: string) =>
      testApp.graphql<{
        applications: { total: number; items: Array<{ organisationId: string; status: string }> };
      }>(
        `query ($academyId: ID!) { applications(academyId: $academyId, ${filter}) { total items { organisationId status } } }`,
        { academyId: academy.id },
        admin.headers,
      );
    const parishes = await list('organisationType: PARISH');
    expect(parishes.data!.applications.items.map((item) => item.organisationId)).toEqual([
      parishOrganisation.id,
    ]);
    const submitted = await list('status: SUBMITTED');
    expect(submitted.data!.applications.items.every((item) => item.status === 'SUBMITTED')).toBe(
      true,
    );
    const notMet = await list('eligibility: NOT_MET');
    const all = await list('limit: 100');
    expect(notMet.data!.applications.total).toBeGreaterThan(0);
    expect(notMet.data!.applications.total).toBeLessThan(all.data!.applications.total);
    const paged = await list('limit: 2, offset: 1');
    expect(paged.data!.applications.items).toHaveLength(2);
    expect(paged.data!.applications.total).toBe(all.data!.applications.total);
  });

  it('keeps criteria named by id when the list is replaced, so answers given to them still count', async () => {
    const other = await createAcademy(testApp.dataSource, {
      applicationOpensAt: new Date('2027-04-01T00:00:00+03:00'),
      applicationDeadline: DEADLINE,
    });
    const set = (criteria: unknown[]) =>
      testApp.graphql<{ setEligibilityCriteria: Array<{ id: string }> }>(
        'mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id } }',
        { input: { academyId: other.id, criteria } },
        admin.headers,
      );
    const attestation = { kind: 'ATTESTATION', severity: 'HARD', label: { fi: 'Sitoudumme' } };
    const [{ id }] = (await set([attestation])).data!.setEligibilityCriteria;
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const saved = await testApp.graphql<{ saveApplicationDraft: { id: string } }>(
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
    expect(relabelled.data!.setEligibilityCriteria[0].id).toBe(id);
    const read = await testApp.graphql<{
      application: {
        eligibility: Array<{ criterionId: string; outcome: string }>;
        organisation: { name: string };
      };
    }>(
      'query ($id: ID!) { application(id: $id) { eligibility { criterionId outcome } organisation { name } } }',
      { id: saved.data!.saveApplicationDraft.id },
      contact.headers,
    );
    expect(read.data!.application.eligibility[0]).toEqual({ criterionId: id, outcome: 'MET' });
    expect(read.data!.application.organisation.name).toBe(organisation.name);
  });

  it('refuses an unknown organisation type in the organiser filter as bad input', async () => {
    const response = await testApp.graphql(
      `query ($academyId: ID!, $type: OrganisationType) { applications(academyId: $academyId, organisationType: $type) { total } }`,
      { academyId: academy.id, type: 'CASTLE' },
      admin.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
