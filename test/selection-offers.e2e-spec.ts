import { setTimeout as sleep } from 'node:timers/promises';
import { TestClock } from 'pg-boss';
import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { SelectionOfferEntity } from '../src/modules/selection/entities/selection-offer.entity.js';
import { SelectionOffersService } from '../src/modules/selection/selection-offers.service.js';
import { OfferStatus } from '../src/modules/selection/selection.enums.js';
import {
  addMember,
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  insertSubmittedApplications,
  releaseSelection,
  scheduleEvent,
  type Offeree,
  type SignedInUser,
} from './factories/index.js';
import { personalFeed } from './helpers/feeds.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2026-06-18T09:00:00Z');
const DAY = 24 * 3_600_000;

const CONFIRM = `mutation ($input: ConfirmParticipationInput!) { confirmParticipation(input: $input) { id status seatNo fromReserve respondedAt respondBy { instant timeZone } } }`;
const WITHDRAW = `mutation ($input: ApplicationIdInput!) { withdrawApplication(input: $input) { id status } }`;
const DECLINE = `mutation ($input: DeclineParticipationInput!) { declineParticipation(input: $input) { id status seatNo declineReason } }`;
const APPLICATION = `query ($id: ID!) { application(id: $id) { id offer { status seatNo fromReserve respondBy { instant local } } reservePosition } }`;
const COHORT = `query ($academyId: ID!) { cohort(academyId: $academyId) { academyId organisations { organisation { id name } joinedAt participants { name email role teamRole hasAccount } } } }`;

interface OfferRow {
  id: string;
  applicationId: string;
  seatNo: number;
  status: OfferStatus;
  fromReserve: boolean;
  respondBy: Date;
  lapseJobId: string | null;
  declineReason: string | null;
}

