import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations/index.js';
import { AppointmentRounds1796162856675 } from '../migrations/1796162856675-appointment-rounds.js';
import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import type { SignedInUser } from './factories/index.js';
import { nextNumber } from './factories/sequence.js';
import { personalFeed } from './helpers/feeds.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { parseCalendar } from './helpers/ical.js';
import { migratedTo } from './helpers/migrate-to.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

// A database as the previous release left it (every migration before appointment rounds),
// with consultations written as that release wrote them, upgraded by the rounds migration:
// no booking, slot, calendar UID or scheduled reminder may be lost or changed.
const ROUNDS_MIGRATION = new AppointmentRounds1796162856675().name;
const PREVIOUS = MIGRATIONS[MIGRATIONS.findIndex((m) => m.name === ROUNDS_MIGRATION) - 1].name;

const HOUR = 3_600_000;
const FIRST_START = new Date('2026-05-20T07:00:00Z');
const SECOND_START = new Date('2026-05-21T07:00:00Z');
const CANCELLED_START = new Date('2026-05-22T07:00:00Z');

interface Rows {
  slots: Array<{ id: string; status: string; starts_at: Date; round_id?: string }>;
  bookings: Array<{
    id: string;
    slot_id: string;
    status: string;
    sequence: number;
    updated_at: Date;
    round_id?: string;
    seat?: number;
  }>;
  reminders: Array<{
    dedupe_key: string;
    status: string;
    available_at: Date;
    sent_at: Date | null;
  }>;
}

async function rowsOf(dataSource: DataSource, withRounds: boolean): Promise<Rows> {
  const extra = withRounds ? ', round_id' : '';
  return {
    slots: await dataSource.query(
      `SELECT id, status, starts_at${extra} FROM consultation_slots ORDER BY starts_at`,
    ),
    bookings: await dataSource.query(
      `SELECT id, slot_id, status, sequence, updated_at${extra}${withRounds ? ', seat' : ''}
       FROM consultation_bookings ORDER BY created_at`,
    ),
    reminders: await dataSource.query(
      `SELECT dedupe_key, status, available_at, sent_at FROM outbox_messages
       WHERE type = 'CONSULTATION_REMINDER' ORDER BY dedupe_key`,
    ),
  };
}

/**
 * A person with an open session in the previous release's columns (later releases added
 * columns, e.g. `users.erased_at`, that the entity factories would write).
 */
