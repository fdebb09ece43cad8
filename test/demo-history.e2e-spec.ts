import { createAdmin } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');

interface DemoApplication {
  id: string;
  status: string;
  organisation: { name: string; type: string };
  completeness: { complete: boolean };
  eligibility: Array<{ outcome: string }>;
  consultation: { notes: string | null } | null;
}

/** The reference academy's selection as the demo seed tells it (issue 13). */
describe('demo history of kiertotalous-2023', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let academyId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
    const academy = await testApp.graphql<{ academy: { id: string } }>(
      '{ academy(slug: "kiertotalous-2023") { id } }',
    );
    academyId = academy.data!.academy.id;
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('has eleven submitted, complete and eligible applications, each with the expert’s notes of its consultation', async () => {
    const response = await testApp.graphql<{ applications: { items: DemoApplication[] } }>(
      `query ($academyId: ID!) { applications(academyId: $academyId, status: SUBMITTED, limit: 50) {
        items { id status organisation { name type } completeness { complete }
          eligibility { outcome } consultation { notes } } } }`,
      { academyId },
      admin.headers,
    );
    const items = response.data!.applications.items;
    expect(items).toHaveLength(11);
    for (const application of items) {
      expect(application.completeness.complete).toBe(true);
      expect(application.eligibility.map((criterion) => criterion.outcome)).not.toContain(
        'NOT_MET',
      );
      expect(application.consultation?.notes).toEqual(expect.stringMatching(/\w{5,}/));
    }
    expect(new Set(items.map((application) => application.organisation.type))).toEqual(
      new Set([
        'MUNICIPALITY',
        'JOINT_MUNICIPAL_AUTHORITY',
        'PARISH',
        'IN_HOUSE_COMPANY',
        'STATE_AGENCY',
      ]),
    );
  });
});
