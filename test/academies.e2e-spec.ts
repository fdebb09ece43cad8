import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { createAcademy } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('academies (public queries over /graphql)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('lists published academies from PostgreSQL, newest first, and hides drafts', async () => {
    const older = await createAcademy(testApp.dataSource, {
      status: AcademyStatus.ALUMNI,
      applicationOpensAt: new Date('2023-04-17T00:00:00+03:00'),
      applicationDeadline: new Date('2023-05-31T23:59:59.999+03:00'),
    });
    const newer = await createAcademy(testApp.dataSource, { status: AcademyStatus.OPEN });
    const draft = await createAcademy(testApp.dataSource, { status: AcademyStatus.DRAFT });

    const response = await testApp.graphql<{ academies: Array<{ slug: string; status: string }> }>(
      '{ academies { slug status } }',
    );

    expect(response.errors).toBeUndefined();
    const slugs = response.data!.academies.map((academy) => academy.slug);
    expect(slugs).toEqual(expect.arrayContaining([older.slug, newer.slug]));
    expect(slugs.indexOf(newer.slug)).toBeLessThan(slugs.indexOf(older.slug));
    expect(slugs).not.toContain(draft.slug);
  });

  it('returns one academy by slug with instants in ISO 8601 UTC', async () => {
    const academy = await createAcademy(testApp.dataSource, {
      applicationOpensAt: new Date('2023-04-17T00:00:00+03:00'),
      applicationDeadline: new Date('2023-05-31T23:59:59.999+03:00'),
    });

    const response = await testApp.graphql<{ academy: Record<string, unknown> }>(
      `query ($slug: String!) { academy(slug: $slug) { slug timeZone capacity applicationDeadline } }`,
      { slug: academy.slug },
    );

    expect(response.data?.academy).toEqual({
      slug: academy.slug,
      timeZone: 'Europe/Helsinki',
      capacity: 7,
      applicationDeadline: '2023-05-31T20:59:59.999Z',
    });
  });

  it('answers null, not an error, for an unknown slug and for a draft', async () => {
    const draft = await createAcademy(testApp.dataSource, { status: AcademyStatus.DRAFT });
    for (const slug of ['no-such-academy', draft.slug]) {
      const response = await testApp.graphql(
        'query ($slug: String!) { academy(slug: $slug) { id } }',
        { slug },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ academy: null });
    }
  });

  it('speaks the language of Accept-Language, an explicit locale, and falls back to Finnish', async () => {
    const academy = await createAcademy(testApp.dataSource, {
      title: { fi: 'Suomeksi', sv: 'På svenska', en: null },
    });
    const query = `query ($slug: String!) { academy(slug: $slug) { title { fi sv en text english: text(locale: en) } } }`;

    const swedish = await testApp.graphql<{ academy: { title: Record<string, unknown> } }>(
      query,
      { slug: academy.slug },
      { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' },
    );
    expect(swedish.data?.academy.title).toEqual({
      fi: 'Suomeksi',
      sv: 'På svenska',
      en: null,
      text: 'På svenska',
      english: 'Suomeksi',
    });

    const unknownLanguage = await testApp.graphql<{ academy: { title: { text: string } } }>(
      query,
      { slug: academy.slug },
      { 'accept-language': 'de-DE' },
    );
    expect(unknownLanguage.data?.academy.title.text).toBe('Suomeksi');
  });

  it('names the field and the rule when an argument breaks validation', async () => {
    const response = await testApp.graphql(
      'query ($slug: String!) { academy(slug: $slug) { id } }',
      { slug: 'x'.repeat(81) },
      { 'accept-language': 'en' },
    );

    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Please check your input: invalid fields: 1.');
    expect(error.extensions?.validationErrors).toEqual([
      expect.objectContaining({ field: 'slug', rule: 'maxLength', message: 'Too long.' }),
    ]);
  });
});
