import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  addCohortMember,
  createAcademy,
  createAdmin,
  createDraftAcademy,
  createExpert,
  createOrganisation,
  createSignedInUser,
  SCHEDULE_EVENT as SCHEDULE,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { personalFeed } from './helpers/feeds.js';
import {
  expectReferenceTimeline,
  expectStrictCalendar,
  parseCalendar,
  readComponents,
} from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * A finished academy (2023, now alumni) with a kick-off, a workshop and an alumni meeting,
 * as an organiser would schedule them, in Helsinki local time.
 */
async function createPastAcademy(
  testApp: TestApp,
  admin: SignedInUser,
): Promise<{ academy: AcademyEntity; alumniMeetingId: string }> {
  const academy = await createAcademy(testApp.dataSource, {
    status: AcademyStatus.ALUMNI,
    title: {
      fi: 'Kiertotaloushankintojen johtamisen teema-akatemia 2023',
      sv: 'Temaakademin för ledning av cirkulära upphandlingar 2023',
      en: 'Theme academy for leading circular procurement 2023',
    },
    applicationOpensAt: new Date('2023-04-17T00:00:00+03:00'),
    applicationDeadline: new Date('2023-05-31T23:59:59.999+03:00'),
    consultationBookingDeadline: new Date('2023-05-31T23:59:59.999+03:00'),
    selectionAnnouncementAt: new Date('2023-06-15T12:00:00+03:00'),
  });
  await scheduleEvent(testApp, admin, {
    academyId: academy.id,
    kind: 'KICKOFF',
    title: { fi: 'Kiertotalousakatemian käynnistystilaisuus', en: 'Academy kick-off' },
    startsAt: '2023-09-12T10:00',
    endsAt: '2023-09-12T16:00',
    mode: 'IN_PERSON',
    place: 'Helsinki',
  });
  await scheduleEvent(testApp, admin, {
    academyId: academy.id,
    title: { fi: 'Työpaja 2', en: 'Workshop 2' },
    startsAt: '2023-11-22T09:00',
    endsAt: '2023-11-22T11:30',
  });
  const alumniMeetingId = await scheduleEvent(testApp, admin, {
    academyId: academy.id,
    kind: 'ALUMNI_MEETING',
    title: { fi: 'Alumnitapaaminen', en: 'Alumni meeting' },
    startsAt: '2024-10-15T13:00',
    endsAt: '2024-10-15T15:30',
    mode: 'HYBRID',
    place: 'Helsinki',
    audience: 'ALUMNI',
  });
  return { academy, alumniMeetingId };
}