async function previousReleaseUser(
  previous: DataSource,
  name: string,
  roles: string[],
): Promise<SignedInUser> {
  const email = `upgrade-${nextNumber()}@example.fi`;
  // The columns the spec reads (id, email, name); the rest of today's entity does not exist.
  const [user] = await previous.query<Array<SignedInUser['user']>>(
    `INSERT INTO users (email, name, locale, roles) VALUES ($1, $2, 'en', $3) RETURNING id, email, name`,
    [email, name, roles],
  );
  const accessToken = newSecretToken();
  await previous.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, '2100-01-01T00:00:00Z')`,
    [hashToken('SESSION', accessToken), user.id],
  );
  return {
    user,
    accessToken,
    headers: { authorization: `Bearer ${accessToken}`, 'accept-language': 'en' },
  };
}

describe('appointment rounds: upgrading a database with consultations', () => {
  let database: { name: string; url: string };
  let testApp: TestApp | undefined;
  afterAll(async () => {
    if (testApp) await testApp.close();
    else await dropTestDatabase(database.name);
  });

  it('keeps every booking, its UID and its reminders, and the app moves a migrated booking', async () => {
    database = await createTestDatabase(false);
    const previous = await migratedTo(database.url, PREVIOUS);
    // The previous release's state: people and an application through today's tables
    // (the rounds migration leaves them alone), consultations and reminders as SQL.
    // Academies and organisations in that release's columns (later releases added columns
    // the entity factories would write).
    const [academy] = await previous.query<Array<{ id: string }>>(
      `INSERT INTO academies (slug, theme, title_fi, title_sv, title_en, description_fi,
         description_sv, description_en, time_zone, application_opens_at,
         application_deadline, consultation_booking_deadline, selection_announcement_at, capacity, status)
       VALUES ('upgrade-academy', 'kiertotalous', 'Akatemia', 'Akademi', 'Academy',
         'Kuvaus', 'Beskrivning', 'Description', 'Europe/Helsinki',
         '2026-04-01T00:00:00+03:00', '2026-05-31T23:59:59.999+03:00', '2026-05-31T23:59:59.999+03:00',
         '2026-06-18T12:00:00+03:00', 7, 'OPEN')
       RETURNING id`,
    );
    const expert = await previousReleaseUser(previous, 'Eeva Asiantuntija', ['EXPERT']);
    const contact = await previousReleaseUser(previous, 'Kalle Yhteyshenkilö', []);
    const [organisation] = await previous.query<Array<{ id: string }>>(
      `INSERT INTO organisations (name, business_id, type, region)
       VALUES ('Päivityskunta', '0201256-6', 'MUNICIPALITY', 'Uusimaa') RETURNING id`,
    );
    await previous.query(
      `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'CONTACT')`,
      [organisation.id, contact.user.id],
    );
    const [{ id: applicationId }] = await previous.query<Array<{ id: string }>>(
      `INSERT INTO applications (academy_id, organisation_id, status, answers, version, submitted_at)
       VALUES ($1, $2, 'SUBMITTED', '{}', 3, '2026-04-20T10:00:00Z') RETURNING id`,
      [academy.id, organisation.id],
    );
    const slotIds: string[] = [];
    for (const start of [FIRST_START, SECOND_START, CANCELLED_START]) {
      const [{ id }] = await previous.query<Array<{ id: string }>>(
        `INSERT INTO consultation_slots (academy_id, expert_id, starts_at, ends_at, mode, online_url, status)
         VALUES ($1, $2, $3, $4, 'REMOTE', 'https://teams.example/x', 'OPEN') RETURNING id`,
        [academy.id, expert.user.id, start, new Date(start.getTime() + HOUR)],
      );
      slotIds.push(id);
    }
    // An ACTIVE booking rescheduled once and updated once (sequence 2), and a cancelled one.
    const [{ id: bookingId }] = await previous.query<Array<{ id: string }>>(
      `INSERT INTO consultation_bookings (slot_id, application_id, status, booked_by_id, sequence, updated_at)
       VALUES ($1, $2, 'ACTIVE', $3, 2, '2026-04-28T08:00:00Z') RETURNING id`,
      [slotIds[0], applicationId, contact.user.id],
    );
    await previous.query(
      `INSERT INTO consultation_bookings (slot_id, application_id, status, booked_by_id, sequence,
         cancelled_at, cancel_reason, updated_at)
       VALUES ($1, $2, 'CANCELLED', $3, 1, '2026-04-25T10:00:00Z', NULL, '2026-04-25T10:00:00Z')`,
      [slotIds[2], applicationId, contact.user.id],
    );
    // Its reminders, as ConsultationMailer wrote them: one per person, due 24 h before,
    // keyed by booking, person and sequence.
    const reminderDue = new Date(FIRST_START.getTime() - 24 * HOUR);
    for (const person of [contact.user, expert.user]) {
      await previous.query(
        `INSERT INTO outbox_messages (type, to_address, to_name, locale, subject, text_body, html_body,
           attachments, status, available_at, dedupe_key)
         VALUES ('CONSULTATION_REMINDER', $1, $2, 'en', 'Reminder: consultation tomorrow', 'Tomorrow.',
           '<p>Tomorrow.</p>', '[]', 'PENDING', $3, $4)`,
        [
          person.email,
          person.name,
          reminderDue,
          `consultation-reminder:${bookingId}:${person.id}:2`,
        ],
      );
    }
    const before = await rowsOf(previous, false);
    await previous.destroy();

    // The upgrade.
    const upgraded = await migratedTo(database.url);
    const after = await rowsOf(upgraded, true);
    const rounds = await upgraded.query<
      Array<{
        id: string;
        academy_id: string;
        purpose: string;
        audience: string;
        bookings_per_organisation: number;
      }>
    >(
      'SELECT id, academy_id, purpose, audience, bookings_per_organisation FROM appointment_rounds',
    );
    await upgraded.destroy();
    expect(rounds).toEqual([
      {
        id: expect.any(String),
        academy_id: academy.id,
        purpose: 'CONSULTATION',
        audience: 'APPLICANTS',
        bookings_per_organisation: 1,
      },
    ]);
    const roundId = rounds[0].id;
    // Same ids, statuses, sequences and update stamps (the feed's ETag and LAST-MODIFIED).
    expect(after.slots).toEqual(before.slots.map((slot) => ({ ...slot, round_id: roundId })));
    expect(after.bookings).toEqual(
      before.bookings.map((booking) => ({ ...booking, round_id: roundId, seat: 1 })),
    );
    // The reminders are still there, unsent and due at the same instant.
    expect(after.reminders).toEqual(before.reminders);
    expect(after.reminders.map((row) => [row.status, row.sent_at])).toEqual([
      ['PENDING', null],
      ['PENDING', null],
    ]);

    // Today's app on the upgraded database: the feed carries the same UID and SEQUENCE.
    testApp = await startTestApp({ database });
    const feed = await (await fetch(`${(await personalFeed(testApp, contact)).local}`)).text();
    const events = parseCalendar(feed).events;
    expect(events.map((event) => [event.uid, event.sequence])).toEqual([
      [`consultation-${bookingId}@akatemia`, 2],
    ]);
    expect(events[0].summary).toMatch(/^Consultation: /);

    // The migrated booking moves like any other: same id, SEQUENCE 3, and the reminders move.
    const moved = await graphqlOk<{
      rescheduleConsultation: { id: string; sequence: number; roundId: string };
    }>(
      testApp,
      'mutation ($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { id sequence roundId } }',
      { input: { bookingId, slotId: slotIds[1] } },
      contact.headers,
    );
    expect(moved.rescheduleConsultation).toEqual({ id: bookingId, sequence: 3, roundId });
    const reminders = await testApp.dataSource.query<
      Array<{ dedupe_key: string; status: string; available_at: Date }>
    >(
      `SELECT dedupe_key, status, available_at FROM outbox_messages
       WHERE type = 'CONSULTATION_REMINDER' ORDER BY status, dedupe_key`,
    );
    const key = (person: { id: string }, sequence: number) =>
      `consultation-reminder:${bookingId}:${person.id}:${sequence}`;
    expect(reminders).toEqual(
      expect.arrayContaining([
        { dedupe_key: key(contact.user, 2), status: 'CANCELLED', available_at: reminderDue },
        { dedupe_key: key(expert.user, 2), status: 'CANCELLED', available_at: reminderDue },
        {
          dedupe_key: key(contact.user, 3),
          status: 'PENDING',
          available_at: new Date(SECOND_START.getTime() - 24 * HOUR),
        },
        {
          dedupe_key: key(expert.user, 3),
          status: 'PENDING',
          available_at: new Date(SECOND_START.getTime() - 24 * HOUR),
        },
      ]),
    );
    expect(reminders).toHaveLength(4);
    const movedFeed = parseCalendar(
      await (await fetch(`${(await personalFeed(testApp, contact)).local}`)).text(),
    ).events;
    expect(movedFeed.map((event) => [event.uid, event.sequence])).toEqual([
      [`consultation-${bookingId}@akatemia`, 3],
    ]);
  });
});
