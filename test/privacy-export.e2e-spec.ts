import { strFromU8, unzipSync } from 'fflate';
import { TestClock } from 'pg-boss';
import { PersonalDataRegistry } from '../src/common/privacy/personal-data.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import { DataExportArchives } from '../src/modules/privacy/export/data-export-archive.js';
import { DataExportsService } from '../src/modules/privacy/export/data-exports.service.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createAdmin,
  scheduleEvent,
  createOrganisationWithContact,
  createSignedInUser,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { enqueue } from './helpers/outbox.js';
import { sharedDatabaseOf, startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-03-01T09:00:00Z');
const HOUR = 3600_000;

const REQUEST_MINE = `mutation { requestMyDataExport { id kind status organisationId } }`;
const REQUEST_ORGANISATION = `mutation ($input: RequestOrganisationDataExportInput!) {
  requestOrganisationDataExport(input: $input) { id kind status organisationId } }`;
const MINE = `query { myDataExports { id kind status organisationId readyAt expiresAt downloadedAt sizeBytes } }`;

interface ExportRow {
  id: string;
  kind: string;
  status: string;
  organisationId: string | null;
  readyAt?: string | null;
  expiresAt?: string | null;
  downloadedAt?: string | null;
  sizeBytes?: number | null;
}

/** The archive's files as text, by path. */
function unzip(bytes: Uint8Array): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(bytes)).map(([path, content]) => [path, strFromU8(content)]),
  );
}

/**
 * Data export (issue 17): a person's and an organisation's archive, built by a durable job
 * and fetched once with the mailed link and the requester's session.
 */
