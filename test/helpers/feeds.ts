import type { SignedInUser } from '../factories/users.js';
import { graphqlOk } from './graphql-ok.js';
import type { TestApp } from './test-app.js';

/** The person's personal calendar feed: its public URLs, and where this test server serves it. */
export async function personalFeed(
  testApp: TestApp,
  person: SignedInUser,
): Promise<{ url: string; webcalUrl: string; path: string; local: string }> {
  const data = await graphqlOk<{ myCalendarFeed: { url: string; webcalUrl: string } }>(
    testApp,
    '{ myCalendarFeed { url webcalUrl } }',
    undefined,
    person.headers,
  );
  const { url, webcalUrl } = data.myCalendarFeed;
  const path = new URL(url).pathname;
  return { url, webcalUrl, path, local: `${testApp.url}${path}` };
}