describe('offers, the reserve list and the cohort', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    // One TestClock for the job queue; moveClock moves it with the app's FixedClock.
    testApp = await startTestApp({
      now: START,
      jobClock: new TestClock(START),
      env: { JOBS_ENABLED: 'true' },
    });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const offersOf = (academyId: string): Promise<OfferRow[]> =>
    testApp.dataSource
      .getRepository(SelectionOfferEntity)
      .find({ where: { academyId }, order: { seatNo: 'ASC', createdAt: 'ASC' } });

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ n: number }>>(sql, params);
    return row.n;
  };
  const auditCount = (action: string, entityIds: string[]) =>
    count(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND entity_id = ANY($2)`,
      [action, entityIds],
    );
  const outboxTo = (addresses: string[]) =>
    testApp.dataSource.query<Array<{ type: string; subject: string; to_address: string }>>(
      `SELECT type, subject, to_address FROM outbox_messages WHERE to_address = ANY($1) ORDER BY created_at, id`,
      [addresses],
    );

  /** A released academy: `accepted` seats (capacity), `reserves` ranked, answers due in 7 days. */
  async function released(
    accepted: number,
    reserves: number,
    overrides: Partial<AcademyEntity> = {},
  ) {
    const now = testApp.clock.now();
    const academy = await createAcademy(testApp.dataSource, {
      capacity: accepted,
      status: AcademyStatus.SELECTION,
      ...overrides,
    });
    const applicants = await insertSubmittedApplications(
      testApp.dataSource,
      academy.id,
      accepted + reserves,
    );
    const respondBy = new Date(now.getTime() + 7 * DAY);
    await releaseSelection(testApp, {
      academy,
      accepted: applicants.slice(0, accepted),
      reserves: applicants.slice(accepted),
      respondBy,
      releasedAt: now,
      stagedBy: admin.user,
    });
    return {
      academy,
      accepted: applicants.slice(0, accepted),
      reserves: applicants.slice(accepted),
      respondBy,
    };
  }

  const confirm = (who: SignedInUser, applicant: Offeree) =>
    testApp.graphql(CONFIRM, { input: { applicationId: applicant.applicationId } }, who.headers);
  const decline = (who: SignedInUser, applicant: Offeree, reason = 'Valtuusto ei hyväksynyt') =>
    testApp.graphql(
      DECLINE,
      { input: { applicationId: applicant.applicationId, reason } },
      who.headers,
    );

  it('three concurrent declines promote the three best reserves in rank order, exactly once each, never over capacity', async () => {
    const { academy, accepted, reserves } = await released(3, 4);
    const responses = await Promise.all(accepted.map((entry) => decline(entry.contact, entry)));
    expect(responses.map(errorCode)).toEqual(['OK', 'OK', 'OK']);

    const offers = await offersOf(academy.id);
    const open = offers.filter((offer) => offer.status === OfferStatus.OPEN);
    // Capacity: one open-or-confirmed offer per seat, three seats.
    expect(open.map((offer) => offer.seatNo).sort()).toEqual([1, 2, 3]);
    expect(open.every((offer) => offer.fromReserve)).toBe(true);
    // The three best reserves, once each; the fourth waits, first in the queue now.
    expect(open.map((offer) => offer.applicationId).sort()).toEqual(
      reserves
        .slice(0, 3)
        .map((entry) => entry.applicationId)
        .sort(),
    );
    expect(offers.filter((offer) => offer.applicationId === reserves[3].applicationId)).toEqual([]);
    // Ranks 1, 2 and 3, one promotion each. (Their order cannot be read back: an audit row's
    // created_at is its transaction's start, and the three declines start together and then
    // queue on the academy's lock; each took the best reserve left, as the set above shows.)
    const promoted = await testApp.dataSource.query<Array<{ rank: number }>>(
      `SELECT (after->>'reserveRank')::int AS rank FROM audit_entries
       WHERE action = 'selection_offer.promoted' AND after->>'academyId' = $1`,
      [academy.id],
    );
    expect(promoted.map((row) => row.rank).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    expect(
      await auditCount(
        'selection_offer.declined',
        offers.map((offer) => offer.id),
      ),
    ).toBe(3);

    // Each promoted reserve has its own deadline (reserveResponseDays = 7 from now), its
    // lapse job, and its offer mail with a subject of its own.
    for (const offer of open) {
      expect(offer.respondBy.getTime()).toBe(testApp.clock.now().getTime() + 7 * DAY);
      expect(offer.lapseJobId).toEqual(expect.any(String));
    }
    const mails = await outboxTo(reserves.map((entry) => entry.contact.user.email));
    expect(mails.map((mail) => mail.type)).toEqual([
      'SELECTION_OFFER_OFFERED',
      'SELECTION_OFFER_OFFERED',
      'SELECTION_OFFER_OFFERED',
    ]);
    expect(mails[0].subject).toMatch(/^A place has opened for you: Academy \d+ — answer by /);

    // The remaining reserve moved up: position 1 (it was rank 4).
    const view = await graphqlOk<{
      application: { offer: unknown; reservePosition: number | null };
    }>(testApp, APPLICATION, { id: reserves[3].applicationId }, reserves[3].contact.headers);
    expect(view.application).toMatchObject({ offer: null, reservePosition: 1 });
    const promotedView = await graphqlOk<{
      application: { offer: { status: string; fromReserve: boolean }; reservePosition: null };
    }>(testApp, APPLICATION, { id: reserves[0].applicationId }, reserves[0].contact.headers);
    expect(promotedView.application).toMatchObject({
      offer: { status: 'OPEN', fromReserve: true },
      reservePosition: null,
    });
  });

  it('passes over a reserve that withdrew, and a withdrawal with an open offer hands its seat to the next reserve', async () => {
    const { academy, accepted, reserves } = await released(2, 3);
    const withdraw = (applicant: Offeree) =>
      graphqlOk(
        testApp,
        WITHDRAW,
        { input: { applicationId: applicant.applicationId } },
        applicant.contact.headers,
      );
    // Reserve 1 withdraws: reserve 2 moves up to first in the queue.
    await withdraw(reserves[0]);
    const waiting = await graphqlOk<{ application: { reservePosition: number | null } }>(
      testApp,
      APPLICATION,
      { id: reserves[1].applicationId },
      reserves[1].contact.headers,
    );
    expect(waiting.application.reservePosition).toBe(1);

    // An accepted organisation withdraws instead of answering: its offer is declined for that
    // reason and seat 1 goes to reserve 2 (not to the withdrawn reserve 1).
    await withdraw(accepted[0]);
    const offers = await offersOf(academy.id);
    expect(
      offers.map(({ applicationId, seatNo, status, fromReserve }) => ({
        applicationId,
        seatNo,
        status,
        fromReserve,
      })),
    ).toEqual([
      {
        applicationId: accepted[0].applicationId,
        seatNo: 1,
        status: OfferStatus.DECLINED,
        fromReserve: false,
      },
      {
        applicationId: reserves[1].applicationId,
        seatNo: 1,
        status: OfferStatus.OPEN,
        fromReserve: true,
      },
      {
        applicationId: accepted[1].applicationId,
        seatNo: 2,
        status: OfferStatus.OPEN,
        fromReserve: false,
      },
    ]);
    expect(offers[0]).toMatchObject({ declineReason: 'APPLICATION_WITHDRAWN' });
    expect(await auditCount('selection_offer.declined', [offers[0].id])).toBe(1);
  });

  it('refuses confirming after the deadline, for another organisation, without an offer, by a plain member, and declining twice — writing nothing', async () => {
    const { academy, accepted, reserves, respondBy } = await released(2, 1);
    const [first, second] = accepted;
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, first.organisation, member.user);
    const snapshot = async () => ({
      offers: await offersOf(academy.id),
      audit: await count(`SELECT count(*)::int AS n FROM audit_entries`, []),
      outbox: await count(`SELECT count(*)::int AS n FROM outbox_messages`, []),
      cohort: await count(`SELECT count(*)::int AS n FROM cohort_members WHERE academy_id = $1`, [
        academy.id,
      ]),
    });

    const before = await snapshot();
    expect(errorCode(await confirm(second.contact, first))).toBe('NOT_FOUND');
    expect(errorCode(await confirm(member, first))).toBe('FORBIDDEN');
    expect(errorCode(await confirm(reserves[0].contact, reserves[0]))).toBe('NO_OFFER');
    const unknown = await testApp.graphql(
      CONFIRM,
      { input: { applicationId: '00000000-0000-4000-8000-000000000000' } },
      first.contact.headers,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);

    // Declining twice: the second is refused and changes nothing.
    expect(errorCode(await decline(second.contact, second))).toBe('OK');
    const afterDecline = await snapshot();
    const twice = await decline(second.contact, second);
    expect(errorCode(twice)).toBe('OFFER_ANSWERED');
    expect(twice.errors?.[0].message).toBe('The offer has already been answered.');
    expect(errorCode(await confirm(second.contact, second))).toBe('OFFER_ANSWERED');
    expect(await snapshot()).toEqual(afterDecline);

    // After the deadline (the lapse job may not have run yet): refused, in Finnish too.
    await testApp.moveClock(new Date(respondBy.getTime() + 1000));
    const late = await testApp.graphql(
      CONFIRM,
      { input: { applicationId: first.applicationId } },
      { ...first.contact.headers, 'accept-language': 'fi' },
    );
    expect(errorCode(late)).toBe('CONFIRMATION_DEADLINE_PASSED');
    expect(late.errors?.[0].message).toBe('Paikan vahvistamisen määräaika on päättynyt.');
    expect(late.errors?.[0].extensions?.deadline).toBe(respondBy.toISOString());
  });

  it('lapses an unanswered offer by its job and promotes the next reserve once, even when the lapse runs again', async () => {
    const { academy, accepted, reserves, respondBy } = await released(1, 2);
    const [offer] = await offersOf(academy.id);
    await testApp.moveClock(new Date(respondBy.getTime() + 60_000));
    await waitFor(async () => {
      const offers = await offersOf(academy.id);
      return offers.some((row) => row.applicationId === reserves[0].applicationId);
    });
    // The job ran; run the lapse twice more, at once, as a retry on two instances would.
    const service = testApp.app.get(SelectionOffersService);
    await Promise.all([service.lapse(offer.id), service.lapse(offer.id)]);

    const offers = await offersOf(academy.id);
    expect(offers.map((row) => [row.applicationId, row.seatNo, row.status])).toEqual([
      [accepted[0].applicationId, 1, OfferStatus.LAPSED],
      [reserves[0].applicationId, 1, OfferStatus.OPEN],
    ]);
    expect(await auditCount('selection_offer.lapsed', [offer.id])).toBe(1);
    expect(await auditCount('selection_offer.promoted', [offers[1].id])).toBe(1);
    expect(await outboxTo([reserves[0].contact.user.email])).toHaveLength(1);
    // The lapsed organisation is told, once, that the place went on.
    const lapsedMails = await outboxTo([accepted[0].contact.user.email]);
    expect(lapsedMails.map((mail) => mail.type)).toEqual(['SELECTION_OFFER_LAPSED']);
    expect(lapsedMails[0].subject).toMatch(/^The time to answer has passed: /);
    // The lapsed organisation can no longer answer.
    expect(errorCode(await confirm(accepted[0].contact, accepted[0]))).toBe(
      'CONFIRMATION_DEADLINE_PASSED',
    );
  });

  it('confirming writes the cohort (named team, accounts matched by e-mail), cancels the lapse job, shows cohort events in the feeds, and moves the academy to RUNNING when settled', async () => {
    const { academy, accepted } = await released(2, 0);
    const [first, second] = accepted;
    // The responsible person of the first has an account (a different case in the answers).
    const responsible = await createSignedInUser(testApp.dataSource, {
      email: first.team.responsible,
    });
    const workshopId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Kohortin työpaja' },
    });
    const feedUids = async (person: SignedInUser) => {
      const feed = await personalFeed(testApp, person);
      const text = await (await fetch(feed.local)).text();
      return parseCalendar(text).events.map((event) => event.uid);
    };
    expect(await feedUids(first.contact)).not.toContain(`${workshopId}@akatemia`);

    const confirmed = await confirm(first.contact, first);
    expect(errorCode(confirmed)).toBe('OK');
    expect(confirmed.data).toMatchObject({
      confirmParticipation: { status: 'CONFIRMED', seatNo: 1, fromReserve: false },
    });
    const [offer] = await offersOf(academy.id);
    const [job] = await testApp.dataSource.query<Array<{ state: string }>>(
      `SELECT state FROM pgboss.job WHERE id = $1`,
      [offer.lapseJobId],
    );
    expect(job.state).toBe('cancelled');
    expect(await auditCount('selection_offer.confirmed', [offer.id])).toBe(1);
    expect(await auditCount('cohort_member.added', [first.organisation.id])).toBe(1);
    expect((await outboxTo([first.contact.user.email])).map((mail) => mail.subject)).toEqual([
      `Participation confirmed: Academy ${academy.slug.replace('academy-', '')}`,
    ]);

    // Members of the confirmed organisation see the cohort's events from now on, and so do
    // the people of its named team who are no members: the responsible person with an
    // account, and an expert who signs up only now.
    expect(await feedUids(first.contact)).toContain(`${workshopId}@akatemia`);
    expect(await feedUids(responsible)).toContain(`${workshopId}@akatemia`);
    const lateExpert = await createSignedInUser(testApp.dataSource, {
      email: first.team.experts[0].toLowerCase(),
    });
    expect(await feedUids(lateExpert)).toContain(`${workshopId}@akatemia`);
    expect(
      errorCode(await testApp.graphql(COHORT, { academyId: academy.id }, lateExpert.headers)),
    ).toBe('OK');
    expect(await feedUids(second.contact)).not.toContain(`${workshopId}@akatemia`);
    expect(
      (await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id: academy.id }))
        .status,
    ).toBe(AcademyStatus.SELECTION);

    // The cohort: staff and cohort members read it; another organisation and anonymous do not.
    const cohort = await graphqlOk<{
      cohort: {
        organisations: Array<{
          organisation: { id: string };
          participants: Array<{
            email: string;
            role: string;
            teamRole: string | null;
            hasAccount: boolean;
          }>;
        }>;
      };
    }>(testApp, COHORT, { academyId: academy.id }, first.contact.headers);
    expect(cohort.cohort.organisations).toHaveLength(1);
    expect(cohort.cohort.organisations[0].organisation.id).toBe(first.organisation.id);
    expect(
      cohort.cohort.organisations[0].participants.map((person) => [
        person.email,
        person.role,
        person.teamRole,
        person.hasAccount,
      ]),
    ).toEqual([
      [responsible.user.email, 'RESPONSIBLE', null, true],
      // Experts by name; the first was written in capitals in the application.
      [first.team.experts[0], 'EXPERT', 'PROCUREMENT', false],
      [first.team.experts[1], 'EXPERT', 'ENVIRONMENT', false],
      [first.team.experts[2], 'EXPERT', 'SECTOR', false],
    ]);
    const expert = await createExpert(testApp.dataSource);
    expect(
      errorCode(await testApp.graphql(COHORT, { academyId: academy.id }, expert.headers)),
    ).toBe('OK');
    expect(
      errorCode(await testApp.graphql(COHORT, { academyId: academy.id }, second.contact.headers)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await testApp.graphql(COHORT, { academyId: academy.id }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(await testApp.graphql(COHORT, { academyId: 'not-a-uuid' }, expert.headers)),
    ).toBe('BAD_USER_INPUT');

    // The last open offer answered: the selection is settled and the academy runs.
    expect(errorCode(await confirm(second.contact, second))).toBe('OK');
    expect(
      (await testApp.dataSource.getRepository(AcademyEntity).findOneByOrFail({ id: academy.id }))
        .status,
    ).toBe(AcademyStatus.RUNNING);
    expect(await auditCount('academy.running', [academy.id])).toBe(1);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(200);
  }
}
