import { GlobalRole } from '../src/common/auth/global-role.js';
import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import { Locale } from '../src/common/i18n/locale.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { OneTimeTokenEntity } from '../src/modules/auth/entities/one-time-token.entity.js';
import { TokenPurpose } from '../src/modules/auth/one-time-token.enums.js';
import { UserEntity } from '../src/modules/users/entities/user.entity.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import {
  addMember,
  bookConsultation,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  createOrganisationWithContact,
  createSignedInUser,
  publishSlots,
  SPRING_2027,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { expectOk, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type GraphqlResponse, type TestApp } from './helpers/test-app.js';

const INVITE =
  'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email role } }';
const REVOKE = 'mutation ($input: RoleChangeInput!) { revokeRole(input: $input) { email roles } }';
const SIGN_IN =
  'mutation ($input: SignInInput!) { signIn(input: $input) { user { email roles } } }';

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.code;

describe('authorisation and abuse limits', () => {
  let testApp: TestApp;
  let academy: AcademyEntity;
  beforeAll(async () => {
    testApp = await startTestApp({
      now: new Date('2027-05-01T09:00:00Z'),
      env: {
        RATE_LIMIT_INVITATIONS_PER_INVITER: '4',
        RATE_LIMIT_INVITATIONS_PER_ORGANISATION: '6',
        RATE_LIMIT_INVITATIONS_PER_RECIPIENT: '2',
      },
    });
    academy = await createAcademy(testApp.dataSource, { ...SPRING_2027 });
  });
  afterAll(() => testApp.close());

  const invitationMails = (address: string) =>
    testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM outbox_messages WHERE type = 'INVITATION' AND to_address = $1",
      [address],
    );
  const invite = (who: SignedInUser, organisationId: string, email: string, role = 'MEMBER') =>
    testApp.graphql(
      INVITE,
      { input: { organisationId, email, role } },
      { ...who.headers, 'accept-language': 'en' },
    );

  describe('invitations', () => {
    it('mails an open invitation once: inviting again answers it and sends nothing', async () => {
      const { contact, organisation } = await createOrganisationWithContact(testApp.dataSource);
      type Invited = { inviteMember: { id: string; email: string; role: string } };
      const first = expectOk(
        (await invite(contact, organisation.id, 'once@example.fi')) as GraphqlResponse<Invited>,
      );
      for (let again = 0; again < 5; again++) {
        const repeated = expectOk(await invite(contact, organisation.id, 'Once@Example.fi'));
        expect(repeated).toEqual(first);
      }
      // A changed role is recorded on the same invitation, still without a mail.
      const promoted = expectOk(
        (await invite(
          contact,
          organisation.id,
          'once@example.fi',
          'CONTACT',
        )) as GraphqlResponse<Invited>,
      );
      expect(promoted.inviteMember).toMatchObject({
        id: first.inviteMember.id,
        role: 'CONTACT',
      });
      expect(await invitationMails('once@example.fi')).toEqual([{ count: 1 }]);
    });

    it('limits new invitations per invited mailbox, +tags and quoted spellings folded', async () => {
      const a = await createOrganisationWithContact(testApp.dataSource);
      const b = await createOrganisationWithContact(testApp.dataSource);
      expect(
        codeOf(await invite(a.contact, a.organisation.id, 'target@example.fi')),
      ).toBeUndefined();
      expect(
        codeOf(await invite(b.contact, b.organisation.id, 'Target+x@example.fi')),
      ).toBeUndefined();
      const refused = await invite(a.contact, a.organisation.id, '"target+y"@example.fi');
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
        "SELECT count(*)::int AS count FROM outbox_messages WHERE type = 'INVITATION' AND to_address LIKE '%target%'",
      );
      expect(count).toBe(2);
    });

    it('limits new invitations per inviter, across organisations', async () => {
      const first = await createOrganisationWithContact(testApp.dataSource);
      const second = await createOrganisationWithContact(testApp.dataSource);
      const contact = first.contact;
      await addMember(
        testApp.dataSource,
        second.organisation,
        contact.user,
        MembershipRole.CONTACT,
      );
      const organisations = [first.organisation.id, second.organisation.id];
      const codes = [];
      for (let index = 0; index < 6; index++)
        codes.push(
          codeOf(await invite(contact, organisations[index % 2], `inviter-${index}@example.fi`)),
        );
      expect(codes).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    });

    it('limits new invitations per organisation, across its contacts', async () => {
      const { contact, organisation, members } = await createOrganisationWithContact(
        testApp.dataSource,
        { members: 1 },
      );
      await testApp.dataSource.query(
        "UPDATE memberships SET role = 'CONTACT' WHERE organisation_id = $1",
        [organisation.id],
      );
      const codes = [];
      for (let index = 0; index < 8; index++)
        codes.push(
          codeOf(
            await invite(
              index % 2 === 0 ? contact : members[0],
              organisation.id,
              `organisation-${index}@example.fi`,
            ),
          ),
        );
      expect(codes.slice(0, 6)).toEqual(Array(6).fill(undefined));
      expect(codes.slice(6)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    });
  });

  describe('one mutation per request', () => {
    it('refuses 100 aliased rotateCalendarFeed before any runs: no audit row', async () => {
      const person = await createSignedInUser(testApp.dataSource);
      await personalFeed(testApp, person);
      const aliases = Array.from(
        { length: 100 },
        (_, index) => `r${index}: rotateCalendarFeed { url }`,
      ).join('\n');
      const started = Date.now();
      const response = await testApp.graphql(`mutation {\n${aliases}\n}`, undefined, {
        ...person.headers,
        accept: 'application/graphql-response+json',
        'accept-language': 'fi',
      });
      expect(Date.now() - started).toBeLessThan(1000);
      // A request error: 4xx under graphql-response+json (200 under application/json).
      expect(response.status).toBe(400);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
        'ONE_MUTATION_PER_REQUEST',
      ]);
      expect(response.errors?.[0].message).toBe(
        'Lähetä yksi muutos pyyntöä kohden (tässä niitä on 100).',
      );
      expect(
        await testApp.dataSource
          .getRepository(AuditEntryEntity)
          .countBy({ actorId: person.user.id, action: 'calendar_feed.rotated' }),
      ).toBe(0);
      // One field (plus __typename) is fine.
      const one = await testApp.graphql(
        'mutation { __typename rotateCalendarFeed { url } }',
        undefined,
        person.headers,
      );
      expect(one.errors).toBeUndefined();
    });
  });

  describe('former experts', () => {
    it('withdraws their open slots on revocation, cancels the booking with mail, and hides the rest at once', async () => {
      const admin = await createAdmin(testApp.dataSource);
      const expert = await createExpert(testApp.dataSource);
      const [bookedSlot, freeSlot] = await publishSlots(
        testApp,
        expert,
        academy.id,
        '2027-05-20',
        2,
      );
      const { contact, applicationId } = await createDraftApplication(testApp, { academy });
      const bookingId = await bookConsultation(testApp, contact, bookedSlot, applicationId);
      const mine = () =>
        graphqlOk<{ myConsultations: Array<{ id: string }> }>(
          testApp,
          '{ myConsultations { id } }',
          undefined,
          expert.headers,
        );
      expect((await mine()).myConsultations.map((booking) => booking.id)).toEqual([bookingId]);
      const feed = await personalFeed(testApp, expert);
      expect(await (await fetch(feed.local)).text()).toContain(
        `consultation-${bookingId}@akatemia`,
      );

      expectOk(
        await testApp.graphql(
          REVOKE,
          { input: { email: expert.user.email, role: 'EXPERT' } },
          admin.headers,
        ),
      );

      const [slots, bookings] = await Promise.all([
        testApp.dataSource.query<Array<{ id: string; status: string }>>(
          'SELECT id, status FROM consultation_slots WHERE id = ANY($1::uuid[]) ORDER BY id',
          [[bookedSlot, freeSlot]],
        ),
        testApp.dataSource.query<Array<{ status: string }>>(
          'SELECT status FROM consultation_bookings WHERE id = $1',
          [bookingId],
        ),
      ]);
      expect(slots.map((slot) => slot.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
      expect(bookings).toEqual([{ status: 'CANCELLED' }]);
      const cancelMails = await testApp.dataSource.query<
        Array<{ to_address: string; text_body: string }>
      >(
        "SELECT to_address, text_body FROM outbox_messages WHERE type = 'CONSULTATION_CANCELLED' AND to_address = $1",
        [contact.user.email],
      );
      expect(cancelMails).toHaveLength(1);
      expect(cancelMails[0].text_body).toContain('no longer available');
      // The slot is no longer offered to the organisation.
      const offered = await graphqlOk<{ consultationSlots: Array<{ id: string }> }>(
        testApp,
        'query ($academyId: ID!) { consultationSlots(academyId: $academyId) { id } }',
        { academyId: academy.id },
        contact.headers,
      );
      expect(offered.consultationSlots.map((slot) => slot.id)).not.toContain(freeSlot);
      expect(await mine()).toEqual({ myConsultations: [] });
    });

    it('hides bookings of their slots from myConsultations and the feed, and refuses new bookings, from the very next request', async () => {
      const expert = await createExpert(testApp.dataSource);
      const [slot, free] = await publishSlots(testApp, expert, academy.id, '2027-05-21', 2);
      const { contact, applicationId } = await createDraftApplication(testApp, { academy });
      const bookingId = await bookConsultation(testApp, contact, slot, applicationId);
      const feed = await personalFeed(testApp, expert);
      // Revoked straight in the database, as the roles CLI may leave it: nothing withdrawn.
      await testApp.dataSource
        .getRepository(UserEntity)
        .update({ id: expert.user.id }, { roles: [] });
      const mine = await testApp.graphql<{ myConsultations: Array<{ id: string }> }>(
        '{ myConsultations { id } }',
        undefined,
        expert.headers,
      );
      expect(mine.data?.myConsultations).toEqual([]);
      expect(await (await fetch(feed.local)).text()).not.toContain(bookingId);
      const other = await createDraftApplication(testApp, { academy });
      const refused = await testApp.graphql(
        'mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }',
        { input: { slotId: free, applicationId: other.applicationId } },
        other.contact.headers,
      );
      expect(codeOf(refused)).toBe('SLOT_WITHDRAWN');
      const publish = await testApp.graphql(
        'mutation ($input: PublishConsultationSlotsInput!) { publishConsultationSlots(input: $input) { id } }',
        {
          input: {
            academyId: academy.id,
            mode: 'REMOTE',
            onlineUrl: 'https://teams.example/x',
            slots: [{ startsAt: '2027-05-22T08:00', endsAt: '2027-05-22T08:30' }],
          },
        },
        expert.headers,
      );
      expect(codeOf(publish)).toBe('FORBIDDEN');
      // The organisation still sees its booking.
      const theirs = await graphqlOk<{ myConsultations: Array<{ id: string }> }>(
        testApp,
        '{ myConsultations { id } }',
        undefined,
        contact.headers,
      );
      expect(theirs.myConsultations.map((booking) => booking.id)).toContain(bookingId);
    });
  });

  describe('consultation notes and booker e-mails', () => {
    it('shows them to the slot’s own expert and admins only, not to other experts', async () => {
      const expert = await createExpert(testApp.dataSource);
      const otherExpert = await createExpert(testApp.dataSource);
      const admin = await createAdmin(testApp.dataSource);
      const [slot] = await publishSlots(testApp, expert, academy.id, '2027-05-24', 1);
      const { contact, applicationId } = await createDraftApplication(testApp, { academy });
      const bookingId = await bookConsultation(testApp, contact, slot, applicationId);
      await graphqlOk(
        testApp,
        'mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }',
        { input: { bookingId, notes: 'Luottamuksellinen arvio.' } },
        expert.headers,
      );
      const read = async (who: SignedInUser) =>
        (
          await graphqlOk<{
            application: {
              consultation: { notes: string | null; bookedBy: { email: string | null } } | null;
            };
          }>(
            testApp,
            'query ($id: ID!) { application(id: $id) { consultation { notes bookedBy { email } } } }',
            { id: applicationId },
            who.headers,
          )
        ).application.consultation;
      expect(await read(expert)).toEqual({
        notes: 'Luottamuksellinen arvio.',
        bookedBy: { email: contact.user.email },
      });
      expect(await read(admin)).toEqual({
        notes: 'Luottamuksellinen arvio.',
        bookedBy: { email: contact.user.email },
      });
      expect(await read(otherExpert)).toEqual({ notes: null, bookedBy: { email: null } });
      // The organisation sees who booked, not the notes.
      expect(await read(contact)).toEqual({ notes: null, bookedBy: { email: contact.user.email } });
    });
  });
});

