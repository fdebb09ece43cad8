import { randomUUID } from 'node:crypto';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { BookingStatus } from '../src/modules/consultations/consultation-booking.enums.js';
import { SlotMode } from '../src/modules/consultations/consultation-slot.enums.js';
import { ConsultationBookingEntity } from '../src/modules/consultations/entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from '../src/modules/consultations/entities/consultation-slot.entity.js';
import { OrganisationType } from '../src/modules/organisations/organisation.enums.js';
import {
  ReviewRecommendation,
  ReviewStatus,
  SelectionOutcome,
} from '../src/modules/selection/selection.enums.js';
import {
  COMPLETE_ANSWERS,
  createAcademyWithCriteria,
  createAdmin,
  createDraftApplication,
  createExpert,
  createSignedInUser,
  insertDecision,
  insertReview,
  insertRubric,
  insertSubmittedApplication,
  NOT_ELIGIBLE_ANSWERS,
  type RubricCriterionRow,
  type SignedInUser,
} from './factories/index.js';
import { errorCode } from './helpers/graphql-ok.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const BOARD = `query ($academyId: ID!, $rankBy: BoardRanking) {
  selectionBoard(academyId: $academyId, rankBy: $rankBy) {
    academyId rankBy
    rows {
      rank
      application { id status organisation { name } }
      organisation { id name type region }
      reviews { reviewId reviewer { id name } status weightedTotal recommendation submittedAt }
      aggregate { count scored mean median stdDev accept reserve reject }
      flags { noConsultation ineligible eligibility missingReviews }
      decision { outcome reserveRank }
    }
    balance {
      accepted reserve rejected capacity
      byOrganisationType { key count }
      byRegion { key count }
      byPilotCategory { key count }
    }
  }
}`;

interface BoardRowData {
  rank: number | null;
  application: { id: string; status: string; organisation: { name: string } };
  organisation: { id: string; name: string; type: string; region: string | null };
  reviews: Array<{
    reviewer: { id: string; name: string };
    status: string;
    weightedTotal: number | null;
    recommendation: string | null;
  }>;
  aggregate: {
    count: number;
    scored: number;
    mean: number | null;
    median: number | null;
    stdDev: number | null;
    accept: number;
    reserve: number;
    reject: number;
  };
  flags: {
    noConsultation: boolean;
    ineligible: boolean;
    eligibility: string;
    missingReviews: number;
  };
  decision: { outcome: string; reserveRank: number | null } | null;
}
interface BoardData {
  selectionBoard: {
    academyId: string;
    rankBy: string;
    rows: BoardRowData[];
    balance: {
      accepted: number;
      reserve: number;
      rejected: number;
      capacity: number;
      byOrganisationType: Array<{ key: string | null; count: number }>;
      byRegion: Array<{ key: string | null; count: number }>;
      byPilotCategory: Array<{ key: string | null; count: number }>;
    };
  };
}

const { ACCEPT, RESERVE, REJECT } = ReviewRecommendation;

describe('the selection board', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let reviewers: SignedInUser[];
  let contact: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-06-10T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
    reviewers = [];
    for (const name of ['Aino Arvioija', 'Bertil Bedömare', 'Cecilia Critic', 'Daniel Draft']) {
      reviewers.push(await createExpert(testApp.dataSource, { name }));
    }
    contact = await createSignedInUser(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  let slotCount = 0;
  async function book(applicationId: string, academyId: string): Promise<void> {
    const startsAt = new Date(Date.UTC(2027, 4, 10, 6) + slotCount++ * 3_600_000);
    const slots = testApp.dataSource.getRepository(ConsultationSlotEntity);
    const slot = await slots.save(
      slots.create({
        academyId,
        expertId: reviewers[0].user.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        mode: SlotMode.REMOTE,
        onlineUrl: 'https://meet.example.fi/akatemia',
      }),
    );
    await testApp.dataSource.getRepository(ConsultationBookingEntity).insert({
      slotId: slot.id,
      applicationId,
      status: BookingStatus.ACTIVE,
      bookedById: contact.user.id,
    });
  }

  async function board(academyId: string, rankBy?: string, headers = admin.headers) {
    return testApp.graphql<BoardData>(BOARD, { academyId, rankBy }, headers);
  }

  /**
   * Four submitted applications on a rubric of weights 2 and 1 (a total is 2·first + second):
   * - A: totals 15, 10, 3 — mean 9.333, median 10, ACCEPT ×2 + REJECT; booked; ACCEPTED.
   * - B: totals 9, 9, 11 — mean 9.667, median 9; a fourth reviewer's draft; RESERVE 1.
   * - C: one review, "not applicable" everywhere (no total), one assigned; ACCEPTED.
   * - D: a team of one (NOT_MET), no review, no decision.
   * Plus a draft application, which is not on the board.
   */
  async function scenario() {
    const academy = await createAcademyWithCriteria(testApp, admin);
    const criteria = await insertRubric(testApp.dataSource, academy.id, [2, 1]);
    const apply = (name: string, options: Parameters<typeof insertSubmittedApplication>[3] = {}) =>
      insertSubmittedApplication(testApp.dataSource, academy.id, contact, {
        answers: COMPLETE_ANSWERS,
        ...options,
        organisation: { name, ...options.organisation },
      });
    const a = await apply('Aaltola');
    const b = await apply('Bjärnå', { organisation: { region: 'Varsinais-Suomi' } });
    const c = await apply('Cederby', {
      organisation: { region: 'Pirkanmaa', type: OrganisationType.JOINT_MUNICIPAL_AUTHORITY },
      answers: {
        ...COMPLETE_ANSWERS,
        pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, category: 'FOOD' },
      },
    });
    const d = await apply('Dalsby', { answers: NOT_ELIGIBLE_ANSWERS });
    await createDraftApplication(testApp, { academy });
    const review = (
      applicationId: string,
      reviewer: SignedInUser,
      scores: Array<number | null>,
      recommendation: ReviewRecommendation | null,
      status = ReviewStatus.SUBMITTED,
    ) =>
      insertReview(testApp.dataSource, {
        academyId: academy.id,
        applicationId,
        reviewer: reviewer.user,
        scores,
        criteria,
        recommendation,
        status,
      });
    await review(a.applicationId, reviewers[0], [5, 5], ACCEPT);
    await review(a.applicationId, reviewers[1], [4, 2], ACCEPT);
    await review(a.applicationId, reviewers[2], [1, 1], REJECT);
    await review(b.applicationId, reviewers[0], [3, 3], RESERVE);
    await review(b.applicationId, reviewers[1], [3, 3], RESERVE);
    await review(b.applicationId, reviewers[2], [4, 3], ACCEPT);
    await review(b.applicationId, reviewers[3], [5, 5], ACCEPT, ReviewStatus.DRAFT);
    await review(c.applicationId, reviewers[0], [null, null], RESERVE);
    await review(c.applicationId, reviewers[1], [], null, ReviewStatus.ASSIGNED);
    await book(a.applicationId, academy.id);
    const decide = (applicationId: string, outcome: SelectionOutcome, reserveRank?: number) =>
      insertDecision(testApp.dataSource, {
        academyId: academy.id,
        applicationId,
        outcome,
        reserveRank,
        stagedBy: admin.user,
      });
    await decide(a.applicationId, SelectionOutcome.ACCEPTED);
    await decide(b.applicationId, SelectionOutcome.RESERVE, 1);
    await decide(c.applicationId, SelectionOutcome.ACCEPTED);
    return { academy, criteria, a, b, c, d };
  }

  it('aggregates the submitted reviews as computed by hand, ranked by the mean', async () => {
    const { academy, a, b, c, d } = await scenario();
    const response = await board(academy.id);
    expect(response.errors).toBeUndefined();
    const data = response.data!.selectionBoard;
    expect(data.rankBy).toBe('MEAN');
    expect(data.rows.map((row) => [row.organisation.name, row.rank])).toEqual([
      ['Bjärnå', 1],
      ['Aaltola', 2],
      ['Cederby', null],
      ['Dalsby', null],
    ]);
    const byId = new Map(data.rows.map((row) => [row.application.id, row]));
    const rowA = byId.get(a.applicationId)!;
    // (15 + 10 + 3) / 3; middle 10; √(((15 − 9.333)² + (10 − 9.333)² + (3 − 9.333)²) / 2).
    expect(rowA.aggregate).toMatchObject({ count: 3, scored: 3, median: 10, accept: 2, reject: 1 });
    expect(rowA.aggregate.mean).toBeCloseTo(28 / 3, 6);
    expect(rowA.aggregate.stdDev).toBeCloseTo(Math.sqrt(218 / 3 / 2), 6);
    expect(rowA.aggregate.stdDev).toBeCloseTo(6.0277, 4);
    expect(rowA.reviews.map((review) => review.weightedTotal)).toEqual([15, 10, 3]);
    const rowB = byId.get(b.applicationId)!;
    // 9, 9, 11: mean 9.667, median 9, √((0.444 + 0.444 + 1.778) / 2) = 1.1547.
    expect(rowB.aggregate).toMatchObject({ count: 3, median: 9, accept: 1, reserve: 2 });
    expect(rowB.aggregate.mean).toBeCloseTo(29 / 3, 6);
    expect(rowB.aggregate.stdDev).toBeCloseTo(1.1547, 4);
    // The fourth reviewer's draft is listed, but its total stays theirs and counts nowhere.
    const draft = rowB.reviews.find((review) => review.status === 'DRAFT')!;
    expect(draft).toMatchObject({ weightedTotal: null, recommendation: null });
    expect(draft.reviewer.name).toBe('Daniel Draft');
    expect(rowB.flags.missingReviews).toBe(1);
    const rowC = byId.get(c.applicationId)!;
    expect(rowC.aggregate).toMatchObject({ count: 1, scored: 0, mean: null, stdDev: null });
    expect(rowC.flags.missingReviews).toBe(1);
    expect(byId.get(d.applicationId)!.aggregate.count).toBe(0);
  });

  it('ranks by the median when asked', async () => {
    const { academy } = await scenario();
    const response = await board(academy.id, 'MEDIAN');
    expect(response.errors).toBeUndefined();
    expect(
      response.data!.selectionBoard.rows.map((row) => [row.organisation.name, row.rank]),
    ).toEqual([
      ['Aaltola', 1],
      ['Bjärnå', 2],
      ['Cederby', null],
      ['Dalsby', null],
    ]);
  });

  it('flags a missing consultation, ineligibility and missing reviews; shows staged decisions and the balance', async () => {
    const { academy, a, b, c, d } = await scenario();
    const data = (await board(academy.id)).data!.selectionBoard;
    const byId = new Map(data.rows.map((row) => [row.application.id, row]));
    expect(byId.get(a.applicationId)!.flags).toEqual({
      noConsultation: false,
      ineligible: false,
      eligibility: 'MET',
      missingReviews: 0,
    });
    expect(byId.get(d.applicationId)!.flags).toEqual({
      noConsultation: true,
      ineligible: true,
      eligibility: 'NOT_MET',
      missingReviews: 0,
    });
    expect(byId.get(a.applicationId)!.decision).toEqual({ outcome: 'ACCEPTED', reserveRank: null });
    expect(byId.get(b.applicationId)!.decision).toEqual({ outcome: 'RESERVE', reserveRank: 1 });
    expect(byId.get(c.applicationId)!.decision).toEqual({ outcome: 'ACCEPTED', reserveRank: null });
    expect(byId.get(d.applicationId)!.decision).toBeNull();
    expect(data.balance).toEqual({
      accepted: 2,
      reserve: 1,
      rejected: 0,
      capacity: 7,
      byOrganisationType: [
        { key: 'JOINT_MUNICIPAL_AUTHORITY', count: 1 },
        { key: 'MUNICIPALITY', count: 1 },
      ],
      byRegion: [
        { key: 'Pirkanmaa', count: 1 },
        { key: 'Uusimaa', count: 1 },
      ],
      byPilotCategory: [
        { key: 'CONSTRUCTION', count: 1 },
        { key: 'FOOD', count: 1 },
      ],
    });
    // Only submitted applications: the draft is not on the board.
    expect(data.rows).toHaveLength(4);
  });

  it('is for admins only: experts, applicants and anonymous callers are refused', async () => {
    const academy = await createAcademyWithCriteria(testApp, admin);
    expect(errorCode(await board(academy.id, undefined, reviewers[0].headers))).toBe('FORBIDDEN');
    expect(errorCode(await board(academy.id, undefined, contact.headers))).toBe('FORBIDDEN');
    expect(errorCode(await board(academy.id, undefined, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await board(randomUUID()))).toBe('NOT_FOUND');
    const invalid = await board('not-a-uuid');
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
  });

  describe('statements', () => {
    async function academyOf(size: number): Promise<AcademyEntity> {
      const academy = await createAcademyWithCriteria(testApp, admin);
      const criteria: RubricCriterionRow[] = await insertRubric(
        testApp.dataSource,
        academy.id,
        [2, 1, 1.5],
      );
      for (let index = 0; index < size; index++) {
        const { applicationId } = await insertSubmittedApplication(
          testApp.dataSource,
          academy.id,
          contact,
          { answers: COMPLETE_ANSWERS },
        );
        for (const [position, reviewer] of reviewers.slice(0, 3).entries()) {
          await insertReview(testApp.dataSource, {
            academyId: academy.id,
            applicationId,
            reviewer: reviewer.user,
            criteria,
            scores: [(index + position) % 6, 3, index % 2 === 0 ? null : 4],
            recommendation: ACCEPT,
          });
        }
        if (index % 7 === 0) await book(applicationId, academy.id);
        if (index % 3 === 0) {
          await insertDecision(testApp.dataSource, {
            academyId: academy.id,
            applicationId,
            outcome: SelectionOutcome.REJECTED,
            stagedBy: admin.user,
          });
        }
      }
      return academy;
    }

    it('costs as many statements for 50 applications as for 5', async () => {
      const small = await academyOf(5);
      const large = await academyOf(50);
      const five = await countQueries(() => board(small.id));
      const fifty = await countQueries(() => board(large.id));
      expect(five.result.errors).toBeUndefined();
      expect(fifty.result.errors).toBeUndefined();
      expect(five.result.data!.selectionBoard.rows).toHaveLength(5);
      expect(fifty.result.data!.selectionBoard.rows).toHaveLength(50);
      expect(fifty.result.data!.selectionBoard.rows.every((row) => row.reviews.length === 3)).toBe(
        true,
      );
      expect(fifty.statements).toBe(five.statements);
      // The session, the academy, the applications, eligibility (academies, the academy's
      // earlier editions for prior groundwork, criteria, organisations, cohort), bookings,
      // organisations, rubric, reviews, reviewers, decisions, and the Application.organisation
      // loader: 16 today.
      expect(fifty.statements).toBeLessThanOrEqual(16);
    });
  });

  describe('CSV export', () => {
    const csvUrl = (academyId: string, query = '') =>
      `${testApp.url}/exports/academies/${academyId}/selection-board.csv${query}`;

    it('has one row per submitted application in rank order, a BOM, defused cells', async () => {
      const { academy } = await scenario();
      await insertSubmittedApplication(testApp.dataSource, academy.id, contact, {
        organisation: { name: '=HYPERLINK("x")' },
      });
      const response = await fetch(csvUrl(academy.id), { headers: admin.headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${academy.slug}-selection-board.csv"`,
      );
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
      expect(lines[0]).toMatch(/^"rank","organisation","business_id"/);
      expect(lines).toHaveLength(1 + 5);
      expect(lines[1]).toMatch(/^"1","Bjärnå",/);
      expect(lines[1]).toContain('"9.67","9","1.15","1","2","0"');
      expect(lines[1]).toContain('"RESERVE","1"');
      expect(lines[2]).toMatch(/^"2","Aaltola",/);
      expect(lines[2]).toContain('"Aino Arvioija: 15 | Bertil Bedömare: 10 | Cecilia Critic: 3"');
      expect(lines.some((line) => line.includes(`"'=HYPERLINK(""x"")"`))).toBe(true);
    });

    it('takes ?delimiter=semicolon and ?rankBy=MEDIAN', async () => {
      const { academy } = await scenario();
      const response = await fetch(csvUrl(academy.id, '?delimiter=semicolon&rankBy=MEDIAN'), {
        headers: admin.headers,
      });
      expect(response.status).toBe(200);
      const lines = (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^"rank";"organisation";"business_id";/);
      expect(lines[1]).toMatch(/^"1";"Aaltola";/);
    });

    it('refuses non-admins and bad parameters with the field named', async () => {
      const academy = await createAcademyWithCriteria(testApp, admin);
      expect((await fetch(csvUrl(academy.id), { headers: reviewers[0].headers })).status).toBe(403);
      expect((await fetch(csvUrl(academy.id), { headers: contact.headers })).status).toBe(403);
      expect((await fetch(csvUrl(academy.id))).status).toBe(401);
      const badDelimiter = await fetch(csvUrl(academy.id, '?delimiter=tab'), {
        headers: admin.headers,
      });
      expect(badDelimiter.status).toBe(400);
      const badId = await fetch(csvUrl('kiertotalous-2027'), { headers: admin.headers });
      expect(badId.status).toBe(400);
      expect(await badId.text()).toContain('academyId');
      // In the caller's language, as every refusal.
      const finnish = await fetch(csvUrl(academy.id, '?rankBy=BEST'), {
        headers: { ...admin.headers, 'accept-language': 'fi' },
      });
      expect(finnish.status).toBe(400);
      expect(((await finnish.json()) as { error: { code: string } }).error.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
