import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { EventAttendanceEntity } from '../src/modules/attendance/entities/event-attendance.entity.js';
import { CohortParticipantRole } from '../src/modules/cohort/cohort.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import type { OrganisationEntity } from '../src/modules/organisations/entities/organisation.entity.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisation,
  createSignedInUser,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const RECORD = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { attendedCount rows { attended participant { id } organisation { id } } } }`;
const SHEET = `query ($eventId: ID!) { eventAttendance(eventId: $eventId) {
  event { id } attendedCount rows { attended participant { id name } organisation { id } } } }`;
const SUMMARY = `query ($academyId: ID!, $organisationId: ID!) { attendanceSummary(academyId: $academyId, organisationId: $organisationId) {
  eventsRecorded eventsAttended events { event { id } attended } participants { participant { id } attended } } }`;

const ACADEMY_ATTENDANCE = `query ($academyId: ID!) { academyAttendance(academyId: $academyId) {
  organisation { id } eventsRecorded eventsAttended events { event { id } attended } participants { participant { id } attended } } }`;

interface CohortOrganisation {
  organisation: OrganisationEntity;
  contact: SignedInUser;
  people: string[];
}

describe('Attendance (staff record, organisations read their summary)', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  async function cohortOrganisation(academy: AcademyEntity, size = 2): Promise<CohortOrganisation> {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    await addCohortMember(testApp.dataSource, academy, organisation);
    const people: string[] = [];
    for (let index = 0; index < size; index++) {
      const person = await addCohortParticipant(testApp.dataSource, academy, organisation, {
        email: `${organisation.id.slice(0, 8)}-${index}@example.fi`,
        role: index === 0 ? CohortParticipantRole.RESPONSIBLE : CohortParticipantRole.EXPERT,
      });
      people.push(person.id);
    }
    return { organisation, contact, people };
  }

  async function setting() {
    const academy = await createAcademy(testApp.dataSource);
    const a = await cohortOrganisation(academy);
    const b = await cohortOrganisation(academy);
    const workshop = await scheduleEvent(testApp, admin, { academyId: academy.id });
    return { academy, a, b, workshop };
  }

  const record = (eventId: string, ids: string[], who: SignedInUser = admin) =>
    testApp.graphql<{ recordAttendance: { attendedCount: number } }>(
      RECORD,
      { input: { eventId, attendedParticipantIds: ids } },
      who.headers,
    );
  const recorded = (eventId: string) =>
    testApp.dataSource.getRepository(EventAttendanceEntity).countBy({ eventId });

  it('records the whole list in bulk and the sheet shows every team member, attended or not', async () => {
    const { a, b, workshop } = await setting();
    const result = await record(workshop, [a.people[0], a.people[1], b.people[0]]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordAttendance.attendedCount).toBe(3);

    const sheet = await graphqlOk<{
      eventAttendance: { rows: Array<{ attended: boolean; participant: { id: string } }> };
    }>(testApp, SHEET, { eventId: workshop }, expert.headers);
    expect(sheet.eventAttendance.rows).toHaveLength(4);
    expect(
      sheet.eventAttendance.rows
        .filter((row) => row.attended)
        .map((row) => row.participant.id)
        .sort(),
    ).toEqual([a.people[0], a.people[1], b.people[0]].sort());

    // Recording again replaces the list (b's first person was not there after all).
    await graphqlOk(
      testApp,
      RECORD,
      { input: { eventId: workshop, attendedParticipantIds: [a.people[0]] } },
      expert.headers,
    );
    expect(await recorded(workshop)).toBe(1);
  });

  it('refuses non-participants with NOT_A_PARTICIPANT and writes nothing', async () => {
    const { academy, a, workshop } = await setting();
    const elsewhere = await cohortOrganisation(await createAcademy(testApp.dataSource));
    await record(workshop, [a.people[0]]);
    const audits = await testApp.dataSource
      .getRepository(AuditEntryEntity)
      .countBy({ action: 'event_attendance.recorded' });

    const foreign = await record(workshop, [a.people[1], elsewhere.people[0]]);
    expect(errorCode(foreign)).toBe('NOT_A_PARTICIPANT');
    expect(foreign.errors?.[0].extensions).toMatchObject({ participantIds: [elsewhere.people[0]] });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await record(workshop, [unknown]))).toBe('NOT_A_PARTICIPANT');

    // A leaver is no longer a participant.
    const leaver = await addCohortParticipant(testApp.dataSource, academy, a.organisation, {
      email: 'lahtija@example.fi',
    });
    await graphqlOk(
      testApp,
      `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`,
      { input: { participantId: leaver.id } },
      a.contact.headers,
    );
    expect(errorCode(await record(workshop, [leaver.id]))).toBe('NOT_A_PARTICIPANT');

    expect(await recorded(workshop)).toBe(1);
    expect(
      await testApp.dataSource
        .getRepository(AuditEntryEntity)
        .countBy({ action: 'event_attendance.recorded' }),
    ).toBe(audits);
  });

  it('an organisation’s own session takes only its own team', async () => {
    const { academy, a, b } = await setting();
    const session = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'SPARRING',
      audience: 'ORGANISATION',
      audienceOrganisationId: a.organisation.id,
    });
    expect(errorCode(await record(session, [b.people[0]]))).toBe('NOT_A_PARTICIPANT');
    expect(errorCode(await record(session, [a.people[0]]))).toBe('OK');
    const sheet = await graphqlOk<{ eventAttendance: { rows: unknown[] } }>(
      testApp,
      SHEET,
      { eventId: session },
      admin.headers,
    );
    expect(sheet.eventAttendance.rows).toHaveLength(2);
  });

  it('only staff record or read a sheet; a cancelled event takes no attendance', async () => {
    const { a, workshop } = await setting();
    expect(errorCode(await record(workshop, [a.people[0]], a.contact))).toBe('FORBIDDEN');
    expect(errorCode(await testApp.graphql(SHEET, { eventId: workshop }, a.contact.headers))).toBe(
      'FORBIDDEN',
    );
    expect(await recorded(workshop)).toBe(0);
    await graphqlOk(
      testApp,
      `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      { input: { eventId: workshop } },
      admin.headers,
    );
    expect(errorCode(await record(workshop, [a.people[0]]))).toBe('EVENT_CANCELLED');
  });

  it('sums up per organisation for staff and the organisation’s members; others NOT_FOUND', async () => {
    const { academy, a, b, workshop } = await setting();
    const second = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      startsAt: '2027-10-14T09:00',
      endsAt: '2027-10-14T11:00',
    });
    await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      startsAt: '2027-11-14T09:00',
      endsAt: '2027-11-14T11:00',
    });
    await record(workshop, [a.people[0], a.people[1], b.people[0]]);
    await record(second, [b.people[1]]);

    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, a.organisation, member.user);
    type Summary = {
      attendanceSummary: {
        eventsRecorded: number;
        eventsAttended: number;
        events: Array<{ event: { id: string }; attended: number }>;
        participants: Array<{ participant: { id: string }; attended: number }>;
      };
    };
    const ofA = await graphqlOk<Summary>(
      testApp,
      SUMMARY,
      { academyId: academy.id, organisationId: a.organisation.id },
      member.headers,
    );
    // Two events had attendance recorded (the third none yet); A was at the first only.
    expect(ofA.attendanceSummary.eventsRecorded).toBe(2);
    expect(ofA.attendanceSummary.eventsAttended).toBe(1);
    expect(ofA.attendanceSummary.events).toEqual(
      expect.arrayContaining([
        { event: { id: workshop }, attended: 2 },
        { event: { id: second }, attended: 0 },
      ]),
    );
    expect(ofA.attendanceSummary.participants.map((row) => row.attended)).toEqual([1, 1]);

    const byStaff = await graphqlOk<Summary>(
      testApp,
      SUMMARY,
      { academyId: academy.id, organisationId: b.organisation.id },
      expert.headers,
    );
    expect(byStaff.attendanceSummary.eventsAttended).toBe(2);
    expect(
      errorCode(
        await testApp.graphql(
          SUMMARY,
          { academyId: academy.id, organisationId: b.organisation.id },
          member.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
    const outside = await createAcademy(testApp.dataSource);
    expect(
      errorCode(
        await testApp.graphql(
          SUMMARY,
          { academyId: outside.id, organisationId: a.organisation.id },
          member.headers,
        ),
      ),
    ).toBe('NOT_IN_COHORT');
  });

  it('lets a participant the team names (not a member of the organisation) read its summary until they leave', async () => {
    const { academy, a, b, workshop } = await setting();
    await record(workshop, [a.people[0]]);
    const named = await createSignedInUser(testApp.dataSource);
    const participant = await addCohortParticipant(testApp.dataSource, academy, a.organisation, {
      email: named.user.email,
      role: CohortParticipantRole.EXPERT,
      userId: named.user.id,
    });
    const read = (organisationId: string) =>
      testApp.graphql<{ attendanceSummary: { eventsAttended: number } }>(
        SUMMARY,
        { academyId: academy.id, organisationId },
        named.headers,
      );
    const own = await read(a.organisation.id);
    expect(own.errors).toBeUndefined();
    expect(own.data?.attendanceSummary.eventsAttended).toBe(1);
    expect(errorCode(await read(b.organisation.id))).toBe('NOT_FOUND');
    await graphqlOk(
      testApp,
      `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`,
      { input: { participantId: participant.id } },
      a.contact.headers,
    );
    expect(errorCode(await read(a.organisation.id))).toBe('NOT_FOUND');
  });

  it('gives staff every cohort organisation’s summary in one answer; nobody else', async () => {
    const { academy, a, b, workshop } = await setting();
    const session = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'SPARRING',
      audience: 'ORGANISATION',
      audienceOrganisationId: b.organisation.id,
      startsAt: '2027-10-20T09:00',
      endsAt: '2027-10-20T10:00',
    });
    await record(workshop, [a.people[0], b.people[0], b.people[1]]);
    await record(session, [b.people[0]]);
    type Summaries = {
      academyAttendance: Array<{
        organisation: { id: string };
        eventsRecorded: number;
        eventsAttended: number;
        participants: Array<{ participant: { id: string }; attended: number }>;
      }>;
    };
    const all = await graphqlOk<Summaries>(
      testApp,
      ACADEMY_ATTENDANCE,
      { academyId: academy.id },
      expert.headers,
    );
    const byOrganisation = new Map(all.academyAttendance.map((row) => [row.organisation.id, row]));
    expect(byOrganisation.size).toBe(2);
    // A's own figures equal what its members read; B's own session counts for B only.
    const ofA = await graphqlOk<{ attendanceSummary: unknown }>(
      testApp,
      SUMMARY,
      { academyId: academy.id, organisationId: a.organisation.id },
      a.contact.headers,
    );
    expect(byOrganisation.get(a.organisation.id)).toEqual(
      expect.objectContaining(ofA.attendanceSummary as object),
    );
    expect(byOrganisation.get(a.organisation.id)).toMatchObject({
      eventsRecorded: 1,
      eventsAttended: 1,
    });
    expect(byOrganisation.get(b.organisation.id)).toMatchObject({
      eventsRecorded: 2,
      eventsAttended: 2,
    });
    expect(
      byOrganisation
        .get(b.organisation.id)!
        .participants.map((row) => [row.participant.id, row.attended]),
    ).toEqual(
      expect.arrayContaining([
        [b.people[0], 2],
        [b.people[1], 1],
      ]),
    );
    expect(
      errorCode(
        await testApp.graphql(ACADEMY_ATTENDANCE, { academyId: academy.id }, a.contact.headers),
      ),
    ).toBe('FORBIDDEN');
    const empty = await graphqlOk<Summaries>(
      testApp,
      ACADEMY_ATTENDANCE,
      { academyId: (await createAcademy(testApp.dataSource)).id },
      admin.headers,
    );
    expect(empty.academyAttendance).toEqual([]);
  });

  it('covers the named team only: a member of the organisation who is not on it is neither listed nor recordable', async () => {
    const { a, workshop } = await setting();
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, a.organisation, member.user);
    const sheet = await graphqlOk<{
      eventAttendance: { rows: Array<{ participant: { id: string; name: string } }> };
    }>(testApp, SHEET, { eventId: workshop }, admin.headers);
    expect(sheet.eventAttendance.rows.map((row) => row.participant.id).sort()).toEqual(
      expect.not.arrayContaining([member.user.id]),
    );
    expect(sheet.eventAttendance.rows).toHaveLength(4);
    // Their user id (or the contact's) is no participant id: refused, nothing written.
    for (const id of [member.user.id, a.contact.user.id]) {
      const refused = await record(workshop, [a.people[0], id]);
      expect(errorCode(refused)).toBe('NOT_A_PARTICIPANT');
    }
    expect(await recorded(workshop)).toBe(0);
  });
});
