import { AcademyEnrolment, AcademyStatus } from '../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { EnrolmentSeedService } from '../src/modules/enrolment/enrolment-seed.service.js';
import { OrganisationEntity } from '../src/modules/organisations/entities/organisation.entity.js';
import {
  addMember,
  createAcademy,
  createAdmin,
  createOrganisation,
  createSignedInUser,
  nextBusinessId,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { personalFeed } from './helpers/feeds.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { id academyId organisation { id name } signedUpAt termsAcceptedAt }
}`;
const MY_TEAMS = `query ($academyId: ID!) { myCohortTeams(academyId: $academyId) { organisation { id } canManage participants { email role } } }`;
const MY_SIGN_UPS = `query ($academyId: ID!) { mySignUps(academyId: $academyId) { organisation { id } termsAcceptedAt } }`;
const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id type businessId associationRegisterNumber }
}`;
const SAVE_DRAFT = `mutation ($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { id } }`;
const END = `mutation ($input: EndProgrammeInput!) { endProgramme(input: $input) { id status } }`;
const MY_ALUMNI = `{ myAlumniAcademies { slug status } }`;
const SET_STATUS = `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { status } }`;
const UPDATE_ACADEMY = `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { enrolment signUpTerms { fi en } } }`;

const TERMS = {
  fi: 'Sitoudun osallistumaan sidosryhmän tapaamisiin.',
  sv: null,
  en: 'I commit to taking part in the stakeholder meetings.',
};

