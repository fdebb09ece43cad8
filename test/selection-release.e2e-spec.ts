import { setTimeout as sleep } from 'node:timers/promises';
import { TestClock } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { Locale } from '../src/common/i18n/locale.js';
import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import {
  addMember,
  WITHDRAW,
  closeApplications,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createExpert,
  createSignedInUser,
  createSubmittedApplication,
  grantDeadlineExtension,
  PUBLISH_SELECTION,
  publishSelection,
  STAGE_DECISION,
  stageDecision,
  stageDecisions,
  type Applicant,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { TestSmtpServer } from './helpers/smtp.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

const START = new Date('2026-05-04T09:00:00Z');
const APPLICATION_DECISION = `query ($id: ID!) { application(id: $id) { id decision { outcome reserveRank releasedAt } } }`;
const ACADEMY_SELECTION = `query ($slug: String!) { academy(slug: $slug) {
  stagedDecisions { applicationId outcome reserveRank note }
  selectionReadiness { ready submitted accepted reserve rejected capacity problems { problem applicationId accepted capacity ranks deadline { instant } } }
  selectionRelease { releaseAt { instant } releasedAt scheduled overdue }
} }`;

interface Counts {
  releases: number;
  released: number;
  offers: number;
  decisionMails: number;
  releaseAudits: number;
  lapseJobs: number;
}

/** Everything a release writes, counted for one academy (the mails by recipient). */
async function countsOf(
  dataSource: DataSource,
  academyId: string,
  recipients: readonly string[],
): Promise<Counts> {
  const [row] = await dataSource.query<Array<Counts>>(
    `SELECT
      (SELECT count(*)::int FROM selection_releases WHERE academy_id = $1) AS releases,
      (SELECT count(*)::int FROM selection_releases WHERE academy_id = $1 AND released_at IS NOT NULL) AS released,
      (SELECT count(*)::int FROM selection_offers WHERE academy_id = $1) AS offers,
      (SELECT count(*)::int FROM outbox_messages WHERE type LIKE 'SELECTION_%' AND to_address = ANY($2::text[])) AS "decisionMails",
      (SELECT count(*)::int FROM audit_entries WHERE entity_id = $1 AND action = 'selection.released') AS "releaseAudits",
      (SELECT count(*)::int FROM pgboss.job j JOIN selection_offers o ON o.id::text = j.singleton_key
         WHERE j.name = 'selection-offer-lapse' AND o.academy_id = $1) AS "lapseJobs"`,
    [academyId, [...recipients]],
  );
  return row;
}

const decisionOf = async (testApp: TestApp, applicant: Applicant, as: SignedInUser) =>
  (
    await graphqlOk<{ application: { decision: unknown } }>(
      testApp,
      APPLICATION_DECISION,
      { id: applicant.applicationId },
      as.headers,
    )
  ).application.decision;

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(200);
  }
}

