import { GlobalRole } from '../src/common/auth/global-role.js';
import { TimelineEventEntity } from '../src/modules/timeline/entities/timeline-event.entity.js';
import {
  EventAudience,
  EventKind,
  EventMode,
  EventStatus,
} from '../src/modules/timeline/timeline-event.enums.js';
import type { UserEntity } from '../src/modules/users/entities/user.entity.js';
import {
  addMember,
  createAcademy,
  createOrganisation,
  createSignedInUser,
} from './factories/index.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const EVENTS_PER_ACADEMY = 3;

const ACADEMIES_WITH_EVENTS = `{
  academies { slug events { id title { fi } start { text } hostNames } }
}`;

interface AcademiesAnswer {
  academies: Array<{
    slug: string;
    events: Array<{
      id: string;
      title: { fi: string };
      start: { text: string };
      hostNames: string[];
    }>;
  }>;
}

// Academy.events and Organisation.members go through per-request loaders: the number of
// statements a list costs does not grow with the list.
describe('loaders keep list queries at a fixed number of statements', () => {
  let testApp: TestApp;
  let host: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    host = (await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.EXPERT] })).user;
  });
  afterAll(() => testApp.close());

  /** Published academies, each with cohort-wide events hosted by the expert. */
  async function addAcademiesWithEvents(count: number): Promise<void> {
    const events = testApp.dataSource.getRepository(TimelineEventEntity);
    for (let index = 0; index < count; index++) {
      const academy = await createAcademy(testApp.dataSource);
      for (let event = 0; event < EVENTS_PER_ACADEMY; event++) {
        await events.save(
          events.create({
            academyId: academy.id,
            kind: EventKind.WORKSHOP,
            title: { fi: `Työpaja ${event + 1}`, sv: null, en: null },
            description: { fi: '', sv: null, en: null },
            startsAt: new Date(Date.UTC(2026, 8, 1 + event, 9)),
            endsAt: new Date(Date.UTC(2026, 8, 1 + event, 12)),
            mode: EventMode.IN_PERSON,
            place: 'Helsinki',
            onlineUrl: null,
            audience: EventAudience.COHORT,
            audienceOrganisationId: null,
            status: EventStatus.SCHEDULED,
            sequence: 0,
            hosts: [host],
          }),
        );
      }
    }
  }

  async function academiesWithEvents(
    headers?: Record<string, string>,
  ): Promise<{ answer: AcademiesAnswer; statements: number; texts: string[] }> {
    const { result, statements, texts } = await countQueries(() =>
      testApp.graphql<AcademiesAnswer>(ACADEMIES_WITH_EVENTS, undefined, headers),
    );
    expect(result.errors).toBeUndefined();
    return { answer: result.data!, statements, texts };
  }

  it('academies { events { hostNames } }: the same statements for 2 academies as for 10', async () => {
    const staff = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    await addAcademiesWithEvents(2);
    const twoAnonymous = await academiesWithEvents();
    const twoStaff = await academiesWithEvents(staff.headers);
    expect(twoAnonymous.answer.academies).toHaveLength(2);

    await addAcademiesWithEvents(8);
    const tenAnonymous = await academiesWithEvents();
    const tenStaff = await academiesWithEvents(staff.headers);

    // The answers are complete: every academy with all its events and their host.
    expect(tenAnonymous.answer.academies).toHaveLength(10);
    for (const academy of tenAnonymous.answer.academies) {
      expect(academy.events).toHaveLength(EVENTS_PER_ACADEMY);
      for (const event of academy.events) expect(event.hostNames).toEqual([host.name]);
    }
    expect(tenStaff.answer.academies).toHaveLength(10);

    // Academies, their events (one statement for all), the hosts and their names.
    expect(tenAnonymous.statements).toBe(twoAnonymous.statements);
    expect(tenAnonymous.statements).toBeLessThanOrEqual(4);
    // Signed in, the session and its person (two statements) come on top.
    expect(tenStaff.statements).toBe(twoStaff.statements);
    expect(tenStaff.statements).toBeLessThanOrEqual(6);
  });

  it('myMemberships { organisation { members } }: the same statements for 2 organisations as for 6', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const colleague = await createSignedInUser(testApp.dataSource);
    const join = async (count: number): Promise<void> => {
      for (let index = 0; index < count; index++) {
        const organisation = await createOrganisation(testApp.dataSource, person.user);
        await addMember(testApp.dataSource, organisation, colleague.user);
      }
    };
    const query = '{ myMemberships { organisation { id members { role user { email } } } } }';
    type Answer = {
      myMemberships: Array<{
        organisation: { id: string; members: Array<{ role: string; user: { email: string } }> };
      }>;
    };

    await join(2);
    const two = await countQueries(() => testApp.graphql<Answer>(query, undefined, person.headers));
    await join(4);
    const six = await countQueries(() => testApp.graphql<Answer>(query, undefined, person.headers));

    expect(two.result.errors).toBeUndefined();
    expect(six.result.errors).toBeUndefined();
    expect(six.result.data!.myMemberships).toHaveLength(6);
    for (const membership of six.result.data!.myMemberships) {
      expect(membership.organisation.members.map((member) => member.user.email).sort()).toEqual(
        [person.user.email, colleague.user.email].sort(),
      );
    }
    // The session and its person, the memberships, and every organisation's members in one.
    expect(six.statements).toBe(two.statements);
    expect(six.statements).toBeLessThanOrEqual(4);
  });

  it('staff read the members of an organisation they do not belong to, through the same loader', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const expert = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.EXPERT] });
    const organisation = await createOrganisation(testApp.dataSource, contact.user);

    const response = await testApp.graphql<{
      organisation: { members: Array<{ role: string; user: { email: string } }> };
    }>(
      'query ($id: ID!) { organisation(id: $id) { members { role user { email } } } }',
      { id: organisation.id },
      expert.headers,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation.members).toEqual([
      { role: 'CONTACT', user: { email: contact.user.email } },
    ]);
  });
});