describe('data export', () => {
  let testApp: TestApp;
  let jobClock: TestClock;
  let now = START;
  let admin: SignedInUser;

  beforeAll(async () => {
    jobClock = new TestClock(START);
    testApp = await startTestApp({ now: START, jobClock, env: { JOBS_ENABLED: 'true' } });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** Moves both clocks forward and runs the jobs due by then. */
  async function advance(milliseconds: number): Promise<void> {
    now = new Date(now.getTime() + milliseconds);
    await testApp.moveClock(now);
  }

  const countExports = async (): Promise<number> =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM data_exports',
      )
    )[0].n;

  /** The token in the newest export mail to this address. */
  async function linkTokenOf(address: string): Promise<string> {
    const [mail] = await testApp.dataSource.query<Array<{ text_body: string }>>(
      `SELECT text_body FROM outbox_messages WHERE type = 'DATA_EXPORT_READY' AND to_address = $1
       ORDER BY created_at DESC LIMIT 1`,
      [address],
    );
    const token = /\/my-data\/download\/([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? '')?.[1];
    if (!token) throw new Error(`No export mail to ${address}`);
    return token;
  }

  const download = (token: string, person?: SignedInUser) =>
    fetch(`${testApp.url}/exports/my-data/${token}`, {
      headers: person ? person.headers : { 'accept-language': 'en' },
    });

  /**
   * A person with data of every kind this track exports: profile, membership, session, a sent
   * mail, an audit entry, and an event of their cohort in their calendar.
   */
  async function personWithData(name: string) {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource);
    await addCohortMember(testApp.dataSource, academy, organisation);
    await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: `Työpaja ${name}`, en: `Workshop ${name}` },
      startsAt: '2027-04-12T10:00',
      endsAt: '2027-04-12T12:00',
    });
    await testApp.dataSource.query('UPDATE users SET name = $1 WHERE id = $2', [
      name,
      contact.user.id,
    ]);
    await enqueue(testApp, contact.user.email, `Tervetuloa, ${name}`);
    await testApp.sendMail();
    await testApp.dataSource.transaction((manager) =>
      testApp.app.get(AuditService).record(manager, {
        actorId: contact.user.id,
        action: 'TEST_ACTION',
        entityType: 'organisation',
        entityId: organisation.id,
        before: { name: 'old' },
        after: { name: 'new' },
      }),
    );
    return { organisation, person: contact, name };
  }

  it("builds the person's archive by a job, mails a one-time link, and the link works once with the session", async () => {
    const a = await personWithData('Aino Aaltonen');
    const b = await personWithData('Bertil Bäckström');

    const { requestMyDataExport } = await graphqlOk<{ requestMyDataExport: ExportRow }>(
      testApp,
      REQUEST_MINE,
      {},
      a.person.headers,
    );
    expect(requestMyDataExport).toMatchObject({ kind: 'PERSON', status: 'PENDING' });

    await advance(60_000);
    const { myDataExports } = await graphqlOk<{ myDataExports: ExportRow[] }>(
      testApp,
      MINE,
      {},
      a.person.headers,
    );
    expect(myDataExports).toHaveLength(1);
    expect(myDataExports[0]).toMatchObject({ id: requestMyDataExport.id, status: 'READY' });
    expect(new Date(myDataExports[0].expiresAt!).getTime()).toBe(now.getTime() + 24 * HOUR);

    const token = await linkTokenOf(a.person.user.email);
    // No session: refused before anything is read (a mail scanner opening the link).
    const anonymous = await download(token);
    expect(anonymous.status).toBe(401);
    // Another person's session with A's token: as if the token did not exist.
    const stranger = await download(token, b.person);
    expect(stranger.status).toBe(404);
    expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');

    const unknown = await download('x'.repeat(43), a.person);
    expect(unknown.status).toBe(404);
    // Each person lists only their own requests.
    const { myDataExports: theirs } = await graphqlOk<{ myDataExports: ExportRow[] }>(
      testApp,
      MINE,
      {},
      b.person.headers,
    );
    expect(theirs.map((row) => row.id)).not.toContain(requestMyDataExport.id);

    const response = await download(token, a.person);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.zip"/);
    const files = unzip(new Uint8Array(await response.arrayBuffer()));

    const index = JSON.parse(files.get('index.json')!) as {
      subject: { userId: string };
      kinds: Array<{ kind: string; records: number }>;
      files: string[];
    };
    expect(index.subject.userId).toBe(a.person.user.id);
    const kinds = Object.fromEntries(index.kinds.map((kind) => [kind.kind, kind.records]));
    expect(kinds).toMatchObject({
      profile: 1,
      sessions: 1,
      memberships: 1,
      mails: 1,
      'audit-entries': 1,
      'calendar-feeds': 0,
    });
    for (const kind of index.kinds) expect(files.has(`${kind.kind}.json`)).toBe(true);
    expect(files.has('calendar.ics')).toBe(true);
    // Their cohort's event, in their language (the factory's person reads English).
    expect(files.get('calendar.ics')).toContain('SUMMARY:Workshop Aino Aaltonen');

    const profile = JSON.parse(files.get('profile.json')!) as Array<{
      email: string;
      name: string;
    }>;
    expect(profile).toEqual([
      expect.objectContaining({ email: a.person.user.email, name: 'Aino Aaltonen' }),
    ]);
    const memberships = JSON.parse(files.get('memberships.json')!) as Array<{
      organisationId: string;
      role: string;
    }>;
    expect(memberships).toEqual([
      expect.objectContaining({ organisationId: a.organisation.id, role: MembershipRole.CONTACT }),
    ]);
    const sessions = files.get('sessions.json')!;
    expect(sessions).not.toMatch(/token/i);
    const audit = JSON.parse(files.get('audit-entries.json')!) as Array<{
      action: string;
      changedFields: string[];
    }>;
    expect(audit).toEqual([
      expect.objectContaining({ action: 'TEST_ACTION', changedFields: ['name'] }),
    ]);
    const emls = [...files.keys()].filter((path) => path.endsWith('.eml'));
    expect(emls).toHaveLength(1);
    expect(files.get(emls[0])).toContain(`To: ${a.person.user.email}`);
    expect(files.get(emls[0])).toMatch(/^Subject: /m);

    // Nothing of the other person anywhere in the archive.
    const everything = [...files.values()].join('\n').toLowerCase();
    for (const trace of [b.person.user.id, b.person.user.email, b.name, b.organisation.id])
      expect(everything).not.toContain(trace.toLowerCase());

    // Used once: the second download is refused and the archive is gone.
    const again = await download(token, a.person);
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      'EXPORT_LINK_USED',
    );
    const [row] = await testApp.dataSource.query<
      Array<{ status: string; archive: Buffer | null; downloaded_at: Date | null }>
    >('SELECT status, archive, downloaded_at FROM data_exports WHERE id = $1', [
      requestMyDataExport.id,
    ]);
    expect(row).toMatchObject({ status: 'DOWNLOADED', archive: null });
    expect(row.downloaded_at).not.toBeNull();
  });

  it('gives the archive to exactly one of two downloads at the same time', async () => {
    const { person } = await personWithData('Cecilia Carlsson');
    await graphqlOk(testApp, REQUEST_MINE, {}, person.headers);
    await advance(60_000);
    const token = await linkTokenOf(person.user.email);
    const statuses = (await Promise.all([download(token, person), download(token, person)])).map(
      (response) => response.status,
    );
    expect(statuses.sort()).toEqual([200, 410]);
  });

  it('builds once: a second run of the job changes nothing and mails nothing more', async () => {
    const { person } = await personWithData('Daniel Dahl');
    const { requestMyDataExport } = await graphqlOk<{ requestMyDataExport: ExportRow }>(
      testApp,
      REQUEST_MINE,
      {},
      person.headers,
    );
    await advance(60_000);
    const token = await linkTokenOf(person.user.email);
    await testApp.app.get(DataExportsService).build(requestMyDataExport.id);
    expect(await linkTokenOf(person.user.email)).toBe(token);
    const [mails] = await testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE type = 'DATA_EXPORT_READY' AND to_address = $1`,
      [person.user.email],
    );
    expect(mails.n).toBe(1);
  });

  it('expires the link after 24 hours: the archive is purged by a job and a late download is refused', async () => {
    const { person } = await personWithData('Eero Eskola');
    const { requestMyDataExport } = await graphqlOk<{ requestMyDataExport: ExportRow }>(
      testApp,
      REQUEST_MINE,
      {},
      person.headers,
    );
    await advance(60_000);
    const token = await linkTokenOf(person.user.email);

    await advance(23 * HOUR);
    const [before] = await testApp.dataSource.query<Array<{ status: string; has: boolean }>>(
      'SELECT status, archive IS NOT NULL AS has FROM data_exports WHERE id = $1',
      [requestMyDataExport.id],
    );
    expect(before).toEqual({ status: 'READY', has: true });

    await advance(1 * HOUR + 60_000);
    const [after] = await testApp.dataSource.query<Array<{ status: string; has: boolean }>>(
      'SELECT status, archive IS NOT NULL AS has FROM data_exports WHERE id = $1',
      [requestMyDataExport.id],
    );
    expect(after).toEqual({ status: 'EXPIRED', has: false });

    const late = await download(token, person);
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe(
      'EXPORT_LINK_EXPIRED',
    );
  });

  it('refuses a link past its expiry even before the purge job has run', async () => {
    const { person } = await personWithData('Helmi Hakala');
    const { requestMyDataExport } = await graphqlOk<{ requestMyDataExport: ExportRow }>(
      testApp,
      REQUEST_MINE,
      {},
      person.headers,
    );
    await advance(60_000);
    const token = await linkTokenOf(person.user.email);
    // Only the app's clock moves: the job queue's stays, so the purge job does not run.
    now = new Date(now.getTime() + 24 * HOUR + 60_000);
    testApp.clock.set(now);
    const state = async () =>
      testApp.dataSource.query<Array<{ status: string; has: boolean }>>(
        'SELECT status, archive IS NOT NULL AS has FROM data_exports WHERE id = $1',
        [requestMyDataExport.id],
      );
    expect(await state()).toEqual([{ status: 'READY', has: true }]);
    const late = await download(token, person);
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe(
      'EXPORT_LINK_EXPIRED',
    );
    expect(await state()).toEqual([{ status: 'READY', has: true }]);
  });

  it('refuses a second export within the hour, writing nothing', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    await graphqlOk(testApp, REQUEST_MINE, {}, person.headers);
    const rows = await countExports();
    const second = await testApp.graphql(REQUEST_MINE, {}, person.headers);
    expect(errorCode(second)).toBe('RATE_LIMITED');
    expect(await countExports()).toBe(rows);
    // Another person is not held up by it.
    const other = await createSignedInUser(testApp.dataSource);
    await graphqlOk(testApp, REQUEST_MINE, {}, other.headers);
  });

  it("exports an organisation's record, members and invitations to its contact, and nothing of another", async () => {
    const ours = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
    const theirs = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
    for (const { organisation, contact } of [ours, theirs]) {
      await graphqlOk(
        testApp,
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        {
          input: {
            organisationId: organisation.id,
            email: `invited-${organisation.id}@example.fi`,
            role: 'MEMBER',
          },
        },
        contact.headers,
      );
    }
    const { requestOrganisationDataExport } = await graphqlOk<{
      requestOrganisationDataExport: ExportRow;
    }>(
      testApp,
      REQUEST_ORGANISATION,
      { input: { organisationId: ours.organisation.id } },
      ours.contact.headers,
    );
    expect(requestOrganisationDataExport).toMatchObject({
      kind: 'ORGANISATION',
      status: 'PENDING',
      organisationId: ours.organisation.id,
    });
    await advance(60_000);
    const token = await linkTokenOf(ours.contact.user.email);
    const response = await download(token, ours.contact);
    expect(response.status).toBe(200);
    const files = unzip(new Uint8Array(await response.arrayBuffer()));
    const organisation = JSON.parse(files.get('organisation.json')!) as Array<{ id: string }>;
    expect(organisation.map((record) => record.id)).toEqual([ours.organisation.id]);
    const members = JSON.parse(files.get('members.json')!) as Array<{ userId: string }>;
    expect(members.map((member) => member.userId).sort()).toEqual(
      [ours.contact.user.id, ours.members[0].user.id].sort(),
    );
    const invitations = JSON.parse(files.get('invitations.json')!) as Array<{ email: string }>;
    expect(invitations.map((invitation) => invitation.email)).toEqual([
      `invited-${ours.organisation.id}@example.fi`,
    ]);
    const everything = [...files.values()].join('\n').toLowerCase();
    for (const trace of [
      theirs.organisation.id,
      theirs.organisation.name,
      theirs.contact.user.id,
      theirs.contact.user.email,
      theirs.members[0].user.email,
    ])
      expect(everything).not.toContain(trace.toLowerCase());
  });

  it('builds nothing for a contact who is no longer one when the job runs, and mails nothing', async () => {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource);
    const { requestOrganisationDataExport } = await graphqlOk<{
      requestOrganisationDataExport: ExportRow;
    }>(
      testApp,
      REQUEST_ORGANISATION,
      { input: { organisationId: organisation.id } },
      contact.headers,
    );
    await testApp.dataSource.query(
      `UPDATE memberships SET role = 'MEMBER' WHERE organisation_id = $1 AND user_id = $2`,
      [organisation.id, contact.user.id],
    );
    await advance(60_000);
    const [row] = await testApp.dataSource.query<Array<{ status: string; has: boolean }>>(
      'SELECT status, archive IS NOT NULL AS has FROM data_exports WHERE id = $1',
      [requestOrganisationDataExport.id],
    );
    expect(row).toEqual({ status: 'EXPIRED', has: false });
    await expect(linkTokenOf(contact.user.email)).rejects.toThrow(/No export mail/);
  });

  it('allows one organisation export per hour, whichever contact asks', async () => {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource);
    const second = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, organisation, second.user, MembershipRole.CONTACT);
    const input = { input: { organisationId: organisation.id } };
    await graphqlOk(testApp, REQUEST_ORGANISATION, input, contact.headers);
    const rows = await countExports();
    expect(errorCode(await testApp.graphql(REQUEST_ORGANISATION, input, second.headers))).toBe(
      'RATE_LIMITED',
    );
    expect(await countExports()).toBe(rows);
    // The person's own export is counted apart.
    await graphqlOk(testApp, REQUEST_MINE, {}, second.headers);
  });

  it("refuses an organisation's export to anyone but its contacts, writing nothing", async () => {
    const { organisation, members } = await createOrganisationWithContact(testApp.dataSource, {
      members: 1,
    });
    const stranger = await createSignedInUser(testApp.dataSource);
    const admin = await createAdmin(testApp.dataSource);
    const otherContact = (await createOrganisationWithContact(testApp.dataSource)).contact;
    await addMember(testApp.dataSource, organisation, otherContact.user, MembershipRole.MEMBER);
    const rows = await countExports();
    const attempt = (person: SignedInUser, organisationId = organisation.id) =>
      testApp.graphql(REQUEST_ORGANISATION, { input: { organisationId } }, person.headers);
    expect(errorCode(await attempt(members[0]))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(otherContact))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(admin))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(stranger))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(stranger, '00000000-0000-4000-8000-000000000000'))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await attempt(stranger, 'not-a-uuid'))).toBe('BAD_USER_INPUT');
    const anonymous = await testApp.graphql(REQUEST_ORGANISATION, {
      input: { organisationId: organisation.id },
    });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(await countExports()).toBe(rows);
  });

  it("erasure deletes the person's exports, a waiting archive included, and no one else's", async () => {
    const { person } = await personWithData('Gustav Grönholm');
    const other = await createSignedInUser(testApp.dataSource);
    await graphqlOk(testApp, REQUEST_MINE, {}, person.headers);
    await graphqlOk(testApp, REQUEST_MINE, {}, other.headers);
    await advance(60_000);
    const eraser = testApp.app
      .get(PersonalDataRegistry)
      .allErasers()
      .find((candidate) => candidate.name === 'data-exports')!;
    const counts = await testApp.dataSource.transaction((manager) =>
      eraser.erase(
        manager,
        { userId: person.user.id, email: person.user.email, name: 'Gustav Grönholm' },
        'Poistettu käyttäjä 000000',
      ),
    );
    expect(counts).toEqual({ data_exports: 1, data_exports_voided: 0 });
    const left = await testApp.dataSource.query<Array<{ requested_by_id: string }>>(
      'SELECT requested_by_id FROM data_exports WHERE requested_by_id = ANY($1::uuid[])',
      [[person.user.id, other.user.id]],
    );
    expect(left).toEqual([{ requested_by_id: other.user.id }]);
  });

  it('erasure voids the waiting organisation archives that name the person: member, invited or on the team, and no other', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const member = await createOrganisationWithContact(testApp.dataSource);
    await addMember(testApp.dataSource, member.organisation, person.user, MembershipRole.MEMBER);
    const inviting = await createOrganisationWithContact(testApp.dataSource);
    await graphqlOk(
      testApp,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: {
          organisationId: inviting.organisation.id,
          email: person.user.email,
          role: 'MEMBER',
        },
      },
      inviting.contact.headers,
    );
    const team = await createOrganisationWithContact(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource);
    await addCohortMember(testApp.dataSource, academy, team.organisation);
    await addCohortParticipant(testApp.dataSource, academy, team.organisation, {
      name: 'Tiina Tiimiläinen',
      email: person.user.email,
    });
    const unrelated = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
    const exportIds = new Map<string, string>();
    for (const { organisation, contact } of [member, inviting, team, unrelated]) {
      const { requestOrganisationDataExport } = await graphqlOk<{
        requestOrganisationDataExport: ExportRow;
      }>(
        testApp,
        REQUEST_ORGANISATION,
        { input: { organisationId: organisation.id } },
        contact.headers,
      );
      exportIds.set(organisation.id, requestOrganisationDataExport.id);
    }
    await advance(60_000);
    const token = await linkTokenOf(member.contact.user.email);
    const states = async () =>
      testApp.dataSource.query<Array<{ organisation_id: string; status: string; has: boolean }>>(
        `SELECT organisation_id, status, archive IS NOT NULL AS has FROM data_exports
          WHERE id = ANY($1::uuid[]) ORDER BY organisation_id`,
        [[...exportIds.values()]],
      );
    expect((await states()).every((row) => row.status === 'READY' && row.has)).toBe(true);

    await graphqlOk(
      testApp,
      `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { userId } }`,
      { input: { confirmEmail: person.user.email } },
      person.headers,
    );

    const expected = [member, inviting, team, unrelated]
      .map(({ organisation }) => ({
        organisation_id: organisation.id,
        status: organisation.id === unrelated.organisation.id ? 'READY' : 'EXPIRED',
        has: organisation.id === unrelated.organisation.id,
      }))
      .sort((a, b) => a.organisation_id.localeCompare(b.organisation_id));
    expect(await states()).toEqual(expected);
    const late = await download(token, member.contact);
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe(
      'EXPORT_LINK_EXPIRED',
    );
  });

  it("refuses an organisation's archive to a requester who is no longer its contact, changing nothing", async () => {
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource);
    const { requestOrganisationDataExport } = await graphqlOk<{
      requestOrganisationDataExport: ExportRow;
    }>(
      testApp,
      REQUEST_ORGANISATION,
      { input: { organisationId: organisation.id } },
      contact.headers,
    );
    await advance(60_000);
    const token = await linkTokenOf(contact.user.email);
    const state = async () =>
      testApp.dataSource.query<Array<{ status: string; has: boolean; downloaded: boolean }>>(
        `SELECT status, archive IS NOT NULL AS has, downloaded_at IS NOT NULL AS downloaded
          FROM data_exports WHERE id = $1`,
        [requestOrganisationDataExport.id],
      );
    expect(await state()).toEqual([{ status: 'READY', has: true, downloaded: false }]);
    await testApp.dataSource.query(
      `UPDATE memberships SET role = 'MEMBER' WHERE organisation_id = $1 AND user_id = $2`,
      [organisation.id, contact.user.id],
    );
    const refused = await download(token, contact);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect(await state()).toEqual([{ status: 'READY', has: true, downloaded: false }]);
    // Removed from the organisation altogether: the same.
    await testApp.dataSource.query(
      'DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, contact.user.id],
    );
    expect((await download(token, contact)).status).toBe(403);
    expect(await state()).toEqual([{ status: 'READY', has: true, downloaded: false }]);
  });

  it('erasure waits for a running organisation build (it holds the row) and voids the archive it committed', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const { organisation, contact } = await createOrganisationWithContact(testApp.dataSource);
    await addMember(testApp.dataSource, organisation, person.user, MembershipRole.MEMBER);
    const { requestOrganisationDataExport } = await graphqlOk<{
      requestOrganisationDataExport: ExportRow;
    }>(
      testApp,
      REQUEST_ORGANISATION,
      { input: { organisationId: organisation.id } },
      contact.headers,
    );
    const id = requestOrganisationDataExport.id;
    // A build in flight: it holds the PENDING row's lock, has read the records (the member
    // still named) and is about to commit its archive.
    const build = testApp.dataSource.createQueryRunner();
    await build.connect();
    await build.startTransaction();
    try {
      await build.query(`SELECT id FROM data_exports WHERE id = $1 FOR UPDATE`, [id]);
      const erasure = testApp.graphql(
        `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { userId } }`,
        { input: { confirmEmail: person.user.email } },
        person.headers,
      );
      // The erasure waits on the build's row.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await build.query(
        `UPDATE data_exports SET status = 'READY', archive = $2, ready_at = now(), expires_at = now() + interval '1 day'
          WHERE id = $1`,
        [id, Buffer.from(`archive naming ${person.user.email}`)],
      );
      await build.commitTransaction();
      expect((await erasure).errors).toBeUndefined();
    } finally {
      if (build.isTransactionActive) await build.rollbackTransaction();
      await build.release();
    }
    expect(
      await testApp.dataSource.query(
        `SELECT status, archive IS NOT NULL AS has FROM data_exports WHERE id = $1`,
        [id],
      ),
    ).toEqual([{ status: 'EXPIRED', has: false }]);
  });

  it("exports the mail sent to a work address on the person's own team row", async () => {
    const { person } = await personWithData('Wilma Työpaikka');
    const team = await createOrganisationWithContact(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource);
    await addCohortMember(testApp.dataSource, academy, team.organisation);
    const workAddress = `wilma.tyo${Date.now()}@example.fi`;
    await addCohortParticipant(testApp.dataSource, academy, team.organisation, {
      name: 'Wilma Työpaikka',
      email: workAddress,
      userId: person.user.id,
    });
    const toWork = await enqueue(testApp, workAddress, 'Sparrauksen tulos');
    await testApp.dataSource.query(
      `UPDATE outbox_messages SET status = 'SENT', sent_at = now() WHERE id = $1`,
      [toWork.id],
    );
    const bytes = await testApp.dataSource.transaction((manager) =>
      testApp.app.get(DataExportArchives).buildPersonArchive(manager, {
        userId: person.user.id,
        email: person.user.email,
        name: 'Wilma Työpaikka',
      }),
    );
    const files = unzip(bytes);
    const mails = JSON.parse(files.get('mails.json')!) as Array<{ id: string; toAddress: string }>;
    expect(mails).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: toWork.id, toAddress: workAddress })]),
    );
    expect([...files.keys()].some((path) => path.includes(toWork.id))).toBe(true);
  });

  it('answers the archive bytes to other code: buildPersonArchive in a transaction', async () => {
    const { person } = await personWithData('Fanny Forsman');
    const bytes = await testApp.dataSource.transaction((manager) =>
      testApp.app.get(DataExportArchives).buildPersonArchive(manager, {
        userId: person.user.id,
        email: person.user.email,
        name: 'Fanny Forsman',
      }),
    );
    const files = unzip(bytes);
    expect(JSON.parse(files.get('profile.json')!)).toEqual([
      expect.objectContaining({ id: person.user.id }),
    ]);
  });
});

/** Two instances that both run jobs share the queue: each export is built and mailed once. */
describe('data export on two instances', () => {
  let first: TestApp;
  let second: TestApp;
  const at = new Date('2027-05-03T09:00:00Z');

  beforeAll(async () => {
    const jobClock = new TestClock(at);
    first = await startTestApp({ now: at, jobClock, env: { JOBS_ENABLED: 'true' } });
    second = await startTestApp({
      now: at,
      jobClock,
      env: { JOBS_ENABLED: 'true' },
      database: sharedDatabaseOf(first),
    });
  });
  afterAll(async () => {
    await second.stop();
    await first.close();
  });

  it('builds each requested export once and mails one link', async () => {
    const people = await Promise.all([0, 1, 2].map(() => createSignedInUser(first.dataSource)));
    for (const [index, person] of people.entries())
      await graphqlOk(index % 2 ? second : first, REQUEST_MINE, {}, person.headers);
    const later = new Date(at.getTime() + 60_000);
    first.clock.set(later);
    await second.moveClock(later);
    await first.moveClock(later);
    const rows = await first.dataSource.query<Array<{ status: string; mails: number }>>(
      `SELECT e.status,
              (SELECT count(*)::int FROM outbox_messages o
               WHERE o.type = 'DATA_EXPORT_READY' AND o.to_address = u.email) AS mails
       FROM data_exports e JOIN users u ON u.id = e.requested_by_id
       WHERE e.requested_by_id = ANY($1::uuid[])`,
      [people.map((person) => person.user.id)],
    );
    expect(rows).toEqual(people.map(() => ({ status: 'READY', mails: 1 })));
  });
});
