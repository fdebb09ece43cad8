import { GlobalRole } from '../src/common/auth/global-role.js';
import { pseudonymousEmail } from '../src/common/privacy/personal-text.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import { CohortParticipantRole } from '../src/modules/cohort/cohort.enums.js';
import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import {
  academyWithPilots,
  addCohortParticipant,
  addMember,
  bookConsultation,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  createOrganisation,
  createSignedInUser,
  createWithdrawnApplication,
  insertReview,
  publishSlots,
  type SignedInUser,
} from './factories/index.js';
import { nextNumber } from './factories/sequence.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const DELETE_MY_ACCOUNT = `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { userId pseudonym erasedAt } }`;
const ERASE_USER = `mutation ($input: EraseUserInput!) { eraseUser(input: $input) { userId pseudonym erasedAt } }`;
const ME = `query { me { id name email } }`;

interface TextColumn {
  table_name: string;
  column_name: string;
}

describe('Erasure of an account (issue 17)', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const query = <T>(sql: string, parameters: unknown[] = []) =>
    testApp.dataSource.query<T[]>(sql, parameters);
  const count = async (sql: string, parameters: unknown[] = []) =>
    (
      await query<{ count: number }>(`SELECT count(*)::int AS count FROM (${sql}) rows`, parameters)
    )[0].count;

  /** A person with a full name of their own (the scrub looks for full names only). */
  async function person(options: { roles?: GlobalRole[] } = {}): Promise<SignedInUser> {
    const n = nextNumber();
    return createSignedInUser(testApp.dataSource, {
      // Letters outside ASCII, in upper case in some texts: the scrub must fold them too.
      name: `Pirkko Päivärinta-Öster${n}`,
      email: `pirkko.poistettava${n}@example.fi`,
      roles: options.roles ?? [],
    });
  }

  /**
   * Every text, varchar and jsonb column of every table (the walk the issue asks for), with
   * the rows in which `needle` occurs in any letter case.
   */
  async function occurrences(needle: string): Promise<string[]> {
    const columns = await query<TextColumn>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'character', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(100);
    const found: string[] = [];
    // Compared in JavaScript, not with the database's lower(): its case folding of ä, ö and
    // other letters outside ASCII depends on the cluster's locale.
    const lowerNeedle = needle.toLowerCase();
    for (const column of columns) {
      const values = await query<{ value: string }>(
        `SELECT CAST("${column.column_name}" AS text) AS value FROM "${column.table_name}"
          WHERE "${column.column_name}" IS NOT NULL`,
      );
      const rows = values.filter(({ value }) => value.toLowerCase().includes(lowerNeedle)).length;
      if (rows > 0) found.push(`${column.table_name}.${column.column_name} (${rows})`);
    }
    return found;
  }

  /** A snapshot of the state an erasure must not change when it is refused. */
  const stateOf = async (user: SignedInUser) => ({
    user: await query(`SELECT name, email, roles, erased_at FROM users WHERE id = $1`, [
      user.user.id,
    ]),
    sessions: await count(`SELECT 1 FROM sessions WHERE user_id = $1`, [user.user.id]),
    memberships: await count(`SELECT 1 FROM memberships WHERE user_id = $1`, [user.user.id]),
    audit: await count(`SELECT 1 FROM audit_entries`),
    mail: await query(`SELECT id, status, to_address FROM outbox_messages ORDER BY id`),
  });

  it('erases a person with data of many kinds: neither the name nor the address is left in any text column, the kept records stay with their ids, sessions and pending mail end at once', async () => {
    const subject = await person({ roles: [GlobalRole.EXPERT] });
    const { email } = subject.user;
    const name = subject.user.name ?? '';
    const colleague = await createSignedInUser(testApp.dataSource, { name: 'Kalle Kollega' });

    // A cohort organisation's pilot (academy in selection, confirmed place): the subject is one
    // of its two contacts, on its team, and writes its progress updates.
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [pilot] = pilots;
    await addMember(testApp.dataSource, pilot.organisation, subject.user, MembershipRole.CONTACT);
    const teamRow = await addCohortParticipant(testApp.dataSource, academy, pilot.organisation, {
      name,
      email,
      userId: subject.user.id,
      role: CohortParticipantRole.EXPERT,
    });
    // The application's team names them (a free text the organisation wrote).
    await query(
      `UPDATE applications SET answers = jsonb_set(answers, '{team,experts,0}', $2::jsonb) WHERE id = $1`,
      [pilot.applicationId, JSON.stringify({ name, email: email.toUpperCase(), role: 'SECTOR' })],
    );
    const [update] = await query<{ id: string }>(
      `INSERT INTO progress_updates (tracked_action_id, author_id, body, written_at)
       VALUES ($1, $2, $3, now()) RETURNING id`,
      [pilot.pilotId, subject.user.id, `Markkinavuoropuhelu pidetty. T. ${name}`],
    );
    await query(
      `INSERT INTO update_comments (progress_update_id, author_id, body, written_at)
       VALUES ($1, $2, $3, now())`,
      [update.id, colleague.user.id, `Kiitos ${name.toUpperCase()}! Lähetä materiaali: ${email}`],
    );
    // A review they wrote, a review by someone else that mentions them, a decision's note.
    const reviewer = await createExpert(testApp.dataSource);
    const ownReview = await insertReview(testApp.dataSource, {
      academyId: academy.id,
      applicationId: pilot.applicationId,
      reviewer: subject.user,
    });
    const otherReview = await insertReview(testApp.dataSource, {
      academyId: academy.id,
      applicationId: pilot.applicationId,
      reviewer: reviewer.user,
    });
    await query(`UPDATE reviews SET comment = $2 WHERE id = $1`, [
      otherReview,
      `Haastattelin: ${name}, puhelin sovittu osoitteella ${email}.`,
    ]);
    await query(`UPDATE selection_decisions SET note = $2 WHERE application_id = $1`, [
      pilot.applicationId,
      `Yhteyshenkilö ${name}`,
    ]);

    // An open academy: a second organisation's draft (its other contact stays) and a
    // consultation the subject booked, with the expert's notes about them.
    const openAcademy = await createAcademy(testApp.dataSource);
    const draft = await createDraftApplication(testApp, { academy: openAcademy, contact: subject });
    await addMember(testApp.dataSource, draft.organisation, colleague.user, MembershipRole.CONTACT);
    const expert = await createExpert(testApp.dataSource);
    const [slotId] = await publishSlots(testApp, expert, openAcademy.id, '2026-05-20');
    const bookingId = await bookConsultation(testApp, subject, slotId, draft.applicationId);
    await query(`UPDATE consultation_bookings SET notes = $2 WHERE id = $1`, [
      bookingId,
      `${name} kertoi pilotista; lisätiedot ${email}`,
    ]);

    // Their calendar feed, a sign-in link, an invitation elsewhere, mail sent and pending.
    const feed = await graphqlOk<{ myCalendarFeed: { url: string } }>(
      testApp,
      `query { myCalendarFeed { url } }`,
      {},
      subject.headers,
    );
    // The page shows the public address (PUBLIC_URL); this app serves the same path.
    const feedUrl = `${testApp.url}${new URL(feed.myCalendarFeed.url).pathname}`;
    expect((await fetch(feedUrl)).status).toBe(200);
    // The pilot's results: an outcome report whose lessons name them.
    const [report] = await query<{ id: string }>(
      `INSERT INTO outcome_reports (academy_id, tracked_action_id, lessons, updated_by)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [academy.id, pilot.pilotId, `Vetäjänä ${name} (${email})`, subject.user.id],
    );
    await query(
      `INSERT INTO one_time_tokens (token_hash, purpose, email, locale, expires_at)
       VALUES (md5(random()::text) || md5(random()::text), 'SIGN_IN', $1, 'fi', now() + interval '1 hour')`,
      [email],
    );
    const elsewhere = await createOrganisation(testApp.dataSource, colleague.user);
    await query(
      `INSERT INTO invitations (organisation_id, email, role, invited_by_id) VALUES ($1, $2, 'MEMBER', $3)`,
      [elsewhere.id, email, colleague.user.id],
    );
    const mail = (status: string, to: string, body: string) =>
      query<{ id: string }>(
        `INSERT INTO outbox_messages (type, to_address, to_name, locale, subject, text_body, html_body, attachments, status, available_at, sent_at)
         VALUES ('TEST', $1, $2, 'fi', $3, $4, $4, '[]', CAST($5 AS outbox_status), now(), CASE WHEN CAST($5 AS text) = 'SENT' THEN now() END) RETURNING id`,
        [to, to === email ? name : 'Kalle Kollega', `Hei ${name}`, body, status],
      );
    const [sent] = await mail('SENT', email, `Hei ${name}, tervetuloa!`);
    const [pending] = await mail('PENDING', email, 'Muistutus');
    const [aboutThem] = await mail(
      'SENT',
      colleague.user.email,
      `${name} (${email}) lisätty tiimiin`,
    );
    // An audit entry of theirs, with before/after copies naming them.
    await query(
      `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, before, after)
       VALUES ($1, 'test.changed', 'user', $1, $2, $3)`,
      [subject.user.id, { name, email }, { note: `muutti ${name}` }],
    );

    const kept = {
      decisions: await query(`SELECT application_id FROM selection_decisions ORDER BY 1`),
      reviews: await query(`SELECT id, reviewer_id FROM reviews ORDER BY 1`),
      audit: await query<{ id: string }>(`SELECT id FROM audit_entries ORDER BY 1`),
      applications: await query(`SELECT id, status FROM applications ORDER BY 1`),
      pilots: await query(`SELECT id, stage FROM tracked_actions ORDER BY 1`),
      reports: await query(`SELECT id, updated_by FROM outcome_reports ORDER BY 1`),
      updates: await query(`SELECT id, author_id FROM progress_updates ORDER BY 1`),
      bookings: await query(`SELECT id, status FROM consultation_bookings ORDER BY 1`),
      team: await query(`SELECT id FROM cohort_participants ORDER BY 1`),
    };
    expect(await occurrences(name)).not.toEqual([]);
    expect(await occurrences(email)).not.toEqual([]);

    const erased = await graphqlOk<{ deleteMyAccount: { userId: string; pseudonym: string } }>(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: ` ${email.toUpperCase()} ` } },
      subject.headers,
    );
    const { pseudonym } = erased.deleteMyAccount;
    expect(erased.deleteMyAccount.userId).toBe(subject.user.id);
    expect(pseudonym).toMatch(/^Poistettu käyttäjä [0-9a-f]{6}$/);

    // Nowhere, in any letter case: not the full name, not the address.
    expect(await occurrences(name)).toEqual([]);
    expect(await occurrences(email)).toEqual([]);

    // The account row stays, pseudonymised.
    const [account] = await query<{
      name: string;
      email: string;
      roles: string;
      erased_at: Date | null;
    }>(`SELECT name, email, roles::text, erased_at FROM users WHERE id = $1`, [subject.user.id]);
    expect(account).toMatchObject({ name: pseudonym, roles: '{}' });
    expect(account.email).toMatch(/@poistettu\.invalid$/);
    expect(account.erased_at).not.toBeNull();

    // The records the programme keeps: the same rows, ids and counts.
    expect(await query(`SELECT application_id FROM selection_decisions ORDER BY 1`)).toEqual(
      kept.decisions,
    );
    expect(await query(`SELECT id, reviewer_id FROM reviews ORDER BY 1`)).toEqual(kept.reviews);
    expect(await query(`SELECT id, status FROM applications ORDER BY 1`)).toEqual(
      kept.applications,
    );
    expect(await query(`SELECT id, stage FROM tracked_actions ORDER BY 1`)).toEqual(kept.pilots);
    expect(await query(`SELECT id, updated_by FROM outcome_reports ORDER BY 1`)).toEqual(
      kept.reports,
    );
    const [lessons] = await query<{ lessons: string }>(
      `SELECT lessons FROM outcome_reports WHERE id = $1`,
      [report.id],
    );
    expect(lessons.lessons).toBe(`Vetäjänä ${pseudonym} (${account.email})`);
    expect(await query(`SELECT id, author_id FROM progress_updates ORDER BY 1`)).toEqual(
      kept.updates,
    );
    expect(await query(`SELECT id, status FROM consultation_bookings ORDER BY 1`)).toEqual(
      kept.bookings,
    );
    expect(await query(`SELECT id FROM cohort_participants ORDER BY 1`)).toEqual(kept.team);
    const auditNow = await query<{ id: string }>(`SELECT id FROM audit_entries ORDER BY 1`);
    expect(auditNow.length).toBe(kept.audit.length + 1);
    expect(auditNow).toEqual(expect.arrayContaining(kept.audit));
    expect(ownReview).toBeDefined();
    // Texts keep their sense, with the pseudonym where the name was.
    const [review] = await query<{ comment: string }>(`SELECT comment FROM reviews WHERE id = $1`, [
      otherReview,
    ]);
    expect(review.comment).toContain(`Haastattelin: ${pseudonym}`);
    const [row] = await query<{ name: string; email: string }>(
      `SELECT name, email FROM cohort_participants WHERE id = $1`,
      [teamRow.id],
    );
    expect(row).toEqual({ name: pseudonym, email: pseudonymousEmail(teamRow.id) });

    // The erasure is audited, by the person, and names neither (the walk above covers it).
    const [entry] = await query<{ actor_id: string; after: Record<string, unknown> }>(
      `SELECT actor_id, after FROM audit_entries WHERE action = 'user.erased' AND entity_id = $1`,
      [subject.user.id],
    );
    expect(entry.actor_id).toBe(subject.user.id);
    expect(entry.after).toMatchObject({ byAdmin: false, pseudonym });

    // Every way in ends at once: the session, the feed, the one-time link, the memberships.
    const me = await testApp.graphql(ME, {}, subject.headers);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT 1 FROM sessions WHERE user_id = $1`, [subject.user.id])).toBe(0);
    expect(await count(`SELECT 1 FROM calendar_feeds WHERE user_id = $1`, [subject.user.id])).toBe(
      0,
    );
    expect((await fetch(feedUrl)).status).toBe(404);
    expect(await count(`SELECT 1 FROM memberships WHERE user_id = $1`, [subject.user.id])).toBe(0);
    expect(
      await count(`SELECT 1 FROM invitations WHERE organisation_id = $1`, [elsewhere.id]),
    ).toBe(0);

    // Pending mail to them is cancelled (the application's reminders too); sent mail keeps its row.
    const statuses = await query<{ id: string; status: string; text_body: string }>(
      `SELECT id, status, text_body FROM outbox_messages WHERE id IN ($1, $2, $3)`,
      [sent.id, pending.id, aboutThem.id],
    );
    const byId = new Map(statuses.map((message) => [message.id, message]));
    expect(byId.get(pending.id)?.status).toBe('CANCELLED');
    expect(byId.get(sent.id)).toMatchObject({ status: 'SENT', text_body: '' });
    expect(byId.get(aboutThem.id)?.text_body).toContain(pseudonym);
    expect(
      await count(
        `SELECT 1 FROM outbox_messages WHERE to_address = $1 AND status IN ('PENDING', 'SENDING', 'PARKED')`,
        [account.email],
      ),
    ).toBe(0);
  });

  /** A cohort team of an organisation whose contact is `contact` (no blocker for others). */
  async function cohortTeam(contact: SignedInUser) {
    const academy = await createAcademy(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    await query(`INSERT INTO cohort_members (academy_id, organisation_id) VALUES ($1, $2)`, [
      academy.id,
      organisation.id,
    ]);
    return { academy, organisation };
  }

  const outboxMail = (to: string, toName: string, body: string) =>
    query<{ id: string }>(
      `INSERT INTO outbox_messages (type, to_address, to_name, locale, subject, text_body, html_body, attachments, status, available_at, sent_at)
       VALUES ('TEST', $1, $2, 'fi', 'Tervetuloa', $3, $3, '[]', 'SENT', now(), now()) RETURNING id`,
      [to, toName, body],
    );

  it('leaves a namesake (same full name, another address) their own name, team row and mail: only the erased person’s identity rows change', async () => {
    const n = nextNumber();
    // A name of its own, ending in a word: no other test's name starts with it.
    const name = `Saima Samanniminen-${n} Kaima`;
    const subject = await createSignedInUser(testApp.dataSource, {
      name,
      email: `saima.poistuva${n}@example.fi`,
    });
    const namesake = await createSignedInUser(testApp.dataSource, {
      name,
      email: `saima.jaava${n}@example.fi`,
    });
    // Both on one team; a mail to each, greeting them by their (same) name.
    const { academy, organisation } = await cohortTeam(namesake);
    const ownRow = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name,
      email: subject.user.email,
      userId: subject.user.id,
    });
    const namesakeRow = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name,
      email: namesake.user.email,
      userId: namesake.user.id,
    });
    const [ownMail] = await outboxMail(subject.user.email, name, 'Hei Saima!');
    const [namesakeMail] = await outboxMail(namesake.user.email, name, 'Hei Saima!');

    const erased = await graphqlOk<{ deleteMyAccount: { pseudonym: string } }>(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );
    const { pseudonym } = erased.deleteMyAccount;

    // The namesake keeps everything that is theirs.
    const usersNow = await query<{ id: string; name: string; email: string }>(
      `SELECT id, name, email FROM users WHERE id IN ($1, $2)`,
      [subject.user.id, namesake.user.id],
    );
    expect(usersNow.find((user) => user.id === namesake.user.id)).toEqual({
      id: namesake.user.id,
      name,
      email: namesake.user.email,
    });
    expect(usersNow.find((user) => user.id === subject.user.id)?.name).toBe(pseudonym);
    const team = await query<{ id: string; name: string; email: string }>(
      `SELECT id, name, email FROM cohort_participants WHERE id IN ($1, $2)`,
      [ownRow.id, namesakeRow.id],
    );
    expect(team).toEqual(
      expect.arrayContaining([
        { id: namesakeRow.id, name, email: namesake.user.email },
        { id: ownRow.id, name: pseudonym, email: pseudonymousEmail(ownRow.id) },
      ]),
    );
    const mails = await query<{ id: string; to_name: string; to_address: string }>(
      `SELECT id, to_name, to_address FROM outbox_messages WHERE id IN ($1, $2)`,
      [ownMail.id, namesakeMail.id],
    );
    expect(mails).toEqual(
      expect.arrayContaining([
        { id: namesakeMail.id, to_name: name, to_address: namesake.user.email },
        {
          id: ownMail.id,
          to_name: pseudonym,
          to_address: pseudonymousEmail(subject.user.id),
        },
      ]),
    );
    // The erased address is nowhere; the name only in the namesake's own identity rows.
    expect(await occurrences(subject.user.email)).toEqual([]);
    expect((await occurrences(name)).sort()).toEqual([
      'cohort_participants.name (1)',
      'outbox_messages.to_name (1)',
      'users.name (1)',
    ]);
  });

  it('replaces only the whole name and address: longer names and addresses that contain them stay, in free text and in the audit trail', async () => {
    const n = nextNumber();
    const name = `Anna Virta${n}x`;
    const email = `ann${n}@example.fi`;
    const subject = await createSignedInUser(testApp.dataSource, { name, email });
    // Other people whose name or address contains the erased person's.
    const others = `joann${n}@example.fi, ann${n}@example.fi.com; Johanna Virta${n}x, Maija-Anna Virta${n}x, Anna Virta${n}x-Ojala`;
    const text = `${others}; ${name}: ${email}.`;
    const [mail] = await outboxMail(`toinen${n}@example.fi`, 'Toinen Henkilö', text);
    const [entry] = await query<{ id: string }>(
      `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, before, after)
       VALUES ($1, 'test.changed', 'user', $1, $2, $3) RETURNING id`,
      [admin.user.id, { note: text }, null],
    );

    const erased = await graphqlOk<{ deleteMyAccount: { pseudonym: string } }>(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: email } },
      subject.headers,
    );
    const { pseudonym } = erased.deleteMyAccount;
    const expected = `${others}; ${pseudonym}: ${pseudonymousEmail(subject.user.id)}.`;

    const [mailNow] = await query<{ text_body: string }>(
      `SELECT text_body FROM outbox_messages WHERE id = $1`,
      [mail.id],
    );
    expect(mailNow.text_body).toBe(expected);
    const [entryNow] = await query<{ before: { note: string } }>(
      `SELECT before FROM audit_entries WHERE id = $1`,
      [entry.id],
    );
    expect(entryNow.before.note).toBe(expected);
  });

  it('erases a person with two rows on one team (one linked to the account, one under their address): each row gets an address of its own, so the team’s one-address rule holds', async () => {
    const subject = await person();
    const name = subject.user.name ?? '';
    const otherAddress = `pirkko.tyo${nextNumber()}@example.fi`;
    const { academy, organisation } = await cohortTeam(
      await createSignedInUser(testApp.dataSource),
    );
    // Linked by the account but listed under a work address; and added under their sign-in
    // address before they had an account.
    const linked = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name,
      email: otherAddress,
      userId: subject.user.id,
    });
    const byAddress = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      name,
      email: subject.user.email,
      userId: null,
    });
    // The team's mail goes to the row's work address: one sent, one still waiting; and an
    // invitation and a sign-in link to it.
    const workMail = (status: string) =>
      query<{ id: string }>(
        `INSERT INTO outbox_messages (type, to_address, to_name, locale, subject, text_body, html_body, attachments, status, available_at, sent_at)
         VALUES ('TEST', $1, $2, 'fi', 'Sparrauksen tulos', $3, $3, '[]', CAST($4 AS outbox_status), now(), CASE WHEN CAST($4 AS text) = 'SENT' THEN now() END) RETURNING id`,
        [otherAddress, name, `Hei ${name}`, status],
      );
    const [sentToWork] = await workMail('SENT');
    const [pendingToWork] = await workMail('PENDING');
    const inviting = await createOrganisation(testApp.dataSource, admin.user);
    await query(
      `INSERT INTO invitations (organisation_id, email, role, invited_by_id) VALUES ($1, $2, 'MEMBER', $3)`,
      [inviting.id, otherAddress, admin.user.id],
    );
    await query(
      `INSERT INTO one_time_tokens (token_hash, purpose, email, locale, expires_at)
       VALUES (md5(random()::text) || md5(random()::text), 'SIGN_IN', $1, 'fi', now() + interval '1 hour')`,
      [otherAddress],
    );

    await graphqlOk(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );

    const mails = await query<{ id: string; status: string; to_address: string; to_name: string }>(
      `SELECT id, status, to_address, to_name FROM outbox_messages WHERE id IN ($1, $2)`,
      [sentToWork.id, pendingToWork.id],
    );
    expect(mails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: sentToWork.id, status: 'SENT' }),
        expect.objectContaining({ id: pendingToWork.id, status: 'CANCELLED' }),
      ]),
    );
    for (const mail of mails) {
      expect(mail.to_address).toBe(pseudonymousEmail(subject.user.id));
      expect(mail.to_name).not.toBe(name);
    }
    expect(await count(`SELECT 1 FROM invitations WHERE email = $1`, [otherAddress])).toBe(0);
    expect(await count(`SELECT 1 FROM one_time_tokens WHERE email = $1`, [otherAddress])).toBe(0);

    const rows = await query<{ id: string; email: string; user_id: string }>(
      `SELECT id, email, user_id FROM cohort_participants WHERE id IN ($1, $2)`,
      [linked.id, byAddress.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: linked.id, email: pseudonymousEmail(linked.id), user_id: subject.user.id },
        { id: byAddress.id, email: pseudonymousEmail(byAddress.id), user_id: subject.user.id },
      ]),
    );
    expect(await occurrences(otherAddress)).toEqual([]);
    expect(await occurrences(subject.user.email)).toEqual([]);
    expect(await occurrences(name)).toEqual([]);
  });

  it('refuses a confirmation address that is not the account’s own with CONFIRMATION_EMAIL_MISMATCH, changing nothing', async () => {
    const subject = await person();
    const before = await stateOf(subject);
    const response = await testApp.graphql(
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: 'someone.else@example.fi' } },
      subject.headers,
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFIRMATION_EMAIL_MISMATCH',
      field: 'input.confirmEmail',
    });
    expect(await stateOf(subject)).toEqual(before);
    await graphqlOk(testApp, ME, {}, subject.headers);
  });

  it('refuses eraseUser to a non-admin with FORBIDDEN, changing nothing', async () => {
    const subject = await person();
    const expert = await createExpert(testApp.dataSource);
    const before = await stateOf(subject);
    const response = await testApp.graphql(
      ERASE_USER,
      { input: { userId: subject.user.id, reason: 'pyyntö' } },
      expert.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await stateOf(subject)).toEqual(before);
  });

  it('lets an admin erase someone on request, audited with the reason but never the name or address; a second time is ALREADY_ERASED; an unknown id NOT_FOUND', async () => {
    const subject = await person();
    const { email } = subject.user;
    const name = subject.user.name ?? '';
    // The admin finds the person by address, in any letter case.
    const FIND = `query ($email: String!) { users(email: $email, limit: 5, offset: 0) { total items { id erasedAt } } }`;
    const found = await graphqlOk<{
      users: { items: Array<{ id: string; erasedAt: string | null }> };
    }>(testApp, FIND, { email: email.toUpperCase() }, admin.headers);
    expect(found.users.items).toEqual([{ id: subject.user.id, erasedAt: null }]);
    const erased = await graphqlOk<{ eraseUser: { pseudonym: string } }>(
      testApp,
      ERASE_USER,
      { input: { userId: subject.user.id, reason: `Pyyntö sähköpostilla: ${name} <${email}>` } },
      admin.headers,
    );
    const [entry] = await query<{ actor_id: string; after: { reason: string; byAdmin: boolean } }>(
      `SELECT actor_id, after FROM audit_entries WHERE action = 'user.erased' AND entity_id = $1`,
      [subject.user.id],
    );
    expect(entry.actor_id).toBe(admin.user.id);
    expect(entry.after.byAdmin).toBe(true);
    expect(entry.after.reason).toContain(`Pyyntö sähköpostilla: ${erased.eraseUser.pseudonym}`);
    expect(JSON.stringify(entry.after).toLowerCase()).not.toContain(email.toLowerCase());
    expect(JSON.stringify(entry.after)).not.toContain(name);
    expect((await testApp.graphql(ME, {}, subject.headers)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // The old address finds nobody any more; the account is there under its new one.
    const gone = await graphqlOk<{ users: { total: number } }>(
      testApp,
      FIND,
      { email },
      admin.headers,
    );
    expect(gone.users.total).toBe(0);
    const [{ email: newAddress }] = await query<{ email: string }>(
      `SELECT email FROM users WHERE id = $1`,
      [subject.user.id],
    );
    const renamed = await graphqlOk<{ users: { items: Array<{ erasedAt: string | null }> } }>(
      testApp,
      FIND,
      { email: newAddress },
      admin.headers,
    );
    expect(renamed.users.items[0].erasedAt).not.toBeNull();

    const audit = await count(`SELECT 1 FROM audit_entries`);
    const again = await testApp.graphql(
      ERASE_USER,
      { input: { userId: subject.user.id, reason: 'uudestaan' } },
      admin.headers,
    );
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_ERASED');
    expect(await count(`SELECT 1 FROM audit_entries`)).toBe(audit);

    const unknown = await testApp.graphql(
      ERASE_USER,
      { input: { userId: '00000000-0000-4000-8000-000000000000', reason: 'x' } },
      admin.headers,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the only contact of an organisation with an active application or a cohort place with ONLY_CONTACT, listing them, changing nothing; a withdrawn application or a second contact lets them go', async () => {
    const subject = await person();
    // Only contact of: a cohort organisation (academy in selection, place confirmed) …
    const { pilots } = await academyWithPilots(testApp, admin, 1);
    const [pilot] = pilots;
    await addMember(testApp.dataSource, pilot.organisation, subject.user, MembershipRole.CONTACT);
    await query(`DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2`, [
      pilot.organisation.id,
      pilot.contact.user.id,
    ]);
    // … and an organisation with a draft in an open academy.
    const openAcademy = await createAcademy(testApp.dataSource);
    const draft = await createDraftApplication(testApp, { academy: openAcademy, contact: subject });
    // Not active: a withdrawn application in another academy; an organisation with no application.
    const withdrawn = await createWithdrawnApplication(testApp, {
      academy: await createAcademy(testApp.dataSource),
      contact: subject,
    });
    await createOrganisation(testApp.dataSource, subject.user);

    const before = await stateOf(subject);
    const refused = await testApp.graphql(
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('ONLY_CONTACT');
    const listed = refused.errors?.[0].extensions?.organisations as Array<{ id: string }>;
    expect(listed.map((organisation) => organisation.id).sort()).toEqual(
      [pilot.organisation.id, draft.organisation.id].sort(),
    );
    expect(listed.map((organisation) => organisation.id)).not.toContain(withdrawn.organisation.id);
    expect(refused.errors?.[0].message).toMatch(/only contact/);
    expect(await stateOf(subject)).toEqual(before);

    // The same for an admin's erasure.
    const byAdmin = await testApp.graphql(
      ERASE_USER,
      { input: { userId: subject.user.id, reason: 'pyyntö' } },
      admin.headers,
    );
    expect(byAdmin.errors?.[0].extensions?.code).toBe('ONLY_CONTACT');
    expect(await stateOf(subject)).toEqual(before);

    // Handed over: another contact in each, and the erasure goes through.
    await addMember(
      testApp.dataSource,
      pilot.organisation,
      pilot.contact.user,
      MembershipRole.CONTACT,
    );
    await addMember(
      testApp.dataSource,
      draft.organisation,
      pilot.contact.user,
      MembershipRole.CONTACT,
    );
    await graphqlOk(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );
  });

  it('a cohort place stops blocking once the academy is archived', async () => {
    const subject = await person();
    const academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
    const organisation = await createOrganisation(testApp.dataSource, subject.user);
    await query(`INSERT INTO cohort_members (academy_id, organisation_id) VALUES ($1, $2)`, [
      academy.id,
      organisation.id,
    ]);
    const refused = await testApp.graphql(
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('ONLY_CONTACT');
    await query(`UPDATE academies SET status = $2 WHERE id = $1`, [
      academy.id,
      AcademyStatus.ARCHIVED,
    ]);
    await graphqlOk(
      testApp,
      DELETE_MY_ACCOUNT,
      { input: { confirmEmail: subject.user.email } },
      subject.headers,
    );
  });

  it('two contacts of one organisation erasing themselves at once: one goes, the other is refused ONLY_CONTACT', async () => {
    const first = await person();
    const second = await person();
    const openAcademy = await createAcademy(testApp.dataSource);
    const draft = await createDraftApplication(testApp, { academy: openAcademy, contact: first });
    await addMember(testApp.dataSource, draft.organisation, second.user, MembershipRole.CONTACT);
    const responses = await Promise.all(
      [first, second].map((who) =>
        testApp.graphql(
          DELETE_MY_ACCOUNT,
          { input: { confirmEmail: who.user.email } },
          who.headers,
        ),
      ),
    );
    const codes = responses.map((response) => response.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'ONLY_CONTACT']);
    expect(
      await count(`SELECT 1 FROM memberships WHERE organisation_id = $1 AND role = 'CONTACT'`, [
        draft.organisation.id,
      ]),
    ).toBe(1);
  });

  it('refuses erasing the last admin with LAST_ADMIN', async () => {
    const admins = await query<{ id: string }>(`SELECT id FROM users WHERE 'ADMIN' = ANY(roles)`);
    const lone = await person({ roles: [GlobalRole.ADMIN] });
    // Every other admin steps down for the test, and comes back after it.
    await query(`UPDATE users SET roles = array_remove(roles, 'ADMIN') WHERE id = ANY($1)`, [
      admins.map((row) => row.id),
    ]);
    try {
      const before = await stateOf(lone);
      const refused = await testApp.graphql(
        DELETE_MY_ACCOUNT,
        { input: { confirmEmail: lone.user.email } },
        lone.headers,
      );
      expect(refused.errors?.[0].extensions?.code).toBe('LAST_ADMIN');
      expect(await stateOf(lone)).toEqual(before);
    } finally {
      await query(`UPDATE users SET roles = array_append(roles, 'ADMIN') WHERE id = ANY($1)`, [
        admins.map((row) => row.id),
      ]);
    }
  });

  it('erases a non-admin without waiting on any admin’s row: only an admin’s erasure locks the admins for LAST_ADMIN', async () => {
    const subject = await person();
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // Another transaction holds an admin's row (e.g. a role change in flight).
      await runner.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [admin.user.id]);
      let timer: NodeJS.Timeout | undefined;
      const erased = await Promise.race([
        testApp.graphql(
          DELETE_MY_ACCOUNT,
          { input: { confirmEmail: subject.user.email } },
          subject.headers,
        ),
        new Promise<'waited'>((resolve) => {
          timer = setTimeout(() => resolve('waited'), 5_000);
        }),
      ]);
      clearTimeout(timer);
      expect(erased).not.toBe('waited');
      expect(erased).toMatchObject({ data: { deleteMyAccount: { userId: subject.user.id } } });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('answers erasedAt as the row stores it: both from the app clock', async () => {
    const at = new Date('2027-01-15T12:34:56.789Z');
    const before = testApp.clock.now();
    testApp.clock.set(at);
    try {
      const subject = await person();
      const { deleteMyAccount } = await graphqlOk<{ deleteMyAccount: { erasedAt: string } }>(
        testApp,
        DELETE_MY_ACCOUNT,
        { input: { confirmEmail: subject.user.email } },
        subject.headers,
      );
      expect(deleteMyAccount.erasedAt).toBe(at.toISOString());
      const [row] = await query<{ erased_at: Date }>(`SELECT erased_at FROM users WHERE id = $1`, [
        subject.user.id,
      ]);
      expect(row.erased_at.toISOString()).toBe(at.toISOString());
    } finally {
      testApp.clock.set(before);
    }
  });
});
