import { FeedCache } from '../src/modules/calendar/feed-cache.js';
import {
  addCohortMember,
  createAcademy,
  createAdmin,
  createOrganisation,
  createSignedInUser,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const UPDATE = 'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { sequence } }';

/**
 * A person's feed is built once per version and then served from the instance's cache;
 * every instance reads the version from the database, so a change made through one
 * instance is what the other serves next (two apps on one database).
 */
describe('the personal feed cache', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: SignedInUser;

  const sameDatabase = () => ({
    name: first.databaseName,
    url: (first.dataSource.options as { url: string }).url,
  });

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ database: sameDatabase() });
    admin = await createAdmin(first.dataSource);
  });
  afterAll(async () => {
    await second.stop();
    await first.close();
  });

  const counts = (app: TestApp) => ({ ...app.app.get(FeedCache).counts });
  const get = async (app: TestApp, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${app.url}${path}`, { headers });
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      text: await response.text(),
    };
  };

  async function participantWithEvent() {
    const academy = await createAcademy(first.dataSource);
    const participant = await createSignedInUser(first.dataSource);
    const organisation = await createOrganisation(first.dataSource, participant.user);
    await addCohortMember(first.dataSource, academy, organisation);
    const eventId = await scheduleEvent(first, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja', en: 'Workshop' },
      place: 'Oulu',
    });
    return { participant, eventId, path: (await personalFeed(first, participant)).path };
  }

  it('builds once per version: the second request is the cached text, with the same ETag', async () => {
    const { path } = await participantWithEvent();
    const before = counts(first);
    const one = await get(first, path);
    const two = await get(first, path);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(two.text).toBe(one.text);
    expect(two.etag).toBe(one.etag);
    expect(counts(first)).toEqual({ builds: before.builds + 1, hits: before.hits + 1 });
  });

  it('rebuilds once after a change made through another instance, on each instance', async () => {
    const { path, eventId } = await participantWithEvent();
    const old = await get(first, path);
    await get(second, path);
    expect(parseCalendar(old.text).events[0].location).toBe('Oulu');

    await graphqlOk(second, UPDATE, { input: { eventId, place: 'Turku' } }, admin.headers);
    const before = counts(first);
    const changed = await get(first, path);
    expect(changed.etag).not.toBe(old.etag);
    expect(parseCalendar(changed.text).events[0].location).toBe('Turku');
    const again = await get(first, path);
    expect(again.text).toBe(changed.text);
    expect(counts(first)).toEqual({ builds: before.builds + 1, hits: before.hits + 1 });

    // The second instance had cached the old version: it rebuilds too, never serves "Oulu".
    const fromSecond = await get(second, path);
    expect(fromSecond.etag).toBe(changed.etag);
    expect(parseCalendar(fromSecond.text).events[0].location).toBe('Turku');
  });

  it('answers 304 from the version alone, building nothing', async () => {
    const { path } = await participantWithEvent();
    const { etag } = await get(first, path);
    const before = counts(first);
    expect((await get(first, path, { 'if-none-match': etag! })).status).toBe(304);
    expect(counts(first)).toEqual(before);
  });

  it('keeps nothing when the cache is switched off (CALENDAR_FEED_CACHE_MB=0)', async () => {
    const uncached = await startTestApp({
      database: sameDatabase(),
      env: { CALENDAR_FEED_CACHE_MB: '0' },
    });
    try {
      const { path } = await participantWithEvent();
      await get(uncached, path);
      await get(uncached, path);
      expect(counts(uncached)).toEqual({ builds: 2, hits: 0 });
    } finally {
      await uncached.stop();
    }
  });
});