describe('calendars', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2026-11-24T08:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${testApp.url}${path}`, { headers });

  it('puts an academy timeline at the right absolute instants, read by two independent parsers', async () => {
    const { academy } = await createPastAcademy(testApp, admin);
    const response = await get(`/calendar/academies/${academy.slug}.ics`, {
      'accept-language': 'fi',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    // UTC throughout: no floating or zone-less local times for Outlook to misplace.
    expect(text).not.toMatch(/DTSTART;TZID/);
    expectReferenceTimeline(text);
  });

  it('answers 304 to a matching If-None-Match and 404 to an unknown or unpublished academy', async () => {
    const published = await createAcademy(testApp.dataSource);
    await scheduleEvent(testApp, admin, { academyId: published.id });
    const first = await get(`/calendar/academies/${published.slug}.ics`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    // Weak: DTSTAMP makes each answer's bytes differ (issue 11).
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    const again = await get(`/calendar/academies/${published.slug}.ics`, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/calendar/academies/no-such-academy.ics')).status).toBe(404);
    const draft = await createDraftAcademy(testApp.dataSource);
    await scheduleEvent(testApp, admin, { academyId: draft.id });
    expect((await get(`/calendar/academies/${draft.slug}.ics`)).status).toBe(404);
  });

  it('honours If-None-Match as RFC 9110 says: weak comparison, lists and *', async () => {
    const academy = await createAcademy(testApp.dataSource);
    await scheduleEvent(testApp, admin, { academyId: academy.id });
    const path = `/calendar/academies/${academy.slug}.ics`;
    const etag = (await get(path)).headers.get('etag')!;
    const opaque = etag.replace(/^W\//, '');
    const status = async (ifNoneMatch: string) =>
      (await get(path, { 'if-none-match': ifNoneMatch })).status;
    expect(await status(etag)).toBe(304);
    // A client that dropped the W/ still matches (weak comparison).
    expect(await status(opaque)).toBe(304);
    expect(await status(`"0123", ${etag}`)).toBe(304);
    expect(await status(`W/"0123",${opaque} , "x"`)).toBe(304);
    expect(await status('*')).toBe(304);
    expect(await status('"0123", W/"4567"')).toBe(200);
    expect(await status('not-a-tag')).toBe(200);
    const feed = await personalFeed(testApp, await createSignedInUser(testApp.dataSource));
    const feedTag = (await get(new URL(feed.url).pathname)).headers.get('etag')!;
    expect(feedTag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    for (const header of [feedTag, feedTag.slice(2), `"a", ${feedTag}`, '*']) {
      expect((await get(new URL(feed.url).pathname, { 'if-none-match': header })).status).toBe(304);
    }
    expect(
      (await get('/calendar/academies/no-such-academy.ics', { 'if-none-match': '*' })).status,
    ).toBe(404);
  });

  it('writes every calendar strict clients accept: academy, event, empty and full personal feeds', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const workshopId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja, osa 1; "lainaus"' },
      startsAt: '2027-09-14T09:00',
      endsAt: '2027-09-14T11:00',
    });
    // "Sparring, November–January": midnight to midnight in Helsinki → all-day dates.
    const periodId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'SPARRING',
      title: { fi: 'Sparraukset' },
      startsAt: '2027-11-23T00:00',
      endsAt: '2028-02-01T00:00',
    });
    const participant = await createSignedInUser(testApp.dataSource);
    await addCohortMember(
      testApp.dataSource,
      academy,
      await createOrganisation(testApp.dataSource, participant.user),
    );
    const newcomer = await createSignedInUser(testApp.dataSource);
    const calendars = {
      academy: await (await get(`/calendar/academies/${academy.slug}.ics`)).text(),
      event: await (await get(`/calendar/events/${workshopId}.ics`)).text(),
      emptyFeed: await (
        await get(new URL((await personalFeed(testApp, newcomer)).url).pathname)
      ).text(),
      fullFeed: await (
        await get(new URL((await personalFeed(testApp, participant)).url).pathname)
      ).text(),
    };
    for (const [which, text] of Object.entries(calendars)) {
      // Both parsers, and the strict checker (CRLF, folding, components, no METHOD).
      const { events } = expectStrictCalendar(text);
      expect([which, events.length]).toEqual([
        which,
        { academy: 2, event: 1, emptyFeed: 0, fullFeed: 2 }[which],
      ]);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text).not.toMatch(/^METHOD/m);
      for (const vevent of readComponents(text).components.filter((c) => c.name === 'VEVENT')) {
        const value = (name: string) =>
          vevent.properties.find((property) => property.name === name)?.value;
        // DTSTAMP: when the file was written (the test clock); LAST-MODIFIED: the change.
        expect(value('DTSTAMP')).toBe('20261124T080000Z');
        expect(value('LAST-MODIFIED')).toMatch(/^\d{8}T\d{6}Z$/);
        if (value('UID') === `${periodId}@akatemia`) {
          expect([value('DTSTART'), value('DTEND')]).toEqual(['20271123', '20280201']);
        }
      }
    }
  });

  it('keeps the UID and raises SEQUENCE on reschedule; a cancelled event stays as CANCELLED', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const scheduled = await testApp.graphql<{
      scheduleEvent: { id: string; sequence: number; start: { local: string } };
    }>(
      SCHEDULE,
      {
        input: {
          academyId: academy.id,
          kind: 'WORKSHOP',
          title: { fi: 'Ylimääräinen työpaja' },
          startsAt: '2027-09-14T09:00',
          endsAt: '2027-09-14T11:00',
          mode: 'REMOTE',
          onlineUrl: 'https://teams.example/meet',
        },
      },
      admin.headers,
    );
    expect(scheduled.errors).toBeUndefined();
    const id = scheduled.data!.scheduleEvent.id;
    expect(scheduled.data!.scheduleEvent.start.local).toBe('2027-09-14T09:00:00');
    const read = async () => {
      const response = await get(`/calendar/academies/${academy.slug}.ics`);
      return parseCalendar(await response.text()).events.find(
        (event) => event.uid === `${id}@akatemia`,
      )!;
    };
    expect(await read()).toMatchObject({
      sequence: 0,
      start: '2027-09-14T06:00:00.000Z',
      status: 'CONFIRMED',
    });

    await graphqlOk(
      testApp,
      'mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { sequence } }',
      { input: { eventId: id, startsAt: '2027-11-02T09:00', endsAt: '2027-11-02T11:00' } },
      admin.headers,
    );
    expect(await read()).toMatchObject({ sequence: 1, start: '2027-11-02T07:00:00.000Z' });

    await graphqlOk(
      testApp,
      'mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { status } }',
      { input: { eventId: id } },
      admin.headers,
    );
    expect(await read()).toMatchObject({ sequence: 2, status: 'CANCELLED' });

    const again = await testApp.graphql(
      'mutation ($input: RescheduleEventInput!) { rescheduleEvent(input: $input) { sequence } }',
      { input: { eventId: id, startsAt: '2027-11-03T09:00', endsAt: '2027-11-03T11:00' } },
      admin.headers,
    );
    expect(again.errors?.[0].extensions?.code).toBe('EVENT_CANCELLED');
  });

  it('keeps an injected newline or BEGIN:VALARM in a title as text', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const evil = 'Työpaja; osa 1, huom\nBEGIN:VALARM\nTRIGGER:-PT5M\nACTION:DISPLAY\nEND:VALARM';
    const scheduled = await graphqlOk<{ scheduleEvent: { id: string } }>(
      testApp,
      SCHEDULE,
      {
        input: {
          academyId: academy.id,
          kind: 'OTHER',
          title: { fi: evil },
          startsAt: '2027-09-20T09:00',
          endsAt: '2027-09-20T10:00',
          mode: 'IN_PERSON',
          place: 'Sali 1, 2. krs; Helsinki',
        },
      },
      admin.headers,
    );
    const text = await (await get(`/calendar/events/${scheduled.scheduleEvent.id}.ics`)).text();
    expect(text).not.toMatch(/^BEGIN:VALARM/m);
    const { name, events } = parseCalendar(text);
    // X-WR-CALNAME is an extension property: ical.js hands it over still TEXT-escaped.
    expect(name?.replace(/\\(.)/g, '$1')).toBe(evil.replace(/\n/g, ' '));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe(evil);
    expect(events[0].location).toBe('Sali 1, 2. krs; Helsinki');
  });

  describe('personal feeds', () => {
    let participant: SignedInUser;
    let outsider: SignedInUser;
    let expert: SignedInUser;
    let sessionId: string;
    let otherSessionId: string;
    let unhostedSessionId: string;
    let academySlug: string;

    beforeAll(async () => {
      const { academy } = await createPastAcademy(testApp, admin);
      academySlug = academy.slug;
      participant = await createSignedInUser(testApp.dataSource, { locale: 'en' as never });
      outsider = await createSignedInUser(testApp.dataSource);
      expert = await createExpert(testApp.dataSource);
      const colleague = await createExpert(testApp.dataSource);
      const organisation = await createOrganisation(testApp.dataSource, participant.user);
      const other = await createOrganisation(testApp.dataSource, outsider.user);
      await addCohortMember(testApp.dataSource, academy, organisation);
      const schedule = (organisationId: string, title: string, host = expert) =>
        scheduleEvent(testApp, host, {
          academyId: academy.id,
          kind: 'SPARRING',
          title: { fi: title, en: `${title} (en)` },
          startsAt: '2023-12-05T13:00',
          endsAt: '2023-12-05T15:00',
          audience: 'ORGANISATION',
          audienceOrganisationId: organisationId,
          hostIds: [host.user.id],
        });
      sessionId = await schedule(organisation.id, 'Sparraus A');
      otherSessionId = await schedule(other.id, 'Sparraus B');
      // Hosted by someone else: the expert's feed must not hold it.
      unhostedSessionId = await schedule(other.id, 'Sparraus C', colleague);
    });

    const feedOf = (user: SignedInUser) => personalFeed(testApp, user);
    const path = (url: string) => new URL(url).pathname;

    it('holds the cohort events, the organisation’s own session and the alumni meeting — nothing of others', async () => {
      const link = await feedOf(participant);
      expect(link.url).toMatch(
        /^https:\/\/akatemia\.test\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/,
      );
      expect(link.webcalUrl).toBe(link.url.replace('https:', 'webcal:'));
      const response = await get(path(link.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toContain('private');
      const text = await response.text();
      expect(text).toContain(`URL;VALUE=URI:https://akatemia.test/academies/${academySlug}#`);
      const { events } = parseCalendar(text);
      const uids = events.map((event) => event.uid);
      expect(uids).toContain(`${sessionId}@akatemia`);
      expect(uids).not.toContain(`${otherSessionId}@akatemia`);
      expect(events.map((event) => event.summary)).toEqual(
        expect.arrayContaining(['Academy kick-off', 'Alumni meeting', 'Sparraus A (en)']),
      );
    });

    it('gives an expert the sessions they host, and an outsider only their own organisation’s', async () => {
      const expertEvents = parseCalendar(
        await (await get(path((await feedOf(expert)).url))).text(),
      ).events;
      // The expert belongs to no organisation: hosting alone puts a session in their feed.
      const memberships = await graphqlOk<{ myMemberships: unknown[] }>(
        testApp,
        '{ myMemberships { role } }',
        undefined,
        expert.headers,
      );
      expect(memberships.myMemberships).toEqual([]);
      expect(expertEvents.map((event) => event.uid).sort()).toEqual(
        [`${sessionId}@akatemia`, `${otherSessionId}@akatemia`].sort(),
      );
      const outsiderEvents = parseCalendar(
        await (await get(path((await feedOf(outsider)).url))).text(),
      ).events;
      expect(outsiderEvents.map((event) => event.uid).sort()).toEqual(
        [`${otherSessionId}@akatemia`, `${unhostedSessionId}@akatemia`].sort(),
      );
    });

    it('answers 304 without building when nothing changed, and 200 after a change', async () => {
      const url = path((await feedOf(participant)).url);
      const first = await get(url);
      const etag = first.headers.get('etag')!;
      expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
      await graphqlOk(
        testApp,
        'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { sequence } }',
        { input: { eventId: sessionId, place: 'Teams' } },
        expert.headers,
      );
      const changed = await get(url, { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });

    it('stops answering the old URL once rotated', async () => {
      const old = path((await feedOf(participant)).url);
      const rotated = await testApp.graphql<{ rotateCalendarFeed: { url: string } }>(
        'mutation { rotateCalendarFeed { url } }',
        undefined,
        participant.headers,
      );
      const fresh = path(rotated.data!.rotateCalendarFeed.url);
      expect(fresh).not.toBe(old);
      expect((await get(old)).status).toBe(404);
      expect((await get(fresh)).status).toBe(200);
      expect(path((await feedOf(participant)).url)).toBe(fresh);
    });

    it('hides an organisation’s session from others: 404 on the event download', async () => {
      expect((await get(`/calendar/events/${sessionId}.ics`)).status).toBe(404);
      expect((await get(`/calendar/events/${sessionId}.ics`, outsider.headers)).status).toBe(404);
      expect((await get(`/calendar/events/${sessionId}.ics`, participant.headers)).status).toBe(
        200,
      );
      expect((await get('/calendar/feeds/not-a-token.ics')).status).toBe(404);
    });
  });
});