// The test app's clock stands at 2026-05-04 09:00 UTC; createAcademy's window is 1.4.–31.5.2026.
describe('Open enrolment (sign up by the deadline, a member at once)', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const openAcademy = (overrides: Partial<AcademyEntity> = {}) =>
    createAcademy(testApp.dataSource, { enrolment: AcademyEnrolment.OPEN, ...overrides });

  const signUp = (
    who: SignedInUser,
    academy: { id: string },
    organisation: { id: string },
    acceptTerms = true,
  ) =>
    testApp.graphql<{ signUp: { id: string; termsAcceptedAt: string | null } }>(
      SIGN_UP,
      { input: { academyId: academy.id, organisationId: organisation.id, acceptTerms } },
      who.headers,
    );

  const count = async (sql: string, parameters: unknown[]): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ n: number }>>(sql, parameters);
    return row.n;
  };
  /** Every row a sign-up writes (or must not), for the academy. */
  const written = async (academy: { id: string }) => ({
    signUps: await count(`SELECT count(*)::int AS n FROM sign_ups WHERE academy_id = $1`, [
      academy.id,
    ]),
    members: await count(`SELECT count(*)::int AS n FROM cohort_members WHERE academy_id = $1`, [
      academy.id,
    ]),
    participants: await count(
      `SELECT count(*)::int AS n FROM cohort_participants WHERE academy_id = $1`,
      [academy.id],
    ),
    audits: await count(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'academy.signed_up' AND after->>'academyId' = $1`,
      [academy.id],
    ),
    mails: await count(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE type = 'SIGN_UP_CONFIRMATION'`,
      [],
    ),
  });
  const nothing = { signUps: 0, members: 0, participants: 0, audits: 0 };

  it('takes a sign-up into the cohort at once: the signer is on the team and sees the events in the feed', async () => {
    const academy = await openAcademy({ signUpTerms: TERMS });
    const eventId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Sidosryhmätapaaminen 1', en: 'Stakeholder meeting 1' },
    });
    const person = await createSignedInUser(testApp.dataSource);
    // A person taking part in their own name: an INDIVIDUAL without a business ID.
    const created = await graphqlOk<{ createOrganisation: { id: string; businessId: null } }>(
      testApp,
      CREATE_ORGANISATION,
      { input: { name: 'Valtuutettu Liisa Laine', type: 'INDIVIDUAL', region: 'Kymenlaakso' } },
      person.headers,
    );
    const organisationId = created.createOrganisation.id;
    const colleague = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, { id: organisationId }, colleague.user);
    const mailsBefore = (await written(academy)).mails;

    const response = await signUp(person, academy, { id: organisationId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.termsAcceptedAt).toBe('2026-05-04T09:00:00.000Z');

    expect(await written(academy)).toEqual({
      signUps: 1,
      members: 1,
      participants: 1,
      audits: 1,
      // The signer is the organisation's contact: one confirmation.
      mails: mailsBefore + 1,
    });
    const [row] = await testApp.dataSource.query<Array<{ accepted_terms: unknown }>>(
      `SELECT accepted_terms FROM sign_ups WHERE academy_id = $1`,
      [academy.id],
    );
    expect(row.accepted_terms).toEqual(TERMS);
    const [mail] = await testApp.dataSource.query<Array<{ subject: string; text_body: string }>>(
      `SELECT subject, text_body FROM outbox_messages WHERE type = 'SIGN_UP_CONFIRMATION' AND to_address = $1`,
      [person.user.email],
    );
    // In the reader's language (the test user's is English).
    expect(mail.subject).toBe(`Sign-up confirmed: ${academy.title.en}`);
    expect(mail.text_body).toContain(TERMS.en);
    expect(mail.text_body).toContain(`/academies/${academy.slug}/team`);

    const teams = await graphqlOk<{
      myCohortTeams: Array<{
        canManage: boolean;
        participants: Array<{ email: string; role: string }>;
      }>;
    }>(testApp, MY_TEAMS, { academyId: academy.id }, person.headers);
    expect(teams.myCohortTeams).toHaveLength(1);
    expect(teams.myCohortTeams[0]).toMatchObject({
      canManage: true,
      participants: [{ email: person.user.email, role: 'RESPONSIBLE' }],
    });
    const mine = await graphqlOk<{ mySignUps: Array<{ organisation: { id: string } }> }>(
      testApp,
      MY_SIGN_UPS,
      { academyId: academy.id },
      colleague.headers,
    );
    expect(mine.mySignUps.map((signUp) => signUp.organisation.id)).toEqual([organisationId]);

    // Both the signer and a colleague in the organisation follow the cohort's calendar.
    for (const who of [person, colleague]) {
      const feed = await personalFeed(testApp, who);
      const calendar = parseCalendar(await (await fetch(feed.local)).text());
      expect(calendar.events.map((event) => event.uid)).toContain(`${eventId}@akatemia`);
    }
    // A signed-up stakeholder runs no pilot procurement of its own.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM tracked_actions WHERE academy_id = $1 AND organisation_id = $2`,
        [academy.id, organisationId],
      ),
    ).toBe(0);
  });

  it('ends an OPEN programme like a selected one: the signed-up become alumni and see ALUMNI events', async () => {
    const academy = await openAcademy();
    const meeting = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Sidosryhmätapaaminen' },
    });
    const reunion = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Alumnitapaaminen', en: 'Alumni meeting' },
      audience: 'ALUMNI',
    });
    const person = await createSignedInUser(testApp.dataSource);
    const created = await graphqlOk<{ createOrganisation: { id: string } }>(
      testApp,
      CREATE_ORGANISATION,
      { input: { name: 'Kotkan Kierto ry', type: 'ASSOCIATION', region: 'Kymenlaakso' } },
      person.headers,
    );
    const organisation = { id: created.createOrganisation.id };
    expect((await signUp(person, academy, organisation)).errors).toBeUndefined();
    const outsider = await createSignedInUser(testApp.dataSource);

    const uids = async (who: SignedInUser) => {
      const feed = await personalFeed(testApp, who);
      return parseCalendar(await (await fetch(feed.local)).text()).events.map((e) => e.uid);
    };
    const alumniOf = async (who: SignedInUser) =>
      (
        await graphqlOk<{ myAlumniAcademies: Array<{ slug: string }> }>(
          testApp,
          MY_ALUMNI,
          {},
          who.headers,
        )
      ).myAlumniAcademies.map((a) => a.slug);

    // No selection: the programme goes from OPEN straight to RUNNING.
    await graphqlOk(
      testApp,
      SET_STATUS,
      { input: { academyId: academy.id, status: 'RUNNING' } },
      admin.headers,
    );
    expect(await uids(person)).toContain(`${meeting}@akatemia`);
    expect(await uids(person)).not.toContain(`${reunion}@akatemia`);
    expect(await alumniOf(person)).not.toContain(academy.slug);

    const ended = await graphqlOk<{ endProgramme: { status: string } }>(
      testApp,
      END,
      { input: { academyId: academy.id } },
      admin.headers,
    );
    expect(ended.endProgramme.status).toBe(AcademyStatus.ALUMNI);
    // The signed-up member is an alumnus like a selected cohort's: the ALUMNI event reaches them.
    expect(await alumniOf(person)).toContain(academy.slug);
    expect(await uids(person)).toEqual(
      expect.arrayContaining([`${meeting}@akatemia`, `${reunion}@akatemia`]),
    );
    expect(await alumniOf(outsider)).not.toContain(academy.slug);
    expect(await uids(outsider)).not.toContain(`${reunion}@akatemia`);
  });

  it('refuses a second sign-up of the same organisation with ALREADY_SIGNED_UP, nothing written', async () => {
    const academy = await openAcademy();
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    expect(errorCode(await signUp(contact, academy, organisation))).toBe('OK');
    const before = await written(academy);

    const again = await signUp(contact, academy, organisation);
    expect(errorCode(again)).toBe('ALREADY_SIGNED_UP');
    expect(again.errors?.[0].message).toBe(
      'The organisation has already signed up to this programme.',
    );
    expect(await written(academy)).toEqual(before);
  });

  it('makes one membership of a double click and of two tabs at once (the database decides)', async () => {
    const academy = await openAcademy();
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, organisation, member.user);
    const results = await Promise.all([
      signUp(contact, academy, organisation),
      signUp(contact, academy, organisation),
      signUp(member, academy, organisation),
      signUp(member, academy, organisation),
    ]);
    expect(results.map(errorCode).sort()).toEqual([
      'ALREADY_SIGNED_UP',
      'ALREADY_SIGNED_UP',
      'ALREADY_SIGNED_UP',
      'OK',
    ]);
    const after = await written(academy);
    expect(after).toMatchObject({ signUps: 1, members: 1, participants: 1, audits: 1 });
  });

  it('refuses sign-up after the deadline and before the window with SIGN_UP_CLOSED, nothing written', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    // "By 3.5.2026" ends at 23:59:59.999 Helsinki time, a day and more before the clock.
    const closed = await openAcademy({
      applicationDeadline: new Date('2026-05-03T23:59:59.999+03:00'),
      selectionAnnouncementAt: new Date('2026-05-03T23:59:59.999+03:00'),
      consultationBookingDeadline: new Date('2026-05-03T23:59:59.999+03:00'),
    });
    const late = await signUp(contact, closed, organisation);
    expect(errorCode(late)).toBe('SIGN_UP_CLOSED');
    expect(late.errors?.[0].extensions).toMatchObject({
      deadline: '2026-05-03T20:59:59.999Z',
    });
    // In the caller's language, with the period in the academy's zone.
    expect(late.errors?.[0].message).toMatch(/^Sign-up is not open\. Sign-up period: .+ to .+$/);
    expect(late.errors?.[0].message).toContain('23:59');
    expect(await written(closed)).toMatchObject(nothing);

    const notYet = await openAcademy({ applicationOpensAt: new Date('2026-05-05T00:00:00+03:00') });
    expect(errorCode(await signUp(contact, notYet, organisation))).toBe('SIGN_UP_CLOSED');
    expect(await written(notYet)).toMatchObject(nothing);

    // The deadline's last millisecond still counts.
    const lastMoment = await openAcademy({ applicationDeadline: new Date('2026-05-04T09:00:00Z') });
    expect(errorCode(await signUp(contact, lastMoment, organisation))).toBe('OK');
  });

  it('refuses a SELECTIVE academy (NOT_OPEN_ENROLMENT), unaccepted terms and a non-member, nothing written', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);

    const selective = await createAcademy(testApp.dataSource);
    expect(errorCode(await signUp(contact, selective, organisation))).toBe('NOT_OPEN_ENROLMENT');
    expect(await written(selective)).toMatchObject(nothing);

    const withTerms = await openAcademy({ signUpTerms: TERMS });
    const refused = await signUp(contact, withTerms, organisation, false);
    expect(errorCode(refused)).toBe('TERMS_NOT_ACCEPTED');
    expect(refused.errors?.[0].extensions).toMatchObject({ field: 'input.acceptTerms' });
    expect(await written(withTerms)).toMatchObject(nothing);

    // Someone outside the organisation cannot sign it up (nor learn that it exists).
    const outsider = await createSignedInUser(testApp.dataSource);
    expect(errorCode(await signUp(outsider, withTerms, organisation))).toBe('NOT_FOUND');
    expect(await written(withTerms)).toMatchObject(nothing);

    // A DRAFT academy is not there for the public.
    const draft = await openAcademy({ status: AcademyStatus.DRAFT });
    expect(errorCode(await signUp(contact, draft, organisation))).toBe('NOT_FOUND');

    // Without terms, none need accepting.
    const noTerms = await openAcademy();
    expect(errorCode(await signUp(contact, noTerms, organisation, false))).toBe('OK');
  });

  it('seeds a past sign-up for the demo: the sign-up and the membership carry its instant, no mail', async () => {
    const academy = await openAcademy({
      applicationOpensAt: new Date('2018-09-01T00:00:00+03:00'),
      applicationDeadline: new Date('2018-11-05T23:59:59.999+02:00'),
      consultationBookingDeadline: new Date('2018-11-05T23:59:59.999+02:00'),
      selectionAnnouncementAt: new Date('2018-11-05T23:59:59.999+02:00'),
    });
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const mailsBefore = (await written(academy)).mails;
    const at = new Date('2018-10-15T10:00:00+03:00');
    await testApp.dataSource.transaction((manager) =>
      testApp.app.get(EnrolmentSeedService).seedSignUp(manager, {
        academyId: academy.id,
        organisationId: organisation.id,
        signer: { userId: contact.user.id, name: 'Kaisa', email: contact.user.email },
        signedUpAt: at,
      }),
    );
    expect(await written(academy)).toEqual({
      signUps: 1,
      members: 1,
      participants: 1,
      audits: 0,
      mails: mailsBefore,
    });
    const [row] = await testApp.dataSource.query<Array<{ created_at: Date; joined_at: Date }>>(
      `SELECT s.created_at, m.joined_at FROM sign_ups s
       JOIN cohort_members m ON m.academy_id = s.academy_id AND m.organisation_id = s.organisation_id
       WHERE s.academy_id = $1`,
      [academy.id],
    );
    expect(row).toEqual({ created_at: at, joined_at: at });
  });

  it('refuses applications to an OPEN academy with ENROLMENT_IS_OPEN', async () => {
    const academy = await openAcademy();
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    const response = await testApp.graphql(
      SAVE_DRAFT,
      { input: { academyId: academy.id, organisationId: organisation.id } },
      contact.headers,
    );
    expect(errorCode(response)).toBe('ENROLMENT_IS_OPEN');
    expect(
      await count(`SELECT count(*)::int AS n FROM applications WHERE academy_id = $1`, [
        academy.id,
      ]),
    ).toBe(0);
  });

  it('lets admins set enrolment and terms while DRAFT, and refuses changing the enrolment after (ENROLMENT_LOCKED)', async () => {
    const draft = await createAcademy(testApp.dataSource, { status: AcademyStatus.DRAFT });
    const set = await graphqlOk<{ updateAcademy: { enrolment: string; signUpTerms: unknown } }>(
      testApp,
      UPDATE_ACADEMY,
      {
        input: {
          academyId: draft.id,
          enrolment: 'OPEN',
          signUpTerms: { fi: TERMS.fi, en: TERMS.en },
        },
      },
      admin.headers,
    );
    expect(set.updateAcademy).toEqual({
      enrolment: 'OPEN',
      signUpTerms: { fi: TERMS.fi, en: TERMS.en },
    });

    const published = await createAcademy(testApp.dataSource);
    const locked = await testApp.graphql(
      UPDATE_ACADEMY,
      { input: { academyId: published.id, enrolment: 'OPEN' } },
      admin.headers,
    );
    expect(errorCode(locked)).toBe('ENROLMENT_LOCKED');
    // Terms stay editable; null removes them.
    const cleared = await graphqlOk<{ updateAcademy: { enrolment: string; signUpTerms: unknown } }>(
      testApp,
      UPDATE_ACADEMY,
      { input: { academyId: draft.id, signUpTerms: null } },
      admin.headers,
    );
    expect(cleared.updateAcademy).toEqual({ enrolment: 'OPEN', signUpTerms: null });
  });
});

