import { Locale } from '../src/common/i18n/locale.js';
import { OutboxMessageEntity } from '../src/modules/mail/entities/outbox-message.entity.js';
import {
  ASSIGN_REVIEWER,
  ASSIGN_REVIEWERS,
  bookConsultation,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  createSignedInUser,
  createSubmittedApplication,
  DECLARE_CONFLICT,
  publishSlots,
  SAVE_REVIEW,
  SET_REVIEW_RUBRIC,
  SIMPLE_RUBRIC,
  SPRING_2027,
  SUBMIT_REVIEW,
  assignReviewer,
  saveReview,
  setReviewRubric,
  submitReview,
  type Applicant,
  type RubricCriterion,
  type SignedInUser,
  WITHDRAW,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const APPLICATION_REVIEWS = `query ($id: ID!) {
  application(id: $id) {
    id
    reviews { id reviewer { id } status recommendation comment weightedTotal scores { criterionId score criterion { position } } }
  }
}`;

interface VisibleReview {
  reviewer: { id: string };
  status: string;
  weightedTotal: number | null;
  scores: Array<{ criterionId: string; score: number | null }>;
}

describe('reviewing', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-05-01T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  /** A fresh academy with the simple rubric and `count` submitted applications. */
  async function academyWithApplications(count: number) {
    const academy = await createAcademy(testApp.dataSource, SPRING_2027);
    const rubric = await setReviewRubric(testApp, admin, academy.id);
    const applicants: Applicant[] = [];
    for (let index = 0; index < count; index++) {
      applicants.push(await createSubmittedApplication(testApp, { academy }));
    }
    return { academy, rubric, applicants };
  }

  const reviewCount = async (where: string, params: unknown[]) =>
    Number(
      (
        await testApp.dataSource.query<Array<{ count: string }>>(
          `SELECT count(*) FROM reviews WHERE ${where}`,
          params,
        )
      )[0].count,
    );
  const scoreRows = (reviewId: string) =>
    testApp.dataSource.query<Array<{ criterion_id: string; score: number | null }>>(
      'SELECT criterion_id, score FROM review_scores WHERE review_id = $1',
      [reviewId],
    );
  const mailsTo = (address: string) =>
    testApp.dataSource.getRepository(OutboxMessageEntity).findBy({ toAddress: address });

  describe('the rubric', () => {
    it('is set by an admin, read on the academy in order, and refused to others', async () => {
      const academy = await createAcademy(testApp.dataSource, SPRING_2027);
      const rubric = await setReviewRubric(testApp, admin, academy.id);
      expect(rubric.map((criterion) => criterion.position)).toEqual([1, 2, 3]);
      const read = await graphqlOk<{
        academy: { reviewRubric: Array<{ id: string; weight: number; label: { en: string } }> };
      }>(
        testApp,
        `query ($slug: String!) { academy(slug: $slug) { reviewRubric { id weight label { en } } } }`,
        {
          slug: academy.slug,
        },
      );
      expect(
        read.academy.reviewRubric.map((criterion) => [criterion.label.en, criterion.weight]),
      ).toEqual([
        ['Groundwork', 2],
        ['Commitment', 1],
        ['Sharing', 1],
      ]);
      const expert = await createExpert(testApp.dataSource);
      const refused = await testApp.graphql(
        SET_REVIEW_RUBRIC,
        { input: { academyId: academy.id, criteria: SIMPLE_RUBRIC } },
        expert.headers,
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });

    it('refuses a scale whose minimum is not below its maximum, naming the field', async () => {
      const academy = await createAcademy(testApp.dataSource, SPRING_2027);
      const response = await testApp.graphql(
        SET_REVIEW_RUBRIC,
        {
          input: {
            academyId: academy.id,
            criteria: [{ ...SIMPLE_RUBRIC[0], scaleMin: 5, scaleMax: 5 }],
          },
        },
        admin.headers,
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain('input.criteria.0.scaleMax');
    });

    it('is locked after the first submitted review (RUBRIC_LOCKED, nothing changed)', async () => {
      const { academy, rubric, applicants } = await academyWithApplications(1);
      const expert = await createExpert(testApp.dataSource);
      await assignReviewer(testApp, admin, applicants[0].applicationId, expert);
      // A draft does not lock it yet.
      await saveReview(testApp, expert, applicants[0].applicationId, rubric, [3, 3, null]);
      const changed = await setReviewRubric(testApp, admin, academy.id, [
        ...SIMPLE_RUBRIC.map((criterion, index) => ({ ...criterion, id: rubric[index].id })),
      ]);
      expect(changed.map((criterion) => criterion.id)).toEqual(
        rubric.map((criterion) => criterion.id),
      );
      await graphqlOk(
        testApp,
        SUBMIT_REVIEW,
        { input: { applicationId: applicants[0].applicationId } },
        expert.headers,
      );
      const refused = await testApp.graphql(
        SET_REVIEW_RUBRIC,
        { input: { academyId: academy.id, criteria: SIMPLE_RUBRIC.slice(0, 1) } },
        { ...admin.headers, 'accept-language': 'fi' },
      );
      expect(errorCode(refused)).toBe('RUBRIC_LOCKED');
      expect(refused.errors?.[0].message).not.toMatch(/rubric/i);
      const after = await testApp.dataSource.query<unknown[]>(
        'SELECT id FROM review_criteria WHERE academy_id = $1',
        [academy.id],
      );
      expect(after).toHaveLength(3);
    });
  });

  describe('assignment', () => {
    it('in bulk: balances the load, skips conflicts and drafts, and mails each reviewer once with their list', async () => {
      const { academy, applicants } = await academyWithApplications(4);
      const draft = await createDraftApplication(testApp, { academy });
      const experts = [
        await createExpert(testApp.dataSource, { locale: Locale.fi }),
        await createExpert(testApp.dataSource),
        await createExpert(testApp.dataSource),
      ];
      await graphqlOk(
        testApp,
        DECLARE_CONFLICT,
        { input: { organisationId: applicants[0].organisation.id, reason: 'Former employer' } },
        experts[0].headers,
      );
      const data = await graphqlOk<{
        assignReviewers: {
          created: Array<{ applicationId: string; reviewerId: string }>;
          unfilledApplicationIds: string[];
        };
      }>(
        testApp,
        ASSIGN_REVIEWERS,
        {
          input: {
            academyId: academy.id,
            expertIds: experts.map((e) => e.user.id),
            perApplication: 2,
          },
        },
        admin.headers,
      );
      const created = data.assignReviewers.created;
      expect(created).toHaveLength(8);
      expect(data.assignReviewers.unfilledApplicationIds).toEqual([]);
      // Never the conflicted expert on that organisation's application, never the draft.
      expect(
        created.filter(
          (review) =>
            review.applicationId === applicants[0].applicationId &&
            review.reviewerId === experts[0].user.id,
        ),
      ).toEqual([]);
      expect(created.some((review) => review.applicationId === draft.applicationId)).toBe(false);
      const loads = experts.map(
        (expert) => created.filter((review) => review.reviewerId === expert.user.id).length,
      );
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      expect(loads.reduce((a, b) => a + b)).toBe(8);

      // One mail per reviewer, in their language, naming each assigned organisation.
      for (const [index, expert] of experts.entries()) {
        const mails = await mailsTo(expert.user.email);
        expect(mails).toHaveLength(1);
        expect(mails[0].type).toBe('REVIEW_ASSIGNMENT');
        expect(mails[0].subject).toMatch(
          index === 0
            ? /^Sinulle on osoitettu arvioitavia hakemuksia/
            : /^Applications assigned to you/,
        );
        const mine = created.filter((review) => review.reviewerId === expert.user.id);
        expect(mails[0].subject).toContain(`(${mine.length})`);
        for (const review of mine) {
          const applicant = applicants.find((a) => a.applicationId === review.applicationId)!;
          expect(mails[0].textBody).toContain(applicant.organisation.name);
        }
        expect(mails[0].textBody).toContain('https://akatemia.test/review');
      }

      // Run again: everything is filled, nothing new, nobody mailed again.
      const again = await graphqlOk<{ assignReviewers: { created: unknown[] } }>(
        testApp,
        ASSIGN_REVIEWERS,
        {
          input: {
            academyId: academy.id,
            expertIds: experts.map((e) => e.user.id),
            perApplication: 2,
          },
        },
        admin.headers,
      );
      expect(again.assignReviewers.created).toEqual([]);
      for (const expert of experts) expect(await mailsTo(expert.user.email)).toHaveLength(1);
    });

    it('by hand: refuses a conflicted expert (CONFLICT_OF_INTEREST) and a draft (NOT_SUBMITTED), writing nothing', async () => {
      const { academy, applicants } = await academyWithApplications(1);
      const draft = await createDraftApplication(testApp, { academy });
      const expert = await createExpert(testApp.dataSource);
      await graphqlOk(
        testApp,
        DECLARE_CONFLICT,
        { input: { organisationId: applicants[0].organisation.id } },
        expert.headers,
      );
      const conflicted = await testApp.graphql(
        ASSIGN_REVIEWER,
        { input: { applicationId: applicants[0].applicationId, expertId: expert.user.id } },
        admin.headers,
      );
      expect(errorCode(conflicted)).toBe('CONFLICT_OF_INTEREST');
      const notSubmitted = await testApp.graphql(
        ASSIGN_REVIEWER,
        { input: { applicationId: draft.applicationId, expertId: expert.user.id } },
        admin.headers,
      );
      expect(errorCode(notSubmitted)).toBe('NOT_SUBMITTED');
      const notExpert = await createSignedInUser(testApp.dataSource);
      const refusedPerson = await testApp.graphql(
        ASSIGN_REVIEWER,
        { input: { applicationId: applicants[0].applicationId, expertId: notExpert.user.id } },
        admin.headers,
      );
      expect(errorCode(refusedPerson)).toBe('BAD_USER_INPUT');
      expect(await reviewCount('academy_id = $1', [academy.id])).toBe(0);
      expect(await mailsTo(expert.user.email)).toHaveLength(0);
    });

    it('by hand: mails the one assignment; assigning again changes nothing', async () => {
      const { applicants } = await academyWithApplications(1);
      const expert = await createExpert(testApp.dataSource);
      const first = await assignReviewer(testApp, admin, applicants[0].applicationId, expert);
      const second = await assignReviewer(testApp, admin, applicants[0].applicationId, expert);
      expect(second).toBe(first);
      const mails = await mailsTo(expert.user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].textBody).toContain(applicants[0].organisation.name);
    });

    it('declaring a conflict removes the open assignments of that organisation, not the submitted ones', async () => {
      const academy = await createAcademy(testApp.dataSource, SPRING_2027);
      const rubric = await setReviewRubric(testApp, admin, academy.id);
      const open = await createSubmittedApplication(testApp, { academy });
      const other = await createSubmittedApplication(testApp, { academy });
      const expert = await createExpert(testApp.dataSource);
      await assignReviewer(testApp, admin, open.applicationId, expert);
      await assignReviewer(testApp, admin, other.applicationId, expert);
      await submitReview(testApp, expert, other.applicationId, rubric, [4, 4, 4]);
      // The same organisation applies to a second academy, where the expert's review is done.
      await graphqlOk(
        testApp,
        DECLARE_CONFLICT,
        { input: { organisationId: open.organisation.id } },
        expert.headers,
      );
      await graphqlOk(
        testApp,
        DECLARE_CONFLICT,
        { input: { organisationId: other.organisation.id } },
        expert.headers,
      );
      expect(
        await reviewCount('reviewer_id = $1 AND application_id = $2', [
          expert.user.id,
          open.applicationId,
        ]),
      ).toBe(0);
      expect(
        await reviewCount('reviewer_id = $1 AND application_id = $2', [
          expert.user.id,
          other.applicationId,
        ]),
      ).toBe(1);
      const audit = await testApp.dataSource.query<unknown[]>(
        `SELECT 1 FROM audit_entries WHERE action = 'conflict_of_interest.declared' AND actor_id = $1`,
        [expert.user.id],
      );
      expect(audit).toHaveLength(2);
    });

    it('unassigns an open review but not a submitted one', async () => {
      const { rubric, applicants } = await academyWithApplications(2);
      const expert = await createExpert(testApp.dataSource);
      await assignReviewer(testApp, admin, applicants[0].applicationId, expert);
      await assignReviewer(testApp, admin, applicants[1].applicationId, expert);
      await submitReview(testApp, expert, applicants[1].applicationId, rubric, [1, 1, 1]);
      const UNASSIGN = `mutation ($input: AssignReviewerInput!) { unassignReviewer(input: $input) }`;
      await graphqlOk(
        testApp,
        UNASSIGN,
        { input: { applicationId: applicants[0].applicationId, expertId: expert.user.id } },
        admin.headers,
      );
      const refused = await testApp.graphql(
        UNASSIGN,
        { input: { applicationId: applicants[1].applicationId, expertId: expert.user.id } },
        admin.headers,
      );
      expect(errorCode(refused)).toBe('REVIEW_SUBMITTED');
      expect(await reviewCount('reviewer_id = $1', [expert.user.id])).toBe(1);
    });
  });

  describe('scoring', () => {
    let rubric: RubricCriterion[];
    let applicant: Applicant;
    let expert: SignedInUser;
    let reviewId: string;

    beforeAll(async () => {
      const made = await academyWithApplications(1);
      rubric = made.rubric;
      applicant = made.applicants[0];
      expert = await createExpert(testApp.dataSource);
      reviewId = await assignReviewer(testApp, admin, applicant.applicationId, expert);
      await saveReview(testApp, expert, applicant.applicationId, rubric, [2, 2, null]);
    });

    const attempt = (
      who: SignedInUser,
      scores: Array<{ criterionId: string; score: number | null }>,
    ) =>
      testApp.graphql(
        SAVE_REVIEW,
        { input: { applicationId: applicant.applicationId, scores, recommendation: 'REJECT' } },
        who.headers,
      );
    const unchanged = async () => {
      expect((await scoreRows(reviewId)).map((row) => row.score).sort()).toEqual(
        [2, 2, null].sort(),
      );
      const [row] = await testApp.dataSource.query<Array<{ recommendation: string }>>(
        'SELECT recommendation FROM reviews WHERE id = $1',
        [reviewId],
      );
      expect(row.recommendation).toBe('ACCEPT');
    };

    it('refuses a score outside the scale, naming the field', async () => {
      const response = await attempt(expert, [
        { criterionId: rubric[0].id, score: 4 },
        { criterionId: rubric[1].id, score: 6 },
      ]);
      expect(errorCode(response)).toBe('SCORE_OUT_OF_SCALE');
      expect(response.errors?.[0].extensions?.field).toBe('input.scores.1.score');
      await unchanged();
    });

    it('refuses "not applicable" where the criterion does not allow it', async () => {
      const response = await attempt(expert, [{ criterionId: rubric[0].id, score: null }]);
      expect(errorCode(response)).toBe('SCORE_OUT_OF_SCALE');
      await unchanged();
    });

    it("refuses another academy's criterion", async () => {
      const elsewhere = await createAcademy(testApp.dataSource, SPRING_2027);
      const [foreign] = await setReviewRubric(testApp, admin, elsewhere.id);
      const response = await attempt(expert, [{ criterionId: foreign.id, score: 3 }]);
      expect(errorCode(response)).toBe('CRITERION_NOT_IN_RUBRIC');
      expect(response.errors?.[0].extensions?.field).toBe('input.scores.0.criterionId');
      await unchanged();
    });

    it('refuses an expert who is not assigned (NOT_ASSIGNED) and a non-expert (FORBIDDEN)', async () => {
      const other = await createExpert(testApp.dataSource);
      expect(errorCode(await attempt(other, [{ criterionId: rubric[0].id, score: 3 }]))).toBe(
        'NOT_ASSIGNED',
      );
      expect(
        errorCode(await attempt(applicant.contact, [{ criterionId: rubric[0].id, score: 3 }])),
      ).toBe('FORBIDDEN');
      expect(await reviewCount('application_id = $1', [applicant.applicationId])).toBe(1);
      await unchanged();
    });

    it('refuses reviewing an application withdrawn since (NOT_SUBMITTED)', async () => {
      const made = await academyWithApplications(1);
      const [withdrawn] = made.applicants;
      const reviewer = await createExpert(testApp.dataSource);
      const id = await assignReviewer(testApp, admin, withdrawn.applicationId, reviewer);
      await graphqlOk(
        testApp,
        WITHDRAW,
        { input: { applicationId: withdrawn.applicationId } },
        withdrawn.contact.headers,
      );
      const response = await testApp.graphql(
        SAVE_REVIEW,
        {
          input: {
            applicationId: withdrawn.applicationId,
            scores: [{ criterionId: made.rubric[0].id, score: 3 }],
          },
        },
        reviewer.headers,
      );
      expect(errorCode(response)).toBe('NOT_SUBMITTED');
      expect(await scoreRows(id)).toEqual([]);
    });

    it('refuses a reviewer who declared a conflict after all (CONFLICT_OF_INTEREST)', async () => {
      const made = await academyWithApplications(1);
      const conflicted = await createExpert(testApp.dataSource);
      const id = await assignReviewer(testApp, admin, made.applicants[0].applicationId, conflicted);
      // A conflict written around the API (declaring would have removed the assignment).
      await testApp.dataSource.query(
        'INSERT INTO conflicts_of_interest (user_id, organisation_id) VALUES ($1, $2)',
        [conflicted.user.id, made.applicants[0].organisation.id],
      );
      const response = await testApp.graphql(
        SAVE_REVIEW,
        {
          input: {
            applicationId: made.applicants[0].applicationId,
            scores: [{ criterionId: made.rubric[0].id, score: 3 }],
          },
        },
        conflicted.headers,
      );
      expect(errorCode(response)).toBe('CONFLICT_OF_INTEREST');
      expect(await scoreRows(id)).toEqual([]);
    });

    it('submits only a complete review, then refuses any edit (REVIEW_SUBMITTED)', async () => {
      const made = await academyWithApplications(1);
      const reviewer = await createExpert(testApp.dataSource);
      const id = await assignReviewer(testApp, admin, made.applicants[0].applicationId, reviewer);
      const applicationId = made.applicants[0].applicationId;
      await saveReview(testApp, reviewer, applicationId, made.rubric, [3], null);
      const incomplete = await testApp.graphql(
        SUBMIT_REVIEW,
        { input: { applicationId } },
        reviewer.headers,
      );
      expect(errorCode(incomplete)).toBe('REVIEW_INCOMPLETE');
      expect(incomplete.errors?.[0].extensions?.fields).toEqual([
        `scores.${made.rubric[1].id}`,
        `scores.${made.rubric[2].id}`,
        'recommendation',
      ]);
      // N/A where allowed counts as answered: 2×3 + 1×5 = 11.
      await saveReview(testApp, reviewer, applicationId, made.rubric, [3, 5, null], 'RESERVE');
      const submitted = await graphqlOk<{
        submitReview: { status: string; weightedTotal: number };
      }>(testApp, SUBMIT_REVIEW, { input: { applicationId } }, reviewer.headers);
      // Weights 2, 1, 1; the third "not applicable": (2×3 + 1×5) × 4 / 3, N/A neutral.
      expect(submitted.submitReview.status).toBe('SUBMITTED');
      expect(submitted.submitReview.weightedTotal).toBeCloseTo(44 / 3, 10);
      const edit = await testApp.graphql(
        SAVE_REVIEW,
        { input: { applicationId, scores: [{ criterionId: made.rubric[0].id, score: 0 }] } },
        reviewer.headers,
      );
      expect(errorCode(edit)).toBe('REVIEW_SUBMITTED');
      expect(
        errorCode(
          await testApp.graphql(SUBMIT_REVIEW, { input: { applicationId } }, reviewer.headers),
        ),
      ).toBe('REVIEW_SUBMITTED');
      expect(
        (await scoreRows(id)).find((row) => row.criterion_id === made.rubric[0].id)?.score,
      ).toBe(3);
    });
  });

  describe('who sees which reviews', () => {
    it("a reviewer sees the others' scores only after submitting their own; nobody else sees any", async () => {
      const { rubric, applicants } = await academyWithApplications(1);
      const [applicant] = applicants;
      const first = await createExpert(testApp.dataSource);
      const second = await createExpert(testApp.dataSource);
      const bystander = await createExpert(testApp.dataSource);
      await assignReviewer(testApp, admin, applicant.applicationId, first);
      await assignReviewer(testApp, admin, applicant.applicationId, second);
      await saveReview(testApp, first, applicant.applicationId, rubric, [5, 5, 5]);
      await saveReview(testApp, second, applicant.applicationId, rubric, [1, 1, 1], 'REJECT');

      const visibleTo = async (who: SignedInUser) =>
        (
          await graphqlOk<{ application: { reviews: VisibleReview[] } }>(
            testApp,
            APPLICATION_REVIEWS,
            { id: applicant.applicationId },
            who.headers,
          )
        ).application.reviews;

      // Before submitting: each sees their own draft only.
      expect((await visibleTo(first)).map((review) => review.reviewer.id)).toEqual([first.user.id]);
      expect((await visibleTo(second)).map((review) => review.reviewer.id)).toEqual([
        second.user.id,
      ]);
      expect(await visibleTo(bystander)).toEqual([]);
      expect(await visibleTo(applicant.contact)).toEqual([]);
      // The list of one's assignments shows no one else's either.
      const mine = await graphqlOk<{
        myReviewAssignments: Array<{
          reviewer: { id: string };
          application: { reviews: VisibleReview[] };
        }>;
      }>(
        testApp,
        `{ myReviewAssignments { reviewer { id } application { reviews { reviewer { id } weightedTotal } } } }`,
        {},
        first.headers,
      );
      expect(mine.myReviewAssignments).toHaveLength(1);
      expect(mine.myReviewAssignments[0].application.reviews.map((r) => r.reviewer.id)).toEqual([
        first.user.id,
      ]);

      await graphqlOk(
        testApp,
        SUBMIT_REVIEW,
        { input: { applicationId: applicant.applicationId } },
        first.headers,
      );
      // Submitted, the first sees only submitted reviews of others: the second's draft stays
      // the second's own until it is submitted too.
      expect((await visibleTo(first)).map((review) => review.reviewer.id)).toEqual([first.user.id]);
      // The second reviewer still has not submitted: still only their own.
      expect((await visibleTo(second)).map((review) => review.reviewer.id)).toEqual([
        second.user.id,
      ]);
      await graphqlOk(
        testApp,
        SUBMIT_REVIEW,
        { input: { applicationId: applicant.applicationId } },
        second.headers,
      );
      const afterBoth = await visibleTo(first);
      expect(afterBoth.map((review) => review.reviewer.id).sort()).toEqual(
        [first.user.id, second.user.id].sort(),
      );
      const theirs = afterBoth.find((review) => review.reviewer.id === second.user.id)!;
      expect(theirs.weightedTotal).toBe(4);
      expect(theirs.scores.map((score) => score.score)).toEqual([1, 1, 1]);
      // Admins see every review.
      expect(await visibleTo(admin)).toHaveLength(2);

      // Declaring a conflict with the organisation afterwards: back to one's own review only.
      await graphqlOk(
        testApp,
        DECLARE_CONFLICT,
        { input: { organisationId: applicant.organisation.id, reason: 'Entinen työnantaja' } },
        first.headers,
      );
      expect((await visibleTo(first)).map((review) => review.reviewer.id)).toEqual([first.user.id]);
    });

    it('an assigned reviewer reads the consultation notes; other experts still do not', async () => {
      const academy = await createAcademy(testApp.dataSource, SPRING_2027);
      const host = await createExpert(testApp.dataSource);
      const applicant = await createSubmittedApplication(testApp, { academy });
      const [slotId] = await publishSlots(testApp, host, academy.id, '2027-05-20');
      const bookingId = await bookConsultation(
        testApp,
        applicant.contact,
        slotId,
        applicant.applicationId,
      );
      await graphqlOk(
        testApp,
        `mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }`,
        { input: { bookingId, notes: 'Johto sitoutunut; rakennushanke syksyllä.' } },
        host.headers,
      );
      const reviewer = await createExpert(testApp.dataSource);
      const other = await createExpert(testApp.dataSource);
      await assignReviewer(testApp, admin, applicant.applicationId, reviewer);
      const notesFor = async (who: SignedInUser) =>
        (
          await graphqlOk<{ application: { consultation: { notes: string | null } } }>(
            testApp,
            `query ($id: ID!) { application(id: $id) { consultation { notes } } }`,
            { id: applicant.applicationId },
            who.headers,
          )
        ).application.consultation.notes;
      expect(await notesFor(reviewer)).toBe('Johto sitoutunut; rakennushanke syksyllä.');
      expect(await notesFor(other)).toBeNull();
      expect(await notesFor(applicant.contact)).toBeNull();
      expect(await notesFor(host)).toBe('Johto sitoutunut; rakennushanke syksyllä.');

      // A conflict with the organisation ends the reading, even while the assignment stands
      // (a submitted review is kept when its reviewer declares a conflict; the row is written
      // here directly, as that leaves the assignment in place).
      await testApp.dataSource.query(
        `INSERT INTO conflicts_of_interest (user_id, organisation_id) VALUES ($1, $2)`,
        [reviewer.user.id, applicant.organisation.id],
      );
      expect(await reviewCount('application_id = $1', [applicant.applicationId])).toBe(1);
      expect(await notesFor(reviewer)).toBeNull();
    });
  });
});