/** Each admin test runs on a database of its own, where it knows exactly who is an admin. */
describe('ADMIN_EMAILS and the last admin', () => {
  const ADMIN_EMAILS = 'Boss@Example.fi,deputy@example.fi';

  async function signIn(testApp: TestApp, email: string) {
    const token = newSecretToken();
    await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.SIGN_IN, token),
      purpose: TokenPurpose.SIGN_IN,
      email,
      locale: Locale.en,
      subjectId: null,
      expiresAt: new Date(testApp.clock.now().getTime() + 600_000),
      consumedAt: null,
    });
    return expectOk(
      await testApp.graphql<{ signIn: { user: { email: string; roles: string[] } } }>(SIGN_IN, {
        input: { token },
      }),
    ).signIn.user;
  }

  it('bootstraps the first admin; a revocation stays revoked at the next sign-in', async () => {
    const testApp = await startTestApp({ env: { ADMIN_EMAILS } });
    try {
      expect((await signIn(testApp, 'boss@example.fi')).roles).toEqual([GlobalRole.ADMIN]);
      const entry = await testApp.dataSource
        .getRepository(AuditEntryEntity)
        .findOneByOrFail({ action: 'role.granted' });
      expect(entry.after).toMatchObject({ roles: ['ADMIN'], reason: 'ADMIN_EMAILS' });
      const other = await createAdmin(testApp.dataSource);
      const revoked = await testApp.graphql(
        REVOKE,
        { input: { email: 'boss@example.fi', role: 'ADMIN' } },
        other.headers,
      );
      expect(revoked.errors).toBeUndefined();
      // Listed, but an admin exists: signing in again does not undo the revocation.
      expect((await signIn(testApp, 'boss@example.fi')).roles).toEqual([]);
      // Nor does a listed address that signs in only now become ADMIN.
      expect((await signIn(testApp, 'deputy@example.fi')).roles).toEqual([]);
    } finally {
      await testApp.close();
    }
  });

  it('refuses to revoke ADMIN from the last admin, themselves included', async () => {
    const testApp = await startTestApp();
    try {
      const only = await createAdmin(testApp.dataSource);
      const self = await testApp.graphql(
        REVOKE,
        { input: { email: only.user.email, role: 'ADMIN' } },
        { ...only.headers, 'accept-language': 'en' },
      );
      expect(codeOf(self)).toBe('LAST_ADMIN');
      expect(self.errors?.[0].message).toBe(
        'The last administrator cannot lose the role. Make someone else an administrator first.',
      );
      const second = await createAdmin(testApp.dataSource);
      // Two admins revoking each other at once: exactly one succeeds.
      const answers = await Promise.all([
        testApp.graphql(
          REVOKE,
          { input: { email: second.user.email, role: 'ADMIN' } },
          only.headers,
        ),
        testApp.graphql(
          REVOKE,
          { input: { email: only.user.email, role: 'ADMIN' } },
          second.headers,
        ),
      ]);
      // The loser is refused: LAST_ADMIN, or FORBIDDEN when its role was already gone as
      // its request began.
      const codes = answers.map(codeOf);
      expect(codes.filter((code) => code === undefined)).toHaveLength(1);
      expect(['LAST_ADMIN', 'FORBIDDEN']).toContain(codes.find((code) => code !== undefined));
      const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
        "SELECT count(*)::int AS count FROM users WHERE 'ADMIN' = ANY(roles)",
      );
      expect(count).toBe(1);
    } finally {
      await testApp.close();
    }
  });
});