describe('selection: staged decisions and their release', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({ now: START, env: { SMTP_URL: smtp.url } });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  /**
   * An academy of `capacity` with `count` submitted applications, each with its own contact,
   * its application deadline past (unless `open`).
   */
  async function academyWithApplicants(
    count: number,
    capacity = 2,
    { open = false }: { open?: boolean } = {},
  ): Promise<{ academy: AcademyEntity; applicants: Applicant[] }> {
    const academy = await createAcademy(testApp.dataSource, { capacity });
    const applicants: Applicant[] = [];
    for (let index = 0; index < count; index++)
      applicants.push(await createSubmittedApplication(testApp, { academy }));
    if (!open) await closeApplications(testApp.dataSource, academy, testApp.clock.now());
    return { academy, applicants };
  }

  const contactsOf = (applicants: readonly Applicant[]) =>
    applicants.map((applicant) => applicant.contact.user.email);

  describe('stageDecision', () => {
    it('stages and changes a decision (ADMIN), moves the academy OPEN → SELECTION and audits each change', async () => {
      const { academy, applicants } = await academyWithApplicants(1);
      await stageDecision(testApp, admin, {
        applicationId: applicants[0].applicationId,
        outcome: 'RESERVE',
        reserveRank: 1,
        note: 'strong team',
      });
      await stageDecision(testApp, admin, {
        applicationId: applicants[0].applicationId,
        outcome: 'ACCEPTED',
      });
      const [row] = await testApp.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM academies WHERE id = $1`,
        [academy.id],
      );
      expect(row.status).toBe(AcademyStatus.SELECTION);
      const audits = await testApp.dataSource.query<Array<{ before: unknown; after: unknown }>>(
        `SELECT before, after FROM audit_entries WHERE entity_id = $1 AND action = 'selection.decision_staged' ORDER BY created_at`,
        [applicants[0].applicationId],
      );
      expect(audits).toEqual([
        { before: null, after: { outcome: 'RESERVE', reserveRank: 1, note: 'strong team' } },
        {
          before: { outcome: 'RESERVE', reserveRank: 1, note: 'strong team' },
          after: { outcome: 'ACCEPTED', reserveRank: null, note: null },
        },
      ]);
    });

    it('refuses experts and organisations (FORBIDDEN), drafts (NOT_SUBMITTED) and bad ranks (BAD_USER_INPUT), writing nothing', async () => {
      const { academy, applicants } = await academyWithApplicants(2);
      const draft = await createDraftApplication(testApp, { academy });
      const expert = await createExpert(testApp.dataSource);
      const stage = (input: Record<string, unknown>, as: SignedInUser = admin) =>
        testApp.graphql(STAGE_DECISION, { input }, as.headers);
      const first = applicants[0].applicationId;

      expect(errorCode(await stage({ applicationId: first, outcome: 'ACCEPTED' }, expert))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await stage({ applicationId: first, outcome: 'ACCEPTED' }, applicants[0].contact),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await stage({ applicationId: draft.applicationId, outcome: 'ACCEPTED' })),
      ).toBe('NOT_SUBMITTED');
      const missingRank = await stage({ applicationId: first, outcome: 'RESERVE' });
      expect(errorCode(missingRank)).toBe('BAD_USER_INPUT');
      expect(missingRank.errors?.[0].extensions?.validationErrors).toEqual([
        expect.objectContaining({ field: 'input.reserveRank', rule: 'reserveRank' }),
      ]);
      expect(
        errorCode(await stage({ applicationId: first, outcome: 'REJECTED', reserveRank: 2 })),
      ).toBe('BAD_USER_INPUT');
      await stageDecision(testApp, admin, {
        applicationId: first,
        outcome: 'RESERVE',
        reserveRank: 1,
      });
      const taken = await stage({
        applicationId: applicants[1].applicationId,
        outcome: 'RESERVE',
        reserveRank: 1,
      });
      expect(errorCode(taken)).toBe('BAD_USER_INPUT');
      expect(taken.errors?.[0].extensions?.validationErrors).toEqual([
        expect.objectContaining({ field: 'input.reserveRank', rule: 'unique' }),
      ]);

      const rows = await testApp.dataSource.query<Array<{ application_id: string }>>(
        `SELECT application_id FROM selection_decisions WHERE academy_id = $1`,
        [academy.id],
      );
      expect(rows.map((row) => row.application_id)).toEqual([first]);
    });

    it('answers in the caller’s language', async () => {
      const { academy } = await academyWithApplicants(0);
      const draft = await createDraftApplication(testApp, { academy });
      const answers = await Promise.all(
        (['fi', 'sv', 'en'] as const).map((language) =>
          testApp.graphql(
            STAGE_DECISION,
            { input: { applicationId: draft.applicationId, outcome: 'ACCEPTED' } },
            { ...admin.headers, 'accept-language': language },
          ),
        ),
      );
      expect(answers.map((answer) => answer.errors?.[0].message)).toEqual([
        'Hakemusta ei ole lähetetty.',
        'Ansökan har inte skickats in.',
        'The application has not been submitted.',
      ]);
    });
  });

  it('keeps a staged decision from the organisation (API and mail) until the release, then shows it', async () => {
    const { academy, applicants } = await academyWithApplicants(1);
    const [applicant] = applicants;
    await stageDecision(testApp, admin, {
      applicationId: applicant.applicationId,
      outcome: 'ACCEPTED',
      note: 'staff only',
    });

    // Staff see it staged; the organisation sees nothing, and no mail is waiting or sent.
    expect(await decisionOf(testApp, applicant, admin)).toEqual({
      outcome: 'ACCEPTED',
      reserveRank: null,
      releasedAt: null,
    });
    expect(await decisionOf(testApp, applicant, applicant.contact)).toBeNull();
    // Nor do experts: not a reviewer, not one who belongs to the applying organisation.
    const expert = await createExpert(testApp.dataSource);
    const expertMember = await createExpert(testApp.dataSource);
    await addMember(testApp.dataSource, applicant.organisation, expertMember.user);
    expect(await decisionOf(testApp, applicant, expert)).toBeNull();
    expect(await decisionOf(testApp, applicant, expertMember)).toBeNull();
    const outsider = await testApp.graphql(
      ACADEMY_SELECTION,
      { slug: academy.slug },
      applicant.contact.headers,
    );
    expect(errorCode(outsider)).toBe('FORBIDDEN');
    await testApp.sendMail();
    expect(smtp.to(applicant.contact.user.email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Application received/),
    ]);
    expect(
      (await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).decisionMails,
    ).toBe(0);

    await publishSelection(testApp, admin, academy.id);
    const released = await decisionOf(testApp, applicant, applicant.contact);
    expect(released).toEqual({
      outcome: 'ACCEPTED',
      reserveRank: null,
      releasedAt: START.toISOString(),
    });
    expect(await decisionOf(testApp, applicant, expertMember)).toEqual(released);
    // The note stays staff-only: the organisation's type has no such field.
    const noteField = await testApp.graphql(
      `query ($id: ID!) { application(id: $id) { decision { note } } }`,
      { id: applicant.applicationId },
      applicant.contact.headers,
    );
    expect(errorCode(noteField)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('drops the staged decision of an application withdrawn before the release, and the reserves after it move up', async () => {
    const { academy, applicants } = await academyWithApplicants(4, 1);
    const [accepted, first, second, third] = applicants;
    await stageDecisions(testApp, admin, [
      { applicationId: accepted.applicationId, outcome: 'ACCEPTED' },
      { applicationId: first.applicationId, outcome: 'RESERVE', reserveRank: 1 },
      { applicationId: second.applicationId, outcome: 'RESERVE', reserveRank: 2 },
      { applicationId: third.applicationId, outcome: 'RESERVE', reserveRank: 3 },
    ]);
    await graphqlOk(
      testApp,
      WITHDRAW,
      { input: { applicationId: first.applicationId } },
      first.contact.headers,
    );
    const ranks = await testApp.dataSource.query<Array<{ application_id: string; rank: number }>>(
      `SELECT application_id, reserve_rank AS rank FROM selection_decisions
       WHERE academy_id = $1 AND reserve_rank IS NOT NULL ORDER BY reserve_rank`,
      [academy.id],
    );
    expect(ranks).toEqual([
      { application_id: second.applicationId, rank: 1 },
      { application_id: third.applicationId, rank: 2 },
    ]);
    const removed = await testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'selection.decision_removed' AND entity_id = $1`,
      [first.applicationId],
    );
    expect(removed[0].n).toBe(1);
    // Ranks 1…n again: the selection can be published as it stands.
    const release = await publishSelection(testApp, admin, academy.id);
    expect(release.releasedAt).toEqual(expect.any(String));
  });

  it('refuses to publish an unready selection with SELECTION_NOT_READY and its problems, writing nothing', async () => {
    const { academy, applicants } = await academyWithApplicants(5, 1);
    const [a, b, c, d, undecided] = applicants.map((applicant) => applicant.applicationId);
    await stageDecisions(testApp, admin, [
      { applicationId: a, outcome: 'ACCEPTED' },
      { applicationId: b, outcome: 'ACCEPTED' },
      { applicationId: c, outcome: 'RESERVE', reserveRank: 1 },
      { applicationId: d, outcome: 'RESERVE', reserveRank: 3 },
    ]);
    const refused = await testApp.graphql(
      PUBLISH_SELECTION,
      { input: { academyId: academy.id } },
      admin.headers,
    );
    expect(errorCode(refused)).toBe('SELECTION_NOT_READY');
    expect(refused.errors?.[0].extensions?.problems).toEqual([
      { problem: 'MISSING_DECISION', applicationId: undecided },
      { problem: 'OVER_CAPACITY', accepted: 2, capacity: 1 },
      { problem: 'RESERVE_RANKS', ranks: [1, 3] },
    ]);
    expect(await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).toEqual({
      releases: 0,
      released: 0,
      offers: 0,
      decisionMails: 0,
      releaseAudits: 0,
      lapseJobs: 0,
    });
    // The admin's view lists the same problems.
    const view = await graphqlOk<{
      academy: { selectionReadiness: { ready: boolean; problems: unknown[] } };
    }>(testApp, ACADEMY_SELECTION, { slug: academy.slug }, admin.headers);
    expect(view.academy.selectionReadiness).toMatchObject({
      ready: false,
      submitted: 5,
      accepted: 2,
      reserve: 2,
      rejected: 0,
      capacity: 1,
    });
    expect(view.academy.selectionReadiness.problems).toHaveLength(3);
  });

  describe('the deadlines around the release', () => {
    const NOTHING = {
      releases: 0,
      released: 0,
      offers: 0,
      decisionMails: 0,
      releaseAudits: 0,
      lapseJobs: 0,
    };
    const refusal = async (academyId: string, at?: string) => {
      const refused = await testApp.graphql(
        PUBLISH_SELECTION,
        { input: { academyId, ...(at ? { at } : {}) } },
        admin.headers,
      );
      expect(errorCode(refused)).toBe('SELECTION_NOT_READY');
      return refused.errors?.[0].extensions?.problems;
    };
    const releaseJobs = async (academyId: string) =>
      (
        await testApp.dataSource.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'selection-release' AND singleton_key = $1`,
          [academyId],
        )
      )[0].n;

    it('refuses DEADLINE_NOT_PASSED before the application deadline and before an extension ends (also when scheduled), writing nothing', async () => {
      // Still open: the academy's deadline is 31.5.2026 23:59:59.999 in Helsinki.
      const { academy, applicants } = await academyWithApplicants(2, 2, { open: true });
      await stageDecisions(
        testApp,
        admin,
        applicants.map((applicant) => ({
          applicationId: applicant.applicationId,
          outcome: 'ACCEPTED' as const,
        })),
      );
      expect(await refusal(academy.id)).toEqual([
        { problem: 'DEADLINE_NOT_PASSED', deadline: '2026-05-31T20:59:59.999Z' },
      ]);
      // Scheduled at the deadline itself: not after it.
      expect(await refusal(academy.id, '2026-05-31T23:59:59.999')).toEqual([
        { problem: 'DEADLINE_NOT_PASSED', deadline: '2026-05-31T20:59:59.999Z' },
      ]);
      // One application was given until 5.6.: a release on 5.6. at noon is refused too.
      await grantDeadlineExtension(testApp, admin, applicants[1].applicationId, '2026-06-05T23:59');
      expect(await refusal(academy.id, '2026-06-05T12:00')).toEqual([
        { problem: 'DEADLINE_NOT_PASSED', deadline: '2026-06-05T20:59:00.000Z' },
      ]);
      expect(await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).toEqual(
        NOTHING,
      );
      expect(await releaseJobs(academy.id)).toBe(0);
      const view = await graphqlOk<{
        academy: { selectionReadiness: { ready: boolean; problems: unknown[] } };
      }>(testApp, ACADEMY_SELECTION, { slug: academy.slug }, admin.headers);
      expect(view.academy.selectionReadiness).toMatchObject({
        ready: false,
        problems: [
          expect.objectContaining({
            problem: 'DEADLINE_NOT_PASSED',
            deadline: { instant: '2026-06-05T20:59:00.000Z' },
          }),
        ],
      });

      // After the extension's end it is scheduled, and the page checks against that instant.
      const scheduled = await publishSelection(testApp, admin, academy.id, '2026-06-06T12:00');
      expect(scheduled.scheduled).toBe(true);
      const later = await graphqlOk<{
        academy: { selectionReadiness: { ready: boolean; problems: unknown[] } };
      }>(testApp, ACADEMY_SELECTION, { slug: academy.slug }, admin.headers);
      expect(later.academy.selectionReadiness).toMatchObject({ ready: true, problems: [] });
    });

    it('refuses CONFIRMATION_DEADLINE_PAST when the confirmation deadline is not after the release (now or scheduled), writing nothing', async () => {
      const { academy, applicants } = await academyWithApplicants(1, 1);
      await testApp.dataSource
        .getRepository(AcademyEntity)
        .update({ id: academy.id }, { confirmationDeadline: START });
      await stageDecision(testApp, admin, {
        applicationId: applicants[0].applicationId,
        outcome: 'ACCEPTED',
      });
      // At the release instant itself: offers would be due as they open.
      expect(await refusal(academy.id)).toEqual([
        { problem: 'CONFIRMATION_DEADLINE_PAST', deadline: START.toISOString() },
      ]);
      const confirmBy = new Date('2026-06-30T20:59:59.000Z');
      await testApp.dataSource
        .getRepository(AcademyEntity)
        .update({ id: academy.id }, { confirmationDeadline: confirmBy });
      expect(await refusal(academy.id, '2026-07-01T12:00')).toEqual([
        { problem: 'CONFIRMATION_DEADLINE_PAST', deadline: confirmBy.toISOString() },
      ]);
      expect(await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).toEqual(
        NOTHING,
      );
      expect(await releaseJobs(academy.id)).toBe(0);
      // The page (academy by slug) checks against now.
      await testApp.dataSource
        .getRepository(AcademyEntity)
        .update({ id: academy.id }, { confirmationDeadline: START });
      const view = await graphqlOk<{
        academy: { selectionReadiness: { ready: boolean; problems: unknown[] } };
      }>(testApp, ACADEMY_SELECTION, { slug: academy.slug }, admin.headers);
      expect(view.academy.selectionReadiness).toMatchObject({
        ready: false,
        problems: [
          expect.objectContaining({
            problem: 'CONFIRMATION_DEADLINE_PAST',
            deadline: { instant: START.toISOString() },
          }),
        ],
      });
      await testApp.dataSource
        .getRepository(AcademyEntity)
        .update({ id: academy.id }, { confirmationDeadline: confirmBy });

      // Before it: released now, the offer due at the academy's deadline.
      await publishSelection(testApp, admin, academy.id);
      const [offer] = await testApp.dataSource.query<Array<{ respond_by: Date }>>(
        `SELECT respond_by FROM selection_offers WHERE academy_id = $1`,
        [academy.id],
      );
      expect(new Date(offer.respond_by).toISOString()).toBe(confirmBy.toISOString());
    });
  });

  it('releases everything together: offers in staging order, one mail per contact with a distinct subject per outcome in fi, sv and en; twice and staging after are refused', async () => {
    const { academy, applicants } = await academyWithApplicants(4, 2);
    // Every organisation gets a Finnish, a Swedish and an English contact beside its first.
    const recipients: Record<string, Record<Locale, string>> = {};
    for (const applicant of applicants) {
      recipients[applicant.applicationId] = { fi: '', sv: '', en: applicant.contact.user.email };
      for (const locale of [Locale.fi, Locale.sv]) {
        const person = await createSignedInUser(testApp.dataSource, { locale });
        await addMember(
          testApp.dataSource,
          applicant.organisation,
          person.user,
          MembershipRole.CONTACT,
        );
        recipients[applicant.applicationId][locale] = person.user.email;
      }
    }
    const [second, first, reserve, rejected] = applicants.map(
      (applicant) => applicant.applicationId,
    );
    // Staged a second apart: with the clock fixed they would share one stagedAt, and the seats
    // would follow the ids instead of the staging order.
    const staged = [
      { applicationId: first, outcome: 'ACCEPTED' },
      { applicationId: second, outcome: 'ACCEPTED' },
      { applicationId: reserve, outcome: 'RESERVE', reserveRank: 1 },
      { applicationId: rejected, outcome: 'REJECTED' },
    ] as const;
    try {
      for (const [index, decision] of staged.entries()) {
        testApp.clock.set(new Date(START.getTime() - (staged.length - index) * 1000));
        await stageDecision(testApp, admin, decision);
      }
    } finally {
      testApp.clock.set(START);
    }
    const everyone = Object.values(recipients).flatMap((byLocale) => Object.values(byLocale));

    const release = await publishSelection(testApp, admin, academy.id);
    expect(release).toMatchObject({
      releasedAt: START.toISOString(),
      scheduled: false,
      overdue: false,
    });
    const offers = await testApp.dataSource.query<
      Array<{ application_id: string; seat_no: number; respond_by: Date }>
    >(
      `SELECT application_id, seat_no, respond_by FROM selection_offers WHERE academy_id = $1 ORDER BY seat_no`,
      [academy.id],
    );
    expect(offers.map((offer) => [offer.application_id, offer.seat_no])).toEqual([
      [first, 1],
      [second, 2],
    ]);
    // No confirmation deadline on the academy: 14 days after the release.
    expect(new Date(offers[0].respond_by).toISOString()).toBe('2026-05-18T09:00:00.000Z');
    const counts = await countsOf(testApp.dataSource, academy.id, everyone);
    expect(counts).toEqual({
      releases: 1,
      released: 1,
      offers: 2,
      decisionMails: 12,
      releaseAudits: 1,
      lapseJobs: 2,
    });

    await testApp.sendMail();
    const subjectOf = (applicationId: string, locale: Locale) => {
      // The first contacts also got the submission receipt earlier.
      const mails = smtp
        .to(recipients[applicationId][locale])
        .filter((mail) => !mail.subject?.startsWith('Application received'));
      expect(mails).toHaveLength(1);
      return mails[0].subject ?? '';
    };
    const title = academy.title;
    for (const locale of [Locale.fi, Locale.sv, Locale.en]) {
      const subjects = [first, reserve, rejected].map((id) => subjectOf(id, locale));
      expect(new Set(subjects).size).toBe(3);
      for (const subject of subjects) expect(subject).toContain(title[locale]);
      // Both accepted organisations get the same (acceptance) subject.
      expect(subjectOf(second, locale)).toBe(subjects[0]);
    }
    expect(subjectOf(first, Locale.fi)).toMatch(/^Hyväksytty/);
    expect(subjectOf(first, Locale.sv)).toMatch(/^Antagen/);
    expect(subjectOf(first, Locale.en)).toMatch(/^Accepted/);
    expect(subjectOf(reserve, Locale.en)).toMatch(/^Reserve place 1:/);
    expect(subjectOf(rejected, Locale.sv)).toMatch(/^Urvalsbeslut/);
    // Not `.at(-1)`: the receipt and the decision share the fixed clock's instant in the outbox.
    const acceptance = smtp
      .to(recipients[first].en)
      .find((mail) => !mail.subject?.startsWith('Application received'))!;
    expect(acceptance.text).toContain('confirm your participation by');
    expect(acceptance.text).toContain(`https://akatemia.test/academies/${academy.slug}/decision`);

    // Once released: publishing again and staging are refused, and nothing changes.
    const again = await testApp.graphql(
      PUBLISH_SELECTION,
      { input: { academyId: academy.id } },
      admin.headers,
    );
    expect(errorCode(again)).toBe('SELECTION_RELEASED');
    const restage = await testApp.graphql(
      STAGE_DECISION,
      { input: { applicationId: rejected, outcome: 'ACCEPTED' } },
      { ...admin.headers, 'accept-language': 'fi' },
    );
    expect(errorCode(restage)).toBe('SELECTION_RELEASED');
    expect(restage.errors?.[0].message).toBe('Valinta on jo julkaistu.');
    // Nor can a deadline be extended any more: a late application could get no decision.
    const extension = await testApp.graphql(
      `mutation ($input: GrantDeadlineExtensionInput!) { grantDeadlineExtension(input: $input) { until } }`,
      { input: { applicationId: rejected, until: '2026-06-30T23:59', reason: 'Myöhässä' } },
      admin.headers,
    );
    expect(errorCode(extension)).toBe('SELECTION_RELEASED');
    expect(await countsOf(testApp.dataSource, academy.id, everyone)).toEqual(counts);
    const [kept] = await testApp.dataSource.query<Array<{ outcome: string }>>(
      `SELECT outcome FROM selection_decisions WHERE application_id = $1`,
      [rejected],
    );
    expect(kept.outcome).toBe('REJECTED');
  });

  it('is all-or-nothing: a failure at the third decision mail leaves no release, no offer, no mail and no job', async () => {
    const { academy, applicants } = await academyWithApplicants(4, 2);
    const [a, b, c, d] = applicants.map((applicant) => applicant.applicationId);
    await stageDecisions(testApp, admin, [
      { applicationId: a, outcome: 'ACCEPTED' },
      { applicationId: b, outcome: 'ACCEPTED' },
      { applicationId: c, outcome: 'RESERVE', reserveRank: 1 },
      { applicationId: d, outcome: 'REJECTED' },
    ]);
    // The third organisation's mail cannot be written: the release fails half way, after the
    // guard row, the offers and two mails.
    const failing = applicants[2].contact.user.email;
    await testApp.dataSource.query(`
      CREATE FUNCTION test_fail_third_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.to_address = '${failing}' THEN RAISE EXCEPTION 'mail insert failed on purpose'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_third_mail BEFORE INSERT ON outbox_messages
        FOR EACH ROW EXECUTE FUNCTION test_fail_third_mail();`);
    try {
      const failed = await testApp.graphql(
        PUBLISH_SELECTION,
        { input: { academyId: academy.id } },
        admin.headers,
      );
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await testApp.dataSource.query(
        `DROP TRIGGER test_fail_third_mail ON outbox_messages; DROP FUNCTION test_fail_third_mail();`,
      );
    }
    expect(await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).toEqual({
      releases: 0,
      released: 0,
      offers: 0,
      decisionMails: 0,
      releaseAudits: 0,
      lapseJobs: 0,
    });
    expect(await decisionOf(testApp, applicants[0], applicants[0].contact)).toBeNull();

    // Fixed, it goes through in full.
    await publishSelection(testApp, admin, academy.id);
    expect(await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).toMatchObject({
      released: 1,
      offers: 2,
      decisionMails: 4,
      releaseAudits: 1,
    });
  });

  it('schedules a release in the academy zone, re-schedules (cancelling the old job), and hides it from the organisation meanwhile', async () => {
    const { academy, applicants } = await academyWithApplicants(1);
    await stageDecision(testApp, admin, {
      applicationId: applicants[0].applicationId,
      outcome: 'REJECTED',
    });
    const first = await publishSelection(testApp, admin, academy.id, '2026-06-18T12:00');
    expect(first).toEqual({
      releaseAt: { instant: '2026-06-18T09:00:00.000Z', local: '2026-06-18T12:00:00' },
      releasedAt: null,
      scheduled: true,
      overdue: false,
    });
    const jobs = async () =>
      testApp.dataSource.query<Array<{ state: string; start_after: Date }>>(
        `SELECT state, start_after FROM pgboss.job WHERE name = 'selection-release' AND singleton_key = $1 ORDER BY created_on`,
        [academy.id],
      );
    await publishSelection(testApp, admin, academy.id, '2026-06-19T12:00:00+03:00');
    expect((await jobs()).map((job) => job.state)).toEqual(['cancelled', 'created']);
    expect(new Date((await jobs())[1].start_after).toISOString()).toBe('2026-06-19T09:00:00.000Z');
    expect(await decisionOf(testApp, applicants[0], applicants[0].contact)).toBeNull();
    expect(
      (await countsOf(testApp.dataSource, academy.id, contactsOf(applicants))).decisionMails,
    ).toBe(0);
  });
});

describe('selection: the scheduled release with two instances and the clock moved', () => {
  const JOBS = { JOBS_ENABLED: 'true' };

  it('fires once when due, across two instances; a release found not ready is recorded and left for the admin', async () => {
    const database = await createTestDatabase();
    const jobClock = new TestClock(START);
    const apps: TestApp[] = [];
    try {
      for (let index = 0; index < 2; index++)
        apps.push(await startTestApp({ database, now: START, jobClock, env: JOBS }));
      const [one, two] = apps;
      const moveBoth = async (instant: Date) => {
        two.clock.set(instant);
        await one.moveClock(instant);
      };
      const admin = await createAdmin(one.dataSource);

      // Ready: released once, at the announced moment.
      const ready = await createAcademy(one.dataSource, { capacity: 1 });
      const accepted = await createSubmittedApplication(one, { academy: ready });
      const reserve = await createSubmittedApplication(one, { academy: ready });
      await stageDecisions(one, admin, [
        { applicationId: accepted.applicationId, outcome: 'ACCEPTED' },
        { applicationId: reserve.applicationId, outcome: 'RESERVE', reserveRank: 1 },
      ]);
      // Not ready by then: an over-capacity decision staged after scheduling.
      const unready = await createAcademy(one.dataSource, { capacity: 1 });
      const late = await createSubmittedApplication(one, { academy: unready });
      const lateTwo = await createSubmittedApplication(one, { academy: unready });
      await stageDecisions(one, admin, [
        { applicationId: late.applicationId, outcome: 'ACCEPTED' },
        { applicationId: lateTwo.applicationId, outcome: 'REJECTED' },
      ]);
      // Not ready by then either: an extension past the release, granted after scheduling.
      const extended = await createAcademy(one.dataSource, { capacity: 1 });
      const extendedApplicant = await createSubmittedApplication(one, { academy: extended });
      await stageDecision(one, admin, {
        applicationId: extendedApplicant.applicationId,
        outcome: 'ACCEPTED',
      });
      const due = '2026-06-18T12:00';
      await publishSelection(one, admin, ready.id, due);
      await publishSelection(two, admin, unready.id, due);
      await publishSelection(one, admin, extended.id, due);
      await stageDecision(one, admin, {
        applicationId: lateTwo.applicationId,
        outcome: 'ACCEPTED',
      });
      await grantDeadlineExtension(one, admin, extendedApplicant.applicationId, '2026-06-20T23:59');

      // An hour early: nothing.
      await moveBoth(new Date('2026-06-18T08:00:00Z'));
      await sleep(1500);
      const recipients = [accepted.contact.user.email, reserve.contact.user.email];
      expect((await countsOf(one.dataSource, ready.id, recipients)).released).toBe(0);

      const dueInstant = new Date('2026-06-18T09:00:00Z');
      await moveBoth(dueInstant);
      await waitFor(
        async () => (await countsOf(one.dataSource, ready.id, recipients)).released === 1,
      );
      const failures = (academyId: string) =>
        one.dataSource.query<Array<{ problems: unknown }>>(
          `SELECT after->'problems' AS problems FROM audit_entries WHERE entity_id = $1 AND action = 'selection.release_failed'`,
          [academyId],
        );
      await waitFor(async () => (await failures(unready.id)).length === 1);
      // The job checks the deadlines again at release time.
      await waitFor(async () => (await failures(extended.id)).length === 1);
      expect(await failures(extended.id)).toEqual([
        { problems: [{ problem: 'DEADLINE_NOT_PASSED', deadline: '2026-06-20T20:59:00.000Z' }] },
      ]);
      expect(
        await countsOf(one.dataSource, extended.id, [extendedApplicant.contact.user.email]),
      ).toMatchObject({ released: 0, offers: 0, decisionMails: 0, lapseJobs: 0 });
      // Both instances keep polling for a while: still one release.
      for (let round = 0; round < 3; round++)
        await one.moveClock(new Date(dueInstant.getTime() + (round + 1) * 5000));
      expect(await countsOf(one.dataSource, ready.id, recipients)).toEqual({
        releases: 1,
        released: 1,
        offers: 1,
        decisionMails: 2,
        releaseAudits: 1,
        lapseJobs: 1,
      });
      const [release] = await one.dataSource.query<Array<{ released_at: Date }>>(
        `SELECT released_at FROM selection_releases WHERE academy_id = $1`,
        [ready.id],
      );
      expect(new Date(release.released_at).toISOString()).toBe(dueInstant.toISOString());
      expect(await decisionOf(two, accepted, accepted.contact)).toMatchObject({
        outcome: 'ACCEPTED',
      });

      // The unready academy: nothing released, the admin sees it overdue with its problems,
      // fixes the decision and publishes again.
      const lateRecipients = [late.contact.user.email, lateTwo.contact.user.email];
      expect(await countsOf(one.dataSource, unready.id, lateRecipients)).toMatchObject({
        released: 0,
        offers: 0,
        decisionMails: 0,
      });
      const view = await graphqlOk<{
        academy: {
          selectionRelease: { overdue: boolean; scheduled: boolean };
          selectionReadiness: { problems: unknown[] };
        };
      }>(two, ACADEMY_SELECTION, { slug: unready.slug }, admin.headers);
      expect(view.academy.selectionRelease).toMatchObject({ overdue: true, scheduled: false });
      expect(view.academy.selectionReadiness.problems).toEqual([
        expect.objectContaining({ problem: 'OVER_CAPACITY', accepted: 2, capacity: 1 }),
      ]);
      await stageDecision(two, admin, {
        applicationId: lateTwo.applicationId,
        outcome: 'REJECTED',
      });
      await publishSelection(two, admin, unready.id);
      expect(await countsOf(one.dataSource, unready.id, lateRecipients)).toMatchObject({
        released: 1,
        offers: 1,
        decisionMails: 2,
      });
    } finally {
      for (const testApp of apps) await testApp.stop();
      await dropTestDatabase(database.name);
    }
  });
});
