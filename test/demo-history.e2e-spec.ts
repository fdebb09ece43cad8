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

  it('has the released selection: two submitted reviews each, seven accepted, two reserves, two rejected; one decline filled by the first reserve', async () => {
    const board = await testApp.graphql<{
      selectionBoard: {
        rows: Array<{
          organisation: { name: string };
          aggregate: { count: number; mean: number | null };
          decision: { outcome: string; reserveRank: number | null } | null;
          application: { offer: { status: string; seatNo: number; fromReserve: boolean } | null };
        }>;
        balance: { accepted: number; reserve: number; rejected: number; capacity: number };
      };
    }>(
      `query ($academyId: ID!) { selectionBoard(academyId: $academyId) {
        rows { organisation { name } aggregate { count mean } decision { outcome reserveRank }
          application { offer { status seatNo fromReserve } } }
        balance { accepted reserve rejected capacity } } }`,
      { academyId },
      admin.headers,
    );
    expect(board.errors).toBeUndefined();
    const { rows, balance } = board.data!.selectionBoard;
    expect(rows).toHaveLength(11);
    expect(rows.every((row) => row.aggregate.count === 2 && row.aggregate.mean !== null)).toBe(
      true,
    );
    expect(balance).toEqual({ accepted: 7, reserve: 2, rejected: 2, capacity: 7 });
    const byName = new Map(rows.map((row) => [row.organisation.name, row]));
    expect(byName.get('Vaaralan kaupunki')!.application.offer).toEqual({
      status: 'DECLINED',
      seatNo: 4,
      fromReserve: false,
    });
    expect(byName.get('Metsälän kunta')!.decision).toEqual({ outcome: 'RESERVE', reserveRank: 1 });
    expect(byName.get('Metsälän kunta')!.application.offer).toEqual({
      status: 'CONFIRMED',
      seatNo: 4,
      fromReserve: true,
    });
    expect(byName.get('Saarelan kaupunki')!.application.offer).toBeNull();
    const confirmed = rows.filter((row) => row.application.offer?.status === 'CONFIRMED');
    expect(confirmed.map((row) => row.application.offer!.seatNo).sort()).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('has the cohort of the seven that confirmed, each with its responsible person and three experts', async () => {
    const response = await testApp.graphql<{
      cohort: {
        organisations: Array<{
          organisation: { name: string };
          participants: Array<{ role: string; hasAccount: boolean }>;
        }>;
      };
    }>(
      `query ($academyId: ID!) { cohort(academyId: $academyId) {
        organisations { organisation { name } participants { role hasAccount } } } }`,
      { academyId },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    const organisations = response.data!.cohort.organisations;
    expect(organisations).toHaveLength(7);
    expect(organisations.map((entry) => entry.organisation.name)).toContain('Metsälän kunta');
    expect(organisations.map((entry) => entry.organisation.name)).not.toContain(
      'Vaaralan kaupunki',
    );
    for (const { participants } of organisations) {
      expect(participants.map((person) => person.role).sort()).toEqual([
        'EXPERT',
        'EXPERT',
        'EXPERT',
        'RESPONSIBLE',
      ]);
      expect(participants.find((person) => person.role === 'RESPONSIBLE')!.hasAccount).toBe(true);
    }
  });
});
