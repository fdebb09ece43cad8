import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  addCohortMember,
  addCohortParticipant,
  addMember,
  createAcademy,
  createAdmin,
  createExpert,
  createOrganisationWithContact,
  createSignedInUser,
  scheduleEvent,
  type OrganisationWithPeople,
  type SignedInUser,
} from './factories/index.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CONTENT = `
  materials { id title { fi en } body { fi } url }
  assignments { id title { fi } dueAt due { local }
    completions { organisationId organisationName done doneByName answer link } }
  outcomes { id title { fi en } body { fi sv } links }`;
const VIEW = `query ($eventId: ID!) { workshopEvent(eventId: $eventId) {
  event { id title { fi } } academySlug inAudience canEdit ${CONTENT} } }`;
const ADD_MATERIAL = `mutation ($input: AddEventMaterialInput!) { addEventMaterial(input: $input) { ${CONTENT} } }`;
const UPDATE_MATERIAL = `mutation ($input: UpdateEventMaterialInput!) { updateEventMaterial(input: $input) { ${CONTENT} } }`;
const REMOVE_MATERIAL = `mutation ($input: RemoveEventMaterialInput!) { removeEventMaterial(input: $input) { ${CONTENT} } }`;
const ADD_ASSIGNMENT = `mutation ($input: AddEventAssignmentInput!) { addEventAssignment(input: $input) { ${CONTENT} } }`;
const UPDATE_ASSIGNMENT = `mutation ($input: UpdateEventAssignmentInput!) { updateEventAssignment(input: $input) { ${CONTENT} } }`;
const REMOVE_ASSIGNMENT = `mutation ($input: RemoveEventAssignmentInput!) { removeEventAssignment(input: $input) { ${CONTENT} } }`;
const ADD_OUTCOME = `mutation ($input: AddEventOutcomeInput!) { addEventOutcome(input: $input) { ${CONTENT} } }`;
const UPDATE_OUTCOME = `mutation ($input: UpdateEventOutcomeInput!) { updateEventOutcome(input: $input) { ${CONTENT} } }`;
const REMOVE_OUTCOME = `mutation ($input: RemoveEventOutcomeInput!) { removeEventOutcome(input: $input) { ${CONTENT} } }`;
const MARK_DONE = `mutation ($input: MarkAssignmentDoneInput!) { markAssignmentDone(input: $input) { ${CONTENT} } }`;
const REMOVE_TEAM_MEMBER = `mutation ($input: TeamParticipantInput!) { removeTeamMember(input: $input) { id } }`;
const UNMARK_DONE = `mutation ($input: UnmarkAssignmentDoneInput!) { unmarkAssignmentDone(input: $input) { ${CONTENT} } }`;

interface Completion {
  organisationId: string;
  organisationName: string;
  done: boolean;
  doneByName: string | null;
  answer: string | null;
  link: string | null;
}
interface Content {
  materials: Array<{
    id: string;
    title: { fi: string; en: string | null };
    url: string | null;
  }> | null;
  assignments: Array<{
    id: string;
    dueAt: string;
    due: { local: string };
    completions: Completion[];
  }> | null;
  outcomes: Array<{
    id: string;
    title: { fi: string; en: string | null };
    body: { fi: string; sv: string | null };
    links: string[];
  }> | null;
}
interface View extends Content {
  inAudience: boolean;
  canEdit: boolean;
  academySlug: string;
}

describe('workshops: materials and assignments', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-09-01T08:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  /** A running academy with two cohort organisations, one outsider and a cohort workshop. */
  async function workshop(): Promise<{
    academy: AcademyEntity;
    eventId: string;
    first: OrganisationWithPeople;
    second: OrganisationWithPeople;
    outsider: OrganisationWithPeople;
  }> {
    const academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
    const first = await createOrganisationWithContact(testApp.dataSource, { members: 1 });
    const second = await createOrganisationWithContact(testApp.dataSource);
    const outsider = await createOrganisationWithContact(testApp.dataSource);
    await addCohortMember(testApp.dataSource, academy, first.organisation);
    await addCohortMember(testApp.dataSource, academy, second.organisation);
    const eventId = await scheduleEvent(testApp, admin, { academyId: academy.id });
    return { academy, eventId, first, second, outsider };
  }

  const view = (eventId: string, who?: SignedInUser) =>
    graphqlOk<{ workshopEvent: View }>(testApp, VIEW, { eventId }, who?.headers).then(
      (data) => data.workshopEvent,
    );

  async function addAssignment(eventId: string, who: SignedInUser = admin): Promise<string> {
    const data = await graphqlOk<{ addEventAssignment: Content }>(
      testApp,
      ADD_ASSIGNMENT,
      {
        input: {
          eventId,
          title: { fi: 'Tuo pilotin markkina-analyysi' },
          dueAt: '2027-09-13T16:00',
        },
      },
      who.headers,
    );
    return data.addEventAssignment.assignments!.at(-1)!.id;
  }

  const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.code;

  const auditCount = async (action: string): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM audit_entries WHERE action = $1',
      [action],
    );
    return row.count;
  };

  it('shows materials to the audience only; the event itself stays public', async () => {
    const { eventId, first, outsider } = await workshop();
    const before = await auditCount('event_material.added');
    await graphqlOk(
      testApp,
      ADD_MATERIAL,
      {
        input: {
          eventId,
          title: { fi: 'Diat', en: 'Slides' },
          body: { fi: 'Työpajan diat' },
          url: 'https://example.org/slides.pdf',
        },
      },
      admin.headers,
    );
    expect(await auditCount('event_material.added')).toBe(before + 1);

    const member = await view(eventId, first.members[0]);
    expect(member).toMatchObject({ inAudience: true, canEdit: false });
    expect(member.materials).toEqual([
      expect.objectContaining({
        title: { fi: 'Diat', en: 'Slides' },
        url: 'https://example.org/slides.pdf',
      }),
    ]);
    for (const stranger of [undefined, outsider.contact]) {
      const seen = await view(eventId, stranger);
      expect(seen).toMatchObject({ inAudience: false, materials: null, assignments: null });
    }
    expect((await view(eventId, admin)).canEdit).toBe(true);
  });

  it('answers NOT_FOUND for an event the caller may not see', async () => {
    const { academy, first, second } = await workshop();
    const ownSession = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      kind: 'SPARRING',
      audience: 'ORGANISATION',
      audienceOrganisationId: first.organisation.id,
    });
    expect((await view(ownSession, first.contact)).inAudience).toBe(true);
    const response = await testApp.graphql(VIEW, { eventId: ownSession }, second.contact.headers);
    expect(codeOf(response)).toBe('NOT_FOUND');
  });

  it('lets admins and hosting experts edit, and nobody else', async () => {
    const { academy, eventId, first } = await workshop();
    const host = await createExpert(testApp.dataSource);
    const other = await createExpert(testApp.dataSource);
    const hosted = await scheduleEvent(testApp, host, {
      academyId: academy.id,
      hostIds: [host.user.id],
    });
    const added = await graphqlOk<{ addEventMaterial: Content }>(
      testApp,
      ADD_MATERIAL,
      { input: { eventId: hosted, title: { fi: 'Lukemista' } } },
      host.headers,
    );
    const materialId = added.addEventMaterial.materials![0].id;

    for (const [who, target] of [
      [other, hosted],
      [first.contact, eventId],
    ] as const) {
      const refused = await testApp.graphql(
        ADD_MATERIAL,
        { input: { eventId: target, title: { fi: 'Ei' } } },
        who.headers,
      );
      expect(codeOf(refused)).toBe('NOT_FOUND');
    }
    const refusedUpdate = await testApp.graphql(
      UPDATE_MATERIAL,
      { input: { materialId, title: { fi: 'Muutettu' } } },
      other.headers,
    );
    expect(codeOf(refusedUpdate)).toBe('NOT_FOUND');

    const updated = await graphqlOk<{ updateEventMaterial: Content }>(
      testApp,
      UPDATE_MATERIAL,
      { input: { materialId, title: { fi: 'Muutettu' }, url: 'https://example.org/a' } },
      host.headers,
    );
    expect(updated.updateEventMaterial.materials![0]).toMatchObject({
      title: { fi: 'Muutettu' },
      url: 'https://example.org/a',
    });
    const removed = await graphqlOk<{ removeEventMaterial: Content }>(
      testApp,
      REMOVE_MATERIAL,
      { input: { materialId } },
      admin.headers,
    );
    expect(removed.removeEventMaterial.materials).toEqual([]);
    expect(await auditCount('event_material.removed')).toBeGreaterThan(0);
  });

  it('refuses bad material and assignment input, writing nothing', async () => {
    const { eventId } = await workshop();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [ADD_MATERIAL, { eventId, title: { fi: 'x' }, url: 'javascript:alert(1)' }, 'input.url'],
      [ADD_MATERIAL, { eventId, title: { fi: 'x'.repeat(201) } }, 'input.title.fi'],
      [ADD_ASSIGNMENT, { eventId, title: { fi: 'x' }, dueAt: '13.9.2027' }, 'input.dueAt'],
      // The spring-forward hour does not exist in Helsinki.
      [ADD_ASSIGNMENT, { eventId, title: { fi: 'x' }, dueAt: '2027-03-28T03:30' }, 'input.dueAt'],
    ];
    for (const [mutation, input, field] of cases) {
      const response = await testApp.graphql<unknown>(mutation, { input }, admin.headers);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      const problems = response.errors?.[0]?.extensions?.validationErrors as Array<{
        field: string;
      }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
    }
    const seen = await view(eventId, admin);
    expect(seen.materials).toEqual([]);
    expect(seen.assignments).toEqual([]);
  });

  it('keeps the due time in the academy zone and lets staff move it', async () => {
    const { eventId } = await workshop();
    const assignmentId = await addAssignment(eventId);
    let seen = await view(eventId, admin);
    expect(seen.assignments![0]).toMatchObject({
      dueAt: '2027-09-13T13:00:00.000Z',
      due: { local: '2027-09-13T16:00:00' },
    });
    await graphqlOk(
      testApp,
      UPDATE_ASSIGNMENT,
      { input: { assignmentId, dueAt: '2027-09-20T12:00' } },
      admin.headers,
    );
    seen = await view(eventId, admin);
    expect(seen.assignments![0].dueAt).toBe('2027-09-20T09:00:00.000Z');
  });

  it('lets each organisation mark its own assignment; staff see who has done what', async () => {
    const { eventId, first, second } = await workshop();
    const assignmentId = await addAssignment(eventId);
    const marked = await graphqlOk<{ markAssignmentDone: Content }>(
      testApp,
      MARK_DONE,
      {
        input: {
          assignmentId,
          organisationId: first.organisation.id,
          answer: 'Analyysi liitteenä',
          link: 'https://example.org/analyysi',
        },
      },
      first.members[0].headers,
    );
    // A member sees their own organisation only.
    expect(marked.markAssignmentDone.assignments![0].completions).toEqual([
      expect.objectContaining({
        organisationId: first.organisation.id,
        done: true,
        answer: 'Analyysi liitteenä',
        link: 'https://example.org/analyysi',
      }),
    ]);
    const theirs = await view(eventId, second.contact);
    expect(theirs.assignments![0].completions).toEqual([
      expect.objectContaining({ organisationId: second.organisation.id, done: false }),
    ]);
    const staff = await view(eventId, admin);
    const byOrganisation = Object.fromEntries(
      staff.assignments![0].completions.map((row) => [row.organisationId, row.done]),
    );
    expect(byOrganisation).toEqual({
      [first.organisation.id]: true,
      [second.organisation.id]: false,
    });
    expect(await auditCount('assignment.done')).toBeGreaterThan(0);
  });

  it("refuses marking another organisation's assignment, staff included, writing nothing", async () => {
    const { eventId, first, second } = await workshop();
    const assignmentId = await addAssignment(eventId);
    for (const who of [second.contact, admin]) {
      const response = await testApp.graphql(
        MARK_DONE,
        { input: { assignmentId, organisationId: first.organisation.id } },
        who.headers,
      );
      expect(codeOf(response)).toBe('NOT_YOUR_ORGANISATION');
      const unmark = await testApp.graphql(
        UNMARK_DONE,
        { input: { assignmentId, organisationId: first.organisation.id } },
        who.headers,
      );
      expect(codeOf(unmark)).toBe('NOT_YOUR_ORGANISATION');
    }
    const staff = await view(eventId, admin);
    expect(staff.assignments![0].completions.every((row) => !row.done)).toBe(true);
  });

  it('refuses an organisation outside the audience, and a person outside it', async () => {
    const { eventId, first, outsider } = await workshop();
    const assignmentId = await addAssignment(eventId);
    // A cohort member who also belongs to an organisation that is not in the cohort.
    await addMember(testApp.dataSource, outsider.organisation, first.contact.user);
    const response = await testApp.graphql(
      MARK_DONE,
      { input: { assignmentId, organisationId: outsider.organisation.id } },
      first.contact.headers,
    );
    expect(codeOf(response)).toBe('ORGANISATION_NOT_IN_AUDIENCE');
    // Someone outside the audience is not shown the assignment at all.
    const stranger = await testApp.graphql(
      MARK_DONE,
      { input: { assignmentId, organisationId: outsider.organisation.id } },
      outsider.contact.headers,
    );
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM assignment_completions WHERE assignment_id = $1',
      [assignmentId],
    );
    expect(row.count).toBe(0);
  });

  it("lets a named team member who is not a member mark their organisation's assignment, and not after leaving", async () => {
    const { academy, eventId, first, second } = await workshop();
    const assignmentId = await addAssignment(eventId);
    // On the first organisation's cohort team with an account, but no membership.
    const teamMember = await createSignedInUser(testApp.dataSource, { name: 'Tiimi Läinen' });
    const participant = await addCohortParticipant(
      testApp.dataSource,
      academy,
      first.organisation,
      {
        email: teamMember.user.email,
        userId: teamMember.user.id,
      },
    );
    const seen = await view(eventId, teamMember);
    expect(seen.assignments![0].completions).toEqual([
      expect.objectContaining({ organisationId: first.organisation.id, done: false }),
    ]);
    const marked = await graphqlOk<{ markAssignmentDone: Content }>(
      testApp,
      MARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id, answer: 'Tiimistä' } },
      teamMember.headers,
    );
    expect(marked.markAssignmentDone.assignments![0].completions).toEqual([
      expect.objectContaining({ done: true, doneByName: 'Tiimi Läinen', answer: 'Tiimistä' }),
    ]);
    // Only their own organisation's, as for members.
    for (const mutation of [MARK_DONE, UNMARK_DONE]) {
      const other = await testApp.graphql(
        mutation,
        { input: { assignmentId, organisationId: second.organisation.id } },
        teamMember.headers,
      );
      expect(codeOf(other)).toBe('NOT_YOUR_ORGANISATION');
    }
    await graphqlOk(
      testApp,
      UNMARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      teamMember.headers,
    );
    // The contact takes them off the team: from then on they act for nobody.
    await graphqlOk(
      testApp,
      REMOVE_TEAM_MEMBER,
      { input: { participantId: participant.id } },
      first.contact.headers,
    );
    const doneBefore = await auditCount('assignment.done');
    const left = await testApp.graphql(
      MARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      teamMember.headers,
    );
    // Off the team and no member: outside the audience, so the assignment is not there for them.
    expect(codeOf(left)).toBe('NOT_FOUND');
    expect(await auditCount('assignment.done')).toBe(doneBefore);
    const staff = await view(eventId, admin);
    expect(staff.assignments![0].completions.every((row) => !row.done)).toBe(true);
  });

  it('keeps a leaver who is also in another cohort organisation out of the first one', async () => {
    const { academy, eventId, first, second } = await workshop();
    const assignmentId = await addAssignment(eventId);
    // A member of the second organisation, also named on the first one's team, who leaves it.
    const person = second.contact;
    const participant = await addCohortParticipant(
      testApp.dataSource,
      academy,
      first.organisation,
      {
        email: person.user.email,
        userId: person.user.id,
      },
    );
    await graphqlOk(
      testApp,
      MARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      person.headers,
    );
    await graphqlOk(
      testApp,
      REMOVE_TEAM_MEMBER,
      { input: { participantId: participant.id } },
      first.contact.headers,
    );
    // Still in the audience through the second organisation, but no longer acting for the first.
    const refused = await testApp.graphql(
      UNMARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      person.headers,
    );
    expect(codeOf(refused)).toBe('NOT_YOUR_ORGANISATION');
    const theirs = await view(eventId, person);
    expect(theirs.assignments![0].completions.map((row) => row.organisationId)).toEqual([
      second.organisation.id,
    ]);
  });

  it('keeps one mark per organisation: marking again replaces it, racing marks too', async () => {
    const { eventId, first } = await workshop();
    const assignmentId = await addAssignment(eventId);
    const people = [first.contact, first.members[0]];
    const responses = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((index) =>
        testApp.graphql(
          MARK_DONE,
          {
            input: { assignmentId, organisationId: first.organisation.id, answer: `v${index}` },
          },
          people[index % 2].headers,
        ),
      ),
    );
    expect(responses.map((response) => codeOf(response) ?? 'OK')).toEqual(Array(6).fill('OK'));
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM assignment_completions WHERE assignment_id = $1',
      [assignmentId],
    );
    expect(row.count).toBe(1);

    const undone = await graphqlOk<{ unmarkAssignmentDone: Content }>(
      testApp,
      UNMARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      first.contact.headers,
    );
    expect(undone.unmarkAssignmentDone.assignments![0].completions[0]).toMatchObject({
      done: false,
      answer: null,
    });
  });

  it('removes an assignment with its marks (staff only)', async () => {
    const { eventId, first } = await workshop();
    const assignmentId = await addAssignment(eventId);
    await graphqlOk(
      testApp,
      MARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      first.contact.headers,
    );
    const refused = await testApp.graphql(
      REMOVE_ASSIGNMENT,
      { input: { assignmentId } },
      first.contact.headers,
    );
    expect(codeOf(refused)).toBe('NOT_FOUND');
    const removed = await graphqlOk<{ removeEventAssignment: Content }>(
      testApp,
      REMOVE_ASSIGNMENT,
      { input: { assignmentId } },
      admin.headers,
    );
    expect(removed.removeEventAssignment.assignments).toEqual([]);
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM assignment_completions WHERE assignment_id = $1',
      [assignmentId],
    );
    expect(row.count).toBe(0);
  });

  it('answers in the caller language', async () => {
    const { eventId, second, first } = await workshop();
    const assignmentId = await addAssignment(eventId);
    const response = await testApp.graphql(
      MARK_DONE,
      { input: { assignmentId, organisationId: first.organisation.id } },
      { ...second.contact.headers, 'accept-language': 'sv' },
    );
    expect(response.errors?.[0]?.message).toBe(
      'Du kan markera uppgiften som gjord endast för din egen organisation.',
    );
  });

  it('needs a sign-in to change anything', async () => {
    const { eventId } = await workshop();
    const signedOut = await testApp.graphql(ADD_MATERIAL, {
      input: { eventId, title: { fi: 'x' } },
    });
    expect(codeOf(signedOut)).toBe('UNAUTHENTICATED');
    const plain = await createSignedInUser(testApp.dataSource);
    const refused = await testApp.graphql(
      ADD_MATERIAL,
      { input: { eventId, title: { fi: 'x' } } },
      plain.headers,
    );
    expect(codeOf(refused)).toBe('NOT_FOUND');
  });

  describe('recorded outcomes', () => {
    const roadmap = (eventId: string) => ({
      eventId,
      title: { fi: 'Tiekartta', en: 'Roadmap' },
      body: { fi: 'Visio ja ratkaistavat ongelmat', sv: 'Vision och problem' },
      links: ['https://example.org/roadmap.pdf', 'https://example.org/vision'],
    });

    it('shows outcomes to the audience; others get null while the academy keeps them private', async () => {
      const { eventId, first, outsider } = await workshop();
      const before = await auditCount('event_outcome.added');
      await graphqlOk(testApp, ADD_OUTCOME, { input: roadmap(eventId) }, admin.headers);
      expect(await auditCount('event_outcome.added')).toBe(before + 1);

      const member = await view(eventId, first.members[0]);
      expect(member.outcomes).toEqual([
        expect.objectContaining({
          title: { fi: 'Tiekartta', en: 'Roadmap' },
          body: { fi: 'Visio ja ratkaistavat ongelmat', sv: 'Vision och problem' },
          links: ['https://example.org/roadmap.pdf', 'https://example.org/vision'],
        }),
      ]);
      for (const stranger of [undefined, outsider.contact]) {
        const seen = await view(eventId, stranger);
        expect(seen).toMatchObject({ inAudience: false, outcomes: null, materials: null });
      }
    });

    it('shows outcomes to anyone, signed out too, where the academy makes them public', async () => {
      const { academy, eventId, outsider } = await workshop();
      await graphqlOk(testApp, ADD_OUTCOME, { input: roadmap(eventId) }, admin.headers);
      await graphqlOk(
        testApp,
        `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { publicOutcomes } }`,
        { input: { academyId: academy.id, publicOutcomes: true } },
        admin.headers,
      );
      for (const stranger of [undefined, outsider.contact]) {
        const seen = await view(eventId, stranger);
        // Only the outcomes become public: materials and assignments stay the audience's.
        expect(seen).toMatchObject({ inAudience: false, materials: null, assignments: null });
        expect(seen.outcomes?.map((outcome) => outcome.title.fi)).toEqual(['Tiekartta']);
      }
    });

    it('lets admins and hosting experts add, update and remove outcomes, and nobody else', async () => {
      const { academy, eventId, first } = await workshop();
      const host = await createExpert(testApp.dataSource);
      const other = await createExpert(testApp.dataSource);
      const hosted = await scheduleEvent(testApp, host, {
        academyId: academy.id,
        hostIds: [host.user.id],
      });
      const added = await graphqlOk<{ addEventOutcome: Content }>(
        testApp,
        ADD_OUTCOME,
        { input: roadmap(hosted) },
        host.headers,
      );
      const outcomeId = added.addEventOutcome.outcomes![0].id;

      for (const [who, target] of [
        [other, hosted],
        [first.contact, eventId],
        [first.members[0], hosted],
      ] as const) {
        const refused = await testApp.graphql(ADD_OUTCOME, { input: roadmap(target) }, who.headers);
        expect(codeOf(refused)).toBe('NOT_FOUND');
      }
      for (const [mutation, input] of [
        [UPDATE_OUTCOME, { outcomeId, title: { fi: 'Muutettu' } }],
        [REMOVE_OUTCOME, { outcomeId }],
      ] as const) {
        expect(codeOf(await testApp.graphql(mutation, { input }, other.headers))).toBe('NOT_FOUND');
      }
      const signedOut = await testApp.graphql(ADD_OUTCOME, { input: roadmap(hosted) });
      expect(codeOf(signedOut)).toBe('UNAUTHENTICATED');

      const updatedBefore = await auditCount('event_outcome.updated');
      const updated = await graphqlOk<{ updateEventOutcome: Content }>(
        testApp,
        UPDATE_OUTCOME,
        { input: { outcomeId, title: { fi: 'Visio' }, links: ['https://example.org/v2'] } },
        host.headers,
      );
      expect(updated.updateEventOutcome.outcomes).toEqual([
        expect.objectContaining({
          title: { fi: 'Visio', en: null },
          body: { fi: 'Visio ja ratkaistavat ongelmat', sv: 'Vision och problem' },
          links: ['https://example.org/v2'],
        }),
      ]);
      expect(await auditCount('event_outcome.updated')).toBe(updatedBefore + 1);

      const removedBefore = await auditCount('event_outcome.removed');
      const removed = await graphqlOk<{ removeEventOutcome: Content }>(
        testApp,
        REMOVE_OUTCOME,
        { input: { outcomeId } },
        admin.headers,
      );
      expect(removed.removeEventOutcome.outcomes).toEqual([]);
      expect(await auditCount('event_outcome.removed')).toBe(removedBefore + 1);
    });

    it('refuses bad outcome input naming the field, writing nothing', async () => {
      const { eventId } = await workshop();
      const added = await graphqlOk<{ addEventOutcome: Content }>(
        testApp,
        ADD_OUTCOME,
        { input: roadmap(eventId) },
        admin.headers,
      );
      const outcomeId = added.addEventOutcome.outcomes![0].id;
      const auditsBefore = await auditCount('event_outcome.added');
      const updatesBefore = await auditCount('event_outcome.updated');
      const tooMany = Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`);
      const cases: Array<[string, Record<string, unknown>, string]> = [
        [ADD_OUTCOME, { ...roadmap(eventId), links: ['javascript:alert(1)'] }, 'input.links'],
        [ADD_OUTCOME, { ...roadmap(eventId), links: tooMany }, 'input.links'],
        [ADD_OUTCOME, { ...roadmap(eventId), title: { fi: '' } }, 'input.title.fi'],
        [ADD_OUTCOME, { ...roadmap(eventId), body: { fi: 'x'.repeat(10001) } }, 'input.body.fi'],
        [UPDATE_OUTCOME, { outcomeId, links: ['ftp://example.org/x'] }, 'input.links'],
        [UPDATE_OUTCOME, { outcomeId, title: { fi: 'x'.repeat(201) } }, 'input.title.fi'],
      ];
      for (const [mutation, input, field] of cases) {
        const response = await testApp.graphql<unknown>(mutation, { input }, admin.headers);
        expect(codeOf(response)).toBe('BAD_USER_INPUT');
        const problems = response.errors?.[0]?.extensions?.validationErrors as Array<{
          field: string;
        }>;
        expect(problems.map((problem) => problem.field)).toContain(field);
      }
      expect(await auditCount('event_outcome.added')).toBe(auditsBefore);
      expect(await auditCount('event_outcome.updated')).toBe(updatesBefore);
      const seen = await view(eventId, admin);
      expect(seen.outcomes).toEqual([
        expect.objectContaining({
          title: { fi: 'Tiekartta', en: 'Roadmap' },
          links: roadmap(eventId).links,
        }),
      ]);
    });
  });
});
