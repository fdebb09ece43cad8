import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { CohortParticipantRole } from '../src/modules/cohort/cohort.enums.js';
import { CohortTeamService } from '../src/modules/cohort/cohort-team.service.js';
import { CohortParticipantEntity } from '../src/modules/cohort/entities/cohort-participant.entity.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import type { OrganisationEntity } from '../src/modules/organisations/entities/organisation.entity.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createAdmin,
  createOrganisation,
  createSignedInUser,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { personalFeed } from './helpers/feeds.js';
import { parseCalendar } from './helpers/ical.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ADD = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id name email role hasAccount } }`;
const REMOVE = `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`;
const RESPONSIBLE = `mutation ($input: TeamParticipantInput!) { setTeamResponsiblePerson(input: $input) { id role } }`;
const MY_TEAMS = `query ($academyId: ID!) { myCohortTeams(academyId: $academyId) { organisation { id } limit canManage participants { id email role } } }`;

describe('Cohort teams (contacts manage, within the academy’s limit)', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  interface Team {
    academy: AcademyEntity;
    organisation: OrganisationEntity;
    contact: SignedInUser;
    responsibleId: string;
  }

  /** A cohort organisation with its contact as the responsible person, in an academy with `limit`. */
  async function cohortTeam(limit = 3): Promise<Team> {
    const academy = await createAcademy(testApp.dataSource);
    await graphqlOk(
      testApp,
      `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { teamSizeLimit } }`,
      { input: { academyId: academy.id, teamSizeLimit: limit } },
      admin.headers,
    );
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    await addCohortMember(testApp.dataSource, academy, organisation);
    const responsible = await addCohortParticipant(testApp.dataSource, academy, organisation, {
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    return { academy, organisation, contact, responsibleId: responsible.id };
  }

  const add = (
    team: Team,
    who: SignedInUser,
    email: string,
    organisationId = team.organisation.id,
  ) =>
    testApp.graphql<{ addTeamMember: { id: string; email: string; role: string } }>(
      ADD,
      { input: { academyId: team.academy.id, organisationId, name: 'Uusi Jäsen', email } },
      who.headers,
    );
  const teamRows = (team: Team) =>
    testApp.dataSource.getRepository(CohortParticipantEntity).find({
      where: { academyId: team.academy.id, organisationId: team.organisation.id },
    });
  const auditCount = (action: string) =>
    testApp.dataSource.getRepository(AuditEntryEntity).countBy({ action });

  it('lets a contact add people up to the limit, then refuses TEAM_FULL with nothing written', async () => {
    const team = await cohortTeam(3);
    const first = await add(team, team.contact, 'Ensimmainen@Example.fi');
    expect(first.errors).toBeUndefined();
    expect(first.data?.addTeamMember).toMatchObject({
      email: 'ensimmainen@example.fi',
      role: 'EXPERT',
    });
    expect(errorCode(await add(team, team.contact, 'toinen@example.fi'))).toBe('OK');
    const audits = await auditCount('cohort_participant.added');

    const full = await add(team, team.contact, 'neljas@example.fi');
    expect(errorCode(full)).toBe('TEAM_FULL');
    expect(full.errors?.[0].extensions).toMatchObject({ limit: 3 });
    expect(full.errors?.[0].message).toBe('The team is full: it holds 3 people.');
    expect(await teamRows(team)).toHaveLength(3);
    expect(await auditCount('cohort_participant.added')).toBe(audits);
  });

  it('holds the limit when contacts add at the same time (the team row is locked)', async () => {
    const team = await cohortTeam(3);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => add(team, team.contact, `kilpa-${n}@example.fi`)),
    );
    const codes = results.map(errorCode).sort();
    expect(codes).toEqual(['OK', 'OK', 'TEAM_FULL', 'TEAM_FULL', 'TEAM_FULL']);
    expect((await teamRows(team)).filter((row) => row.leftAt === null)).toHaveLength(3);
  });

  it('refuses a plain member, another organisation’s contact and an organisation outside the cohort', async () => {
    const team = await cohortTeam();
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, team.organisation, member.user);
    expect(errorCode(await add(team, member, 'x@example.fi'))).toBe('FORBIDDEN');

    const other = await cohortTeam();
    expect(errorCode(await add(team, other.contact, 'y@example.fi'))).toBe('FORBIDDEN');
    const removal = await testApp.graphql(
      REMOVE,
      { input: { participantId: team.responsibleId } },
      other.contact.headers,
    );
    expect(errorCode(removal)).toBe('FORBIDDEN');
    const promotion = await testApp.graphql(
      RESPONSIBLE,
      { input: { participantId: team.responsibleId } },
      other.contact.headers,
    );
    expect(errorCode(promotion)).toBe('FORBIDDEN');

    // A contact of an organisation that is not in this academy's cohort.
    const outsider = await createSignedInUser(testApp.dataSource);
    const outside = await createOrganisation(testApp.dataSource, outsider.user);
    expect(errorCode(await add(team, outsider, 'z@example.fi', outside.id))).toBe('NOT_IN_COHORT');
    expect(await teamRows(team)).toHaveLength(1);
    expect(
      await testApp.dataSource
        .getRepository(CohortParticipantEntity)
        .countBy({ organisationId: outside.id }),
    ).toBe(0);
  });

  it('refuses an address already on the team (ALREADY_IN_TEAM at input.email) and a bad address', async () => {
    const team = await cohortTeam();
    const twice = await add(team, team.contact, team.contact.user.email.toUpperCase());
    expect(errorCode(twice)).toBe('ALREADY_IN_TEAM');
    expect(twice.errors?.[0].extensions).toMatchObject({ field: 'input.email' });
    expect(errorCode(await add(team, team.contact, 'not-an-address'))).toBe('BAD_USER_INPUT');
    expect(await teamRows(team)).toHaveLength(1);
  });

  it('changes the responsible person (the previous one becomes an expert) and refuses removing them', async () => {
    const team = await cohortTeam();
    const added = await add(team, team.contact, 'uusi-vastuuhenkilo@example.fi');
    const newId = added.data!.addTeamMember.id;
    const refused = await testApp.graphql(
      REMOVE,
      { input: { participantId: team.responsibleId } },
      team.contact.headers,
    );
    expect(errorCode(refused)).toBe('RESPONSIBLE_PERSON_REQUIRED');

    const result = await graphqlOk<{
      setTeamResponsiblePerson: Array<{ id: string; role: string }>;
    }>(testApp, RESPONSIBLE, { input: { participantId: newId } }, team.contact.headers);
    expect(result.setTeamResponsiblePerson).toEqual(
      expect.arrayContaining([
        { id: newId, role: 'RESPONSIBLE' },
        { id: team.responsibleId, role: 'EXPERT' },
      ]),
    );
    // Now the former responsible person may leave.
    expect(
      errorCode(
        await testApp.graphql(
          REMOVE,
          { input: { participantId: team.responsibleId } },
          team.contact.headers,
        ),
      ),
    ).toBe('OK');
  });

  it('a leaver stops taking part: no cohort events in their feed, not a mail recipient, off cohort(academyId)', async () => {
    const team = await cohortTeam();
    const eventId = await scheduleEvent(testApp, admin, {
      academyId: team.academy.id,
      title: { fi: 'Työpaja 1', en: 'Workshop 1' },
    });
    // Leena is on the team and, like every organisation member, follows the cohort.
    const leena = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, team.organisation, leena.user);
    const colleague = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, team.organisation, colleague.user);
    const added = await add(team, team.contact, leena.user.email);
    expect(added.data?.addTeamMember).toMatchObject({ hasAccount: true });
    const participantId = added.data!.addTeamMember.id;

    const etags: string[] = [];
    const feedUids = async (person: SignedInUser) => {
      const feed = await personalFeed(testApp, person);
      const response = await fetch(feed.local);
      if (person === leena) etags.push(response.headers.get('etag') ?? '');
      return parseCalendar(await response.text()).events.map((event) => event.uid);
    };
    const teams = testApp.app.get(CohortTeamService);
    expect(await feedUids(leena)).toContain(`${eventId}@akatemia`);
    expect(await teams.isParticipant(leena.user.id, team.academy.id)).toBe(true);

    await graphqlOk(testApp, REMOVE, { input: { participantId } }, team.contact.headers);

    expect(await feedUids(leena)).not.toContain(`${eventId}@akatemia`);
    // The feed's version changed too, so a calendar app holding the old ETag gets the new body.
    expect(etags[1]).not.toBe(etags[0]);
    expect(await teams.isParticipant(leena.user.id, team.academy.id)).toBe(false);
    // Still a member of the organisation, but no longer in the cohort: cohort() is closed to her.
    const cohort = await testApp.graphql(
      `query ($id: ID!) { cohort(academyId: $id) { academyId } }`,
      { id: team.academy.id },
      leena.headers,
    );
    expect(errorCode(cohort)).toBe('FORBIDDEN');
    const staffView = await graphqlOk<{
      cohort: { organisations: Array<{ participants: Array<{ email: string }> }> };
    }>(
      testApp,
      `query ($id: ID!) { cohort(academyId: $id) { organisations { participants { email } } } }`,
      { id: team.academy.id },
      admin.headers,
    );
    expect(staffView.cohort.organisations[0].participants.map((p) => p.email)).not.toContain(
      leena.user.email,
    );
    // A colleague who was never removed still follows the cohort through membership.
    expect(await feedUids(colleague)).toContain(`${eventId}@akatemia`);
    expect(await teams.isParticipant(colleague.user.id, team.academy.id)).toBe(true);

    // Added again: she is back (the same row, left_at cleared).
    const back = await add(team, team.contact, leena.user.email);
    expect(back.data?.addTeamMember.id).toBe(participantId);
    expect(await feedUids(leena)).toContain(`${eventId}@akatemia`);
  });

  it('removing an unknown or already removed person answers NOT_FOUND', async () => {
    const team = await cohortTeam();
    const added = await add(team, team.contact, 'poistuva@example.fi');
    const participantId = added.data!.addTeamMember.id;
    await graphqlOk(testApp, REMOVE, { input: { participantId } }, team.contact.headers);
    const again = await testApp.graphql(REMOVE, { input: { participantId } }, team.contact.headers);
    expect(errorCode(again)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await testApp.graphql(
          REMOVE,
          { input: { participantId: '00000000-0000-4000-8000-000000000000' } },
          team.contact.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('myCohortTeams shows the caller’s teams with the limit; only contacts may manage', async () => {
    const team = await cohortTeam(4);
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, team.organisation, member.user);
    const asContact = await graphqlOk<{
      myCohortTeams: Array<{ limit: number; canManage: boolean; participants: unknown[] }>;
    }>(testApp, MY_TEAMS, { academyId: team.academy.id }, team.contact.headers);
    expect(asContact.myCohortTeams).toHaveLength(1);
    expect(asContact.myCohortTeams[0]).toMatchObject({ limit: 4, canManage: true });
    expect(asContact.myCohortTeams[0].participants).toHaveLength(1);
    const asMember = await graphqlOk<{ myCohortTeams: Array<{ canManage: boolean }> }>(
      testApp,
      MY_TEAMS,
      { academyId: team.academy.id },
      member.headers,
    );
    expect(asMember.myCohortTeams[0].canManage).toBe(false);
    const stranger = await createSignedInUser(testApp.dataSource);
    const none = await graphqlOk<{ myCohortTeams: unknown[] }>(
      testApp,
      MY_TEAMS,
      { academyId: team.academy.id },
      stranger.headers,
    );
    expect(none.myCohortTeams).toEqual([]);
  });

  it('myCohortTeams also shows the team to a named participant who is not a member, until they leave', async () => {
    const team = await cohortTeam(4);
    const outsider = await createSignedInUser(testApp.dataSource);
    const added = await add(team, team.contact, outsider.user.email);
    expect(added.errors).toBeUndefined();
    const asParticipant = await graphqlOk<{
      myCohortTeams: Array<{
        organisation: { id: string };
        canManage: boolean;
        participants: Array<{ email: string }>;
      }>;
    }>(testApp, MY_TEAMS, { academyId: team.academy.id }, outsider.headers);
    expect(asParticipant.myCohortTeams).toHaveLength(1);
    expect(asParticipant.myCohortTeams[0].organisation.id).toBe(team.organisation.id);
    expect(asParticipant.myCohortTeams[0].canManage).toBe(false);
    expect(asParticipant.myCohortTeams[0].participants.map((person) => person.email)).toContain(
      outsider.user.email,
    );
    await graphqlOk(
      testApp,
      REMOVE,
      { input: { participantId: added.data!.addTeamMember.id } },
      team.contact.headers,
    );
    const afterLeaving = await graphqlOk<{ myCohortTeams: unknown[] }>(
      testApp,
      MY_TEAMS,
      { academyId: team.academy.id },
      outsider.headers,
    );
    expect(afterLeaving.myCohortTeams).toEqual([]);
  });

  it('admins set teamSizeLimit (1–50); others may not', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const update = (limit: number, who: SignedInUser) =>
      testApp.graphql(
        `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { teamSizeLimit } }`,
        { input: { academyId: academy.id, teamSizeLimit: limit } },
        who.headers,
      );
    expect(errorCode(await update(51, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await update(0, admin))).toBe('BAD_USER_INPUT');
    const someone = await createSignedInUser(testApp.dataSource);
    expect(errorCode(await update(9, someone))).toBe('FORBIDDEN');
    const ok = await update(12, admin);
    expect(ok.data).toEqual({ updateAcademy: { teamSizeLimit: 12 } });
  });
});