describe('Organisation types of open programmes (business ID optional for individuals and associations)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const create = (who: SignedInUser, input: Record<string, unknown>) =>
    testApp.graphql<{
      createOrganisation: {
        id: string;
        type: string;
        businessId: string | null;
        associationRegisterNumber: string | null;
      };
    }>(CREATE_ORGANISATION, { input }, who.headers);
  const organisationCount = () => testApp.dataSource.getRepository(OrganisationEntity).count();

  it('accepts an INDIVIDUAL and an ASSOCIATION without a business ID, an association with its register number', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const individual = await create(person, {
      name: 'Kunnanvaltuutettu Matti Virtanen',
      type: 'INDIVIDUAL',
    });
    expect(individual.data?.createOrganisation).toMatchObject({
      type: 'INDIVIDUAL',
      businessId: null,
    });
    const association = await create(person, {
      name: 'Kotkan Kierrätysyhdistys ry',
      type: 'ASSOCIATION',
      associationRegisterNumber: '123.456',
    });
    expect(association.data?.createOrganisation).toMatchObject({
      type: 'ASSOCIATION',
      businessId: null,
      associationRegisterNumber: '123456',
    });
    // Two without a business ID never collide; a register number is unique.
    expect(errorCode(await create(person, { name: 'Toinen ry', type: 'ASSOCIATION' }))).toBe('OK');
    const before = await organisationCount();
    const taken = await create(person, {
      name: 'Sama ry',
      type: 'ASSOCIATION',
      associationRegisterNumber: '123456',
    });
    expect(errorCode(taken)).toBe('REGISTER_NUMBER_TAKEN');
    expect(await organisationCount()).toBe(before);
  });

  it('accepts the new legal-person types with a business ID', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    for (const type of [
      'COMPANY',
      'EDUCATIONAL_INSTITUTION',
      'RESEARCH_ORGANISATION',
      'ASSOCIATION',
    ]) {
      const response = await create(person, {
        name: `Org ${type}`,
        type,
        businessId: nextBusinessId(),
      });
      expect(response.data?.createOrganisation.type).toBe(type);
    }
  });

  it('refuses a MUNICIPALITY or a COMPANY without a business ID (BUSINESS_ID_REQUIRED), nothing written', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const before = await organisationCount();
    for (const type of ['MUNICIPALITY', 'COMPANY']) {
      const response = await create(person, { name: 'Nimetön', type });
      expect(errorCode(response)).toBe('BUSINESS_ID_REQUIRED');
      expect(response.errors?.[0].extensions).toMatchObject({ field: 'input.businessId' });
    }
    // A register number belongs to associations only.
    expect(
      errorCode(
        await create(person, {
          name: 'Yritys Oy',
          type: 'COMPANY',
          businessId: nextBusinessId(),
          associationRegisterNumber: '1234',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await organisationCount()).toBe(before);
  });

  it('refuses changing an individual into a municipality without giving a business ID', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const individual = await create(person, { name: 'Henkilö', type: 'INDIVIDUAL' });
    const id = individual.data!.createOrganisation.id;
    const update = (input: Record<string, unknown>) =>
      testApp.graphql(
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { type businessId } }`,
        { input: { organisationId: id, ...input } },
        person.headers,
      );
    expect(errorCode(await update({ type: 'MUNICIPALITY' }))).toBe('BUSINESS_ID_REQUIRED');
    const businessId = nextBusinessId();
    const changed = await update({ type: 'COMPANY', businessId });
    expect(changed.data).toEqual({ updateOrganisation: { type: 'COMPANY', businessId } });
  });

  it('keeps the database check: no business ID for a municipality even past the service', async () => {
    const repository = testApp.dataSource.getRepository(OrganisationEntity);
    await expect(
      repository.insert({
        name: 'Suora',
        businessId: null,
        type: 'MUNICIPALITY' as never,
        region: null,
      }),
    ).rejects.toMatchObject({ constraint: 'ck_organisations_business_id_required' });
  });
});
