import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import {
  addCohortMember,
  addMember,
  createAcademy,
  createAdmin,
  createDraftAcademy,
  createExpert,
  createOrganisation,
  createOrganisationWithContact,
  createSignedInUser,
  scheduleEvent,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE = `mutation ($input: CreateAcademyInput!) {
  createAcademy(input: $input) { id slug status applicationDeadline dates { applicationDeadline { instant local text(locale: fi) } } }
}`;

const validInput = (slug: string) => ({
  slug,
  theme: 'kiertotalous',
  title: { fi: 'Testiakatemia', sv: 'Testakademi', en: 'Test academy' },
  description: { fi: 'Kuvaus' },
  applicationOpensAt: '2027-03-01T00:00',
  applicationDeadline: '2027-05-31T23:59:59',
  consultationBookingDeadline: '2027-05-31T23:59:59',
  selectionAnnouncementAt: '2027-06-18T12:00',
  capacity: 7,
});

describe('academy administration and timeline rules', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;
  let person: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
    person = await createSignedInUser(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  it('creates a draft from local times in the academy zone, shows it as instant and local text, publishes it', async () => {
    const created = await testApp.graphql<{
      createAcademy: {
        id: string;
        status: string;
        applicationDeadline: string;
        dates: { applicationDeadline: Record<string, string> };
      };
    }>(CREATE, { input: validInput('testi-2027') }, admin.headers);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAcademy).toMatchObject({
      status: 'DRAFT',
      applicationDeadline: '2027-05-31T20:59:59.000Z',
      dates: {
        applicationDeadline: { instant: '2027-05-31T20:59:59.000Z', local: '2027-05-31T23:59:59' },
      },
    });
    expect(created.data!.createAcademy.dates.applicationDeadline.text).toMatch(/31\.5\.2027/);
    // Drafts are not public.
    expect((await testApp.graphql('{ academy(slug: "testi-2027") { id } }')).data).toEqual({
      academy: null,
    });
    expect(
      (await testApp.graphql('{ academy(slug: "testi-2027") { id } }', undefined, admin.headers))
        .data,
    ).toEqual({
      academy: { id: created.data!.createAcademy.id },
    });
    const published = await testApp.graphql(
      'mutation ($input: AcademyIdInput!) { publishAcademy(input: $input) { status } }',
      { input: { academyId: created.data!.createAcademy.id } },
      admin.headers,
    );
    expect(published.data).toEqual({ publishAcademy: { status: 'OPEN' } });
    expect((await testApp.graphql('{ academy(slug: "testi-2027") { status } }')).data).toEqual({
      academy: { status: 'OPEN' },
    });
    const actions = (
      await testApp.dataSource
        .getRepository(AuditEntryEntity)
        .findBy({ entityId: created.data!.createAcademy.id })
    ).map((entry) => entry.action);
    expect(actions.sort()).toEqual(['academy.created', 'academy.open']);
  });

  it.each([
    [
      'a nonexistent local time',
      { applicationOpensAt: '2027-03-28T03:30' },
      'input.applicationOpensAt',
      'NONEXISTENT_LOCAL_TIME',
    ],
    [
      'an ambiguous local time',
      { applicationDeadline: '2027-10-31T03:30' },
      'input.applicationDeadline',
      'AMBIGUOUS_LOCAL_TIME',
    ],
    [
      'a malformed date',
      { selectionAnnouncementAt: '18.6.2027' },
      'input.selectionAnnouncementAt',
      'INVALID_DATE_TIME',
    ],
    [
      'a deadline before opening',
      { applicationDeadline: '2027-02-01T00:00' },
      'input.applicationDeadline',
      'order',
    ],
    ['an unknown time zone', { timeZone: 'Europe/Turku' }, 'input.timeZone', 'isTimeZone'],
    ['a title over the limit', { title: { fi: 'x'.repeat(201) } }, 'input.title.fi', 'maxLength'],
    ['a slug with capitals', { slug: 'Testi-2027' }, 'input.slug', 'matches'],
    [
      'a confirmation deadline at the announcement',
      { confirmationDeadline: '2027-06-18T12:00' },
      'input.confirmationDeadline',
      'order',
    ],
    [
      'a malformed confirmation deadline',
      { confirmationDeadline: '30.6.2027' },
      'input.confirmationDeadline',
      'INVALID_DATE_TIME',
    ],
    ['no days for a reserve', { reserveResponseDays: 0 }, 'input.reserveResponseDays', 'min'],
    ['61 days for a reserve', { reserveResponseDays: 61 }, 'input.reserveResponseDays', 'max'],
  ])('refuses %s naming the field, writing nothing', async (_case, change, field, rule) => {
    const before = await testApp.dataSource.getRepository(AcademyEntity).count();
    const response = await testApp.graphql(
      CREATE,
      { input: { ...validInput('virhe-2027'), ...change } },
      { ...admin.headers, 'accept-language': 'sv' },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.validationErrors).toEqual([
      expect.objectContaining({ field, rule }),
    ]);
    expect(await testApp.dataSource.getRepository(AcademyEntity).count()).toBe(before);
  });

  it('keeps the time zone when an update leaves it out', async () => {
    const created = await graphqlOk<{ createAcademy: { id: string } }>(
      testApp,
      CREATE,
      { input: { ...validInput('tukholma-2027'), timeZone: 'Europe/Stockholm' } },
      admin.headers,
    );
    const updated = await testApp.graphql(
      'mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { timeZone capacity } }',
      { input: { academyId: created.createAcademy.id, capacity: 9 } },
      admin.headers,
    );
    expect(updated.data).toEqual({ updateAcademy: { timeZone: 'Europe/Stockholm', capacity: 9 } });
  });

  describe('the confirmation deadline and the reserves’ answer time', () => {
    const UPDATE = `mutation ($input: UpdateAcademyInput!) {
      updateAcademy(input: $input) { confirmationDeadline reserveResponseDays dates { confirmationDeadline { instant local } } }
    }`;
    const SELECTION_TERMS = `mutation ($input: CreateAcademyInput!) {
      createAcademy(input: $input) { id confirmationDeadline reserveResponseDays dates { confirmationDeadline { instant local } } }
    }`;

    it('leaves them unset (14 days after the release) and 7 days by default', async () => {
      const created = await graphqlOk<{ createAcademy: Record<string, unknown> }>(
        testApp,
        SELECTION_TERMS,
        { input: validInput('oletukset-2027') },
        admin.headers,
      );
      expect(created.createAcademy).toMatchObject({
        confirmationDeadline: null,
        reserveResponseDays: 7,
        dates: { confirmationDeadline: null },
      });
    });

    it('sets them from local time, changes and clears the deadline, auditing each edit', async () => {
      const created = await graphqlOk<{ createAcademy: { id: string } & Record<string, unknown> }>(
        testApp,
        SELECTION_TERMS,
        {
          input: {
            ...validInput('vahvistus-2027'),
            confirmationDeadline: '2027-06-30T23:59:59',
            reserveResponseDays: 10,
          },
        },
        admin.headers,
      );
      const academyId = created.createAcademy.id;
      expect(created.createAcademy).toMatchObject({
        confirmationDeadline: '2027-06-30T20:59:59.000Z',
        reserveResponseDays: 10,
        dates: {
          confirmationDeadline: {
            instant: '2027-06-30T20:59:59.000Z',
            local: '2027-06-30T23:59:59',
          },
        },
      });
      const changed = await graphqlOk<{ updateAcademy: Record<string, unknown> }>(
        testApp,
        UPDATE,
        { input: { academyId, confirmationDeadline: '2027-07-02T16:00', reserveResponseDays: 60 } },
        admin.headers,
      );
      expect(changed.updateAcademy).toMatchObject({
        confirmationDeadline: '2027-07-02T13:00:00.000Z',
        reserveResponseDays: 60,
      });
      // Read back by slug as well (the public read path has its own row mapping).
      const bySlug = await graphqlOk<{ academy: Record<string, unknown> }>(
        testApp,
        `query { academy(slug: "vahvistus-2027") { confirmationDeadline reserveResponseDays dates { confirmationDeadline { local } } } }`,
        {},
        admin.headers,
      );
      expect(bySlug.academy).toEqual({
        confirmationDeadline: '2027-07-02T13:00:00.000Z',
        reserveResponseDays: 60,
        dates: { confirmationDeadline: { local: '2027-07-02T16:00:00' } },
      });
      // Left out: kept.
      const kept = await graphqlOk<{ updateAcademy: Record<string, unknown> }>(
        testApp,
        UPDATE,
        { input: { academyId, capacity: 8 } },
        admin.headers,
      );
      expect(kept.updateAcademy).toMatchObject({
        confirmationDeadline: '2027-07-02T13:00:00.000Z',
        reserveResponseDays: 60,
      });
      const cleared = await graphqlOk<{ updateAcademy: Record<string, unknown> }>(
        testApp,
        UPDATE,
        { input: { academyId, confirmationDeadline: null } },
        admin.headers,
      );
      expect(cleared.updateAcademy).toMatchObject({
        confirmationDeadline: null,
        dates: { confirmationDeadline: null },
      });
      const audits = await testApp.dataSource.getRepository(AuditEntryEntity).find({
        where: { entityId: academyId, action: 'academy.updated' },
        order: { createdAt: 'ASC' },
      });
      expect(audits.map((entry) => [entry.before, entry.after])).toEqual([
        [
          expect.objectContaining({
            confirmationDeadline: '2027-06-30T20:59:59.000Z',
            reserveResponseDays: 10,
          }),
          expect.objectContaining({
            confirmationDeadline: '2027-07-02T13:00:00.000Z',
            reserveResponseDays: 60,
          }),
        ],
        [expect.anything(), expect.objectContaining({ capacity: 8 })],
        [
          expect.anything(),
          expect.objectContaining({ confirmationDeadline: null, reserveResponseDays: 60 }),
        ],
      ]);
    });

    it.each([
      [
        'a deadline before the announcement',
        { confirmationDeadline: '2027-06-01T12:00' },
        'input.confirmationDeadline',
        'order',
      ],
      [
        'an announcement moved past the deadline',
        { selectionAnnouncementAt: '2027-07-01T12:00' },
        'input.confirmationDeadline',
        'order',
      ],
      ['61 days for a reserve', { reserveResponseDays: 61 }, 'input.reserveResponseDays', 'max'],
    ])(
      'refuses %s on update naming the field, changing nothing',
      async (_case, change, field, rule) => {
        const academy = await createAcademy(testApp.dataSource, {
          ...SPRING_2027,
          confirmationDeadline: new Date('2027-06-30T23:59:59+03:00'),
        });
        const response = await testApp.graphql(
          UPDATE,
          { input: { academyId: academy.id, ...change } },
          admin.headers,
        );
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].extensions?.validationErrors).toEqual([
          expect.objectContaining({ field, rule }),
        ]);
        const after = await testApp.dataSource
          .getRepository(AcademyEntity)
          .findOneByOrFail({ id: academy.id });
        expect(after).toMatchObject({
          confirmationDeadline: academy.confirmationDeadline,
          selectionAnnouncementAt: academy.selectionAnnouncementAt,
          reserveResponseDays: 7,
        });
        expect(
          await testApp.dataSource
            .getRepository(AuditEntryEntity)
            .countBy({ entityId: academy.id, action: 'academy.updated' }),
        ).toBe(0);
      },
    );
  });

  it('answers SLUG_TAKEN for a second academy with the same slug', async () => {
    await graphqlOk(testApp, CREATE, { input: validInput('kaksi-2027') }, admin.headers);
    const again = await testApp.graphql(CREATE, { input: validInput('kaksi-2027') }, admin.headers);
    expect(again.errors?.[0].extensions?.code).toBe('SLUG_TAKEN');
  });

  it('keeps outcomes private by default; admins make them public on create and update', async () => {
    const FLAG = `mutation ($input: CreateAcademyInput!) { createAcademy(input: $input) { id publicOutcomes } }`;
    const UPDATE_FLAG = `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { publicOutcomes } }`;
    const plain = await graphqlOk<{ createAcademy: { id: string; publicOutcomes: boolean } }>(
      testApp,
      FLAG,
      { input: validInput('tulokset-oletus-2027') },
      admin.headers,
    );
    expect(plain.createAcademy.publicOutcomes).toBe(false);
    const open = await graphqlOk<{ createAcademy: { id: string; publicOutcomes: boolean } }>(
      testApp,
      FLAG,
      { input: { ...validInput('tulokset-julki-2027'), publicOutcomes: true } },
      admin.headers,
    );
    expect(open.createAcademy.publicOutcomes).toBe(true);
    const input = { academyId: plain.createAcademy.id, publicOutcomes: true };
    for (const caller of [expert, person]) {
      const refused = await testApp.graphql(UPDATE_FLAG, { input }, caller.headers);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await testApp.graphql(
      UPDATE_FLAG,
      { input: { ...input, publicOutcomes: 'yes' } },
      admin.headers,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const updated = await graphqlOk<{ updateAcademy: { publicOutcomes: boolean } }>(
      testApp,
      UPDATE_FLAG,
      { input },
      admin.headers,
    );
    expect(updated.updateAcademy.publicOutcomes).toBe(true);
    const [audit] = await testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM audit_entries
        WHERE entity_id = $1 AND after->>'publicOutcomes' = 'true'`,
      [plain.createAcademy.id],
    );
    expect(audit.count).toBe(1);
  });

  it('lets only admins manage academies', async () => {
    for (const caller of [expert, person]) {
      const response = await testApp.graphql(
        CREATE,
        { input: validInput('ei-2027') },
        caller.headers,
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('moves the status forward only: published once, never back, ARCHIVED only by archiving', async () => {
    const created = await graphqlOk<{ createAcademy: { id: string } }>(
      testApp,
      CREATE,
      { input: validInput('elinkaari-2027') },
      admin.headers,
    );
    const academyId = created.createAcademy.id;
    const codeOf = errorCode;
    const setStatus = (status: string) =>
      testApp.graphql<{ updateAcademy: { status: string } }>(
        'mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { status } }',
        { input: { academyId, status } },
        admin.headers,
      );
    const publish = () =>
      testApp.graphql(
        'mutation ($input: AcademyIdInput!) { publishAcademy(input: $input) { status } }',
        { input: { academyId } },
        admin.headers,
      );
    const archive = () =>
      testApp.graphql(
        'mutation ($input: AcademyIdInput!) { archiveAcademy(input: $input) { status } }',
        { input: { academyId } },
        admin.headers,
      );
    const stored = async () =>
      (await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id: academyId }))
        .status;

    expect((await publish()).data).toEqual({ publishAcademy: { status: 'OPEN' } });
    expect(codeOf(await publish())).toBe('INVALID_STATUS_CHANGE');
    expect((await setStatus('SELECTION')).data).toEqual({ updateAcademy: { status: 'SELECTION' } });
    for (const back of ['OPEN', 'DRAFT']) {
      expect(codeOf(await setStatus(back))).toBe('INVALID_STATUS_CHANGE');
      expect(await stored()).toBe('SELECTION');
    }
    expect((await setStatus('RUNNING')).data).toEqual({ updateAcademy: { status: 'RUNNING' } });
    expect((await setStatus('ALUMNI')).data).toEqual({ updateAcademy: { status: 'ALUMNI' } });
    expect(codeOf(await setStatus('RUNNING'))).toBe('INVALID_STATUS_CHANGE');
    // ARCHIVED is not a step of the lifecycle: only archiveAcademy reaches it.
    expect(codeOf(await setStatus('ARCHIVED'))).toBe('INVALID_STATUS_CHANGE');
    expect(await stored()).toBe('ALUMNI');
    expect((await archive()).data).toEqual({ archiveAcademy: { status: 'ARCHIVED' } });
    // Nothing leads out of the archive.
    expect(codeOf(await setStatus('ALUMNI'))).toBe('INVALID_STATUS_CHANGE');
    expect(codeOf(await publish())).toBe('INVALID_STATUS_CHANGE');
    expect(await stored()).toBe('ARCHIVED');
    // Each accepted change is audited; the refused ones wrote nothing.
    const actions = (
      await testApp.dataSource
        .getRepository(AuditEntryEntity)
        .find({ where: { entityId: academyId }, order: { createdAt: 'ASC' } })
    ).map((entry) => [entry.action, (entry.after as { status?: string }).status]);
    expect(actions).toEqual([
      ['academy.created', 'DRAFT'],
      ['academy.open', 'OPEN'],
      ['academy.updated', 'SELECTION'],
      ['academy.updated', 'RUNNING'],
      ['academy.updated', 'ALUMNI'],
      ['academy.archived', 'ARCHIVED'],
    ]);
  });

  it('archives an academy from any status: gone from public lists and its calendar, kept for staff', async () => {
    const open = await createAcademy(testApp.dataSource);
    const draft = await createDraftAcademy(testApp.dataSource);
    await scheduleEvent(testApp, admin, { academyId: open.id });
    const calendar = () => fetch(`${testApp.url}/calendar/academies/${open.slug}.ics`);
    expect((await calendar()).status).toBe(200);
    const archive = (academyId: string, caller: SignedInUser) =>
      testApp.graphql(
        'mutation ($input: AcademyIdInput!) { archiveAcademy(input: $input) { status } }',
        { input: { academyId } },
        caller.headers,
      );
    expect((await archive(open.id, expert)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await archive(open.id, admin)).data).toEqual({
      archiveAcademy: { status: 'ARCHIVED' },
    });
    expect((await archive(draft.id, admin)).data).toEqual({
      archiveAcademy: { status: 'ARCHIVED' },
    });
    const slugs = async (headers?: Record<string, string>) =>
      (
        await graphqlOk<{ academies: Array<{ slug: string; status: string }> }>(
          testApp,
          '{ academies { slug status } }',
          undefined,
          headers,
        )
      ).academies;
    expect((await slugs()).map((academy) => academy.slug)).not.toContain(open.slug);
    expect(
      (
        await testApp.graphql('query ($slug: String!) { academy(slug: $slug) { id } }', {
          slug: open.slug,
        })
      ).data,
    ).toEqual({ academy: null });
    expect((await calendar()).status).toBe(404);
    expect(await slugs(admin.headers)).toEqual(
      expect.arrayContaining([
        { slug: open.slug, status: 'ARCHIVED' },
        { slug: draft.slug, status: 'ARCHIVED' },
      ]),
    );
  });

  describe('events', () => {
    let academyId: string;
    const schedule = (input: Record<string, unknown>, caller: SignedInUser) =>
      testApp.graphql<{ scheduleEvent: { id: string } }>(
        'mutation ($input: ScheduleEventInput!) { scheduleEvent(input: $input) { id sequence } }',
        {
          input: {
            academyId,
            kind: 'WORKSHOP',
            title: { fi: 'Työpaja' },
            startsAt: '2026-09-10T09:00',
            endsAt: '2026-09-10T11:30',
            mode: 'REMOTE',
            ...input,
          },
        },
        caller.headers,
      );

    beforeAll(async () => {
      academyId = (await createAcademy(testApp.dataSource)).id;
    });

    it('refuses an end before the start and a spring-forward start', async () => {
      const backwards = await schedule({ endsAt: '2026-09-10T08:00' }, admin);
      expect(backwards.errors?.[0].extensions?.validationErrors).toEqual([
        expect.objectContaining({ field: 'input.endsAt', rule: 'endAfterStart' }),
      ]);
      const missingHour = await schedule(
        { startsAt: '2027-03-28T03:15', endsAt: '2027-03-28T05:00' },
        admin,
      );
      expect(missingHour.errors?.[0].extensions?.validationErrors).toEqual([
        expect.objectContaining({ field: 'input.startsAt', rule: 'NONEXISTENT_LOCAL_TIME' }),
      ]);
    });

    it('lets an expert schedule and change only sessions they host', async () => {
      const notHosting = await schedule({ kind: 'SPARRING' }, expert);
      expect(notHosting.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const hosting = await schedule({ kind: 'SPARRING', hostIds: [expert.user.id] }, expert);
      expect(hosting.errors).toBeUndefined();
      const byAdmin = await schedule({}, admin);
      expect(byAdmin.errors).toBeUndefined();
      const foreign = await testApp.graphql(
        'mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { status } }',
        { input: { eventId: byAdmin.data!.scheduleEvent.id } },
        expert.headers,
      );
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const own = await testApp.graphql(
        'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { sequence } }',
        { input: { eventId: hosting.data!.scheduleEvent.id, place: 'Teams' } },
        expert.headers,
      );
      expect(own.data).toEqual({ updateEvent: { sequence: 1 } });
    });

    it('shows organisation and alumni events only to those they concern', async () => {
      const member = await createSignedInUser(testApp.dataSource);
      const organisation = await createOrganisation(testApp.dataSource, member.user);
      const outsider = await createSignedInUser(testApp.dataSource);
      await createOrganisation(testApp.dataSource, outsider.user);
      await addMember(
        testApp.dataSource,
        organisation,
        (await createSignedInUser(testApp.dataSource)).user,
      );
      expect(
        (
          await schedule(
            {
              kind: 'FOLLOW_UP_MEETING',
              title: { fi: 'Seuranta' },
              audience: 'ORGANISATION',
              audienceOrganisationId: organisation.id,
            },
            admin,
          )
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await schedule(
            { kind: 'ALUMNI_MEETING', title: { fi: 'Alumnit' }, audience: 'ALUMNI' },
            admin,
          )
        ).errors,
      ).toBeUndefined();
      const slug = (
        await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id: academyId })
      ).slug;
      const titles = async (headers?: Record<string, string>) =>
        (
          await testApp.graphql<{ academy: { events: Array<{ title: { fi: string } }> } }>(
            `{ academy(slug: "${slug}") { events { title { fi } } } }`,
            undefined,
            headers,
          )
        ).data!.academy.events.map((event) => event.title.fi);
      expect(await titles()).not.toEqual(expect.arrayContaining(['Seuranta']));
      expect(await titles()).not.toContain('Alumnit');
      expect(await titles(outsider.headers)).not.toContain('Seuranta');
      expect(await titles(member.headers)).toContain('Seuranta');
      expect(await titles(admin.headers)).toEqual(expect.arrayContaining(['Seuranta', 'Alumnit']));
    });

    it('answers in the language of the locale argument', async () => {
      expect(
        (
          await schedule(
            { title: { fi: 'Kielitesti', sv: 'Språktest', en: 'Language test' } },
            admin,
          )
        ).errors,
      ).toBeUndefined();
      const slug = (
        await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id: academyId })
      ).slug;
      const response = await testApp.graphql<{
        academy: { events: Array<{ title: { text: string } }> };
      }>(
        `{ academy(slug: "${slug}", locale: sv) { events { title { text } start { local } } } }`,
        undefined,
        { 'accept-language': 'en' },
      );
      expect(response.data!.academy.events.map((event) => event.title.text)).toContain('Språktest');
    });

    it('shows ALUMNI events to the members of cohort organisations only (and to staff)', async () => {
      const alumniAcademy = await createAcademy(testApp.dataSource, {
        status: AcademyStatus.ALUMNI,
      });
      const otherAcademy = await createAcademy(testApp.dataSource);
      const cohort = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
      await addCohortMember(testApp.dataSource, alumniAcademy, cohort.organisation);
      // In another academy's cohort: alumni of that one, not of this one.
      const elsewhere = await createOrganisationWithContact(testApp.dataSource);
      await addCohortMember(testApp.dataSource, otherAcademy, elsewhere.organisation);
      const applicantOnly = await createOrganisationWithContact(testApp.dataSource);
      await scheduleEvent(testApp, admin, {
        academyId: alumniAcademy.id,
        title: { fi: 'Avoin työpaja' },
      });
      const meetingId = await scheduleEvent(testApp, admin, {
        academyId: alumniAcademy.id,
        kind: 'ALUMNI_MEETING',
        title: { fi: 'Alumnitapaaminen' },
        audience: 'ALUMNI',
      });
      const titles = async (headers?: Record<string, string>) =>
        (
          await graphqlOk<{ academy: { events: Array<{ title: { fi: string } }> } }>(
            testApp,
            'query ($slug: String!) { academy(slug: $slug) { events { title { fi } } } }',
            { slug: alumniAcademy.slug },
            headers,
          )
        ).academy.events
          .map((event) => event.title.fi)
          .sort();
      const both = ['Alumnitapaaminen', 'Avoin työpaja'];
      for (const insider of [cohort.contact, cohort.members[0], admin, expert]) {
        expect(await titles(insider.headers)).toEqual(both);
      }
      for (const outside of [undefined, elsewhere.contact.headers, applicantOnly.contact.headers]) {
        expect(await titles(outside)).toEqual(['Avoin työpaja']);
      }
      // The event's own download follows the same rule.
      const download = async (headers?: Record<string, string>) =>
        (await fetch(`${testApp.url}/calendar/events/${meetingId}.ics`, { headers })).status;
      expect(await download(cohort.members[0].headers)).toBe(200);
      expect(await download(elsewhere.contact.headers)).toBe(404);
      expect(await download()).toBe(404);
    });

    it('names an event’s hosts (hostNames), each event its own, following a change of hosts', async () => {
      const aino = await createExpert(testApp.dataSource, { name: 'Aino Asiantuntija' });
      const bertta = await createExpert(testApp.dataSource, { name: 'Bertta Bossi' });
      const cecilia = await createAdmin(testApp.dataSource, { name: 'Cecilia Coach' });
      const own = await createAcademy(testApp.dataSource);
      const scheduled = await graphqlOk<{ scheduleEvent: { id: string; hostNames: string[] } }>(
        testApp,
        'mutation ($input: ScheduleEventInput!) { scheduleEvent(input: $input) { id hostNames } }',
        {
          input: {
            academyId: own.id,
            kind: 'WORKSHOP',
            title: { fi: 'Kaksi vetäjää' },
            startsAt: '2026-09-10T09:00',
            endsAt: '2026-09-10T11:00',
            mode: 'REMOTE',
            hostIds: [bertta.user.id, aino.user.id],
          },
        },
        admin.headers,
      );
      expect(scheduled.scheduleEvent.hostNames.sort()).toEqual([
        'Aino Asiantuntija',
        'Bertta Bossi',
      ]);
      const single = await scheduleEvent(testApp, admin, {
        academyId: own.id,
        title: { fi: 'Yksi vetäjä' },
        hostIds: [cecilia.user.id],
      });
      await scheduleEvent(testApp, admin, { academyId: own.id, title: { fi: 'Ei vetäjää' } });
      const hostsByTitle = async () =>
        Object.fromEntries(
          (
            await graphqlOk<{
              academy: { events: Array<{ title: { fi: string }; hostNames: string[] }> };
            }>(
              testApp,
              'query ($slug: String!) { academy(slug: $slug) { events { title { fi } hostNames } } }',
              { slug: own.slug },
            )
          ).academy.events.map((event) => [event.title.fi, event.hostNames]),
        );
      expect(await hostsByTitle()).toEqual({
        'Kaksi vetäjää': ['Aino Asiantuntija', 'Bertta Bossi'],
        'Yksi vetäjä': ['Cecilia Coach'],
        'Ei vetäjää': [],
      });
      await graphqlOk(
        testApp,
        'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { sequence } }',
        { input: { eventId: single, hostIds: [aino.user.id] } },
        admin.headers,
      );
      expect((await hostsByTitle())['Yksi vetäjä']).toEqual(['Aino Asiantuntija']);
    });
  });
});
