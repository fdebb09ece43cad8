// The event page in a real browser: an admin adds a material, an assignment and a recorded
// outcome in fi/sv/en, edits and removes them, a cohort organisation's member sees them and marks the assignment done by keyboard
// with an answer, the admin sees who has done what, and a signed-out visitor sees the event
// without its content. axe on each state, screenshots fi and en.
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { createAcademy } from '../factories/academies.js';
import { addCohortMember } from '../factories/cohort.js';
import { createOrganisationWithContact } from '../factories/organisations.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin } from '../factories/users.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('event page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2027-09-01T08:00:00Z') });
  });
  afterAll(() => app?.close());

  it('adds materials, an assignment and an outcome, and an organisation marks it done', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource);
    const academy = await createAcademy(dataSource, { status: AcademyStatus.RUNNING });
    const first = await createOrganisationWithContact(dataSource);
    const second = await createOrganisationWithContact(dataSource);
    await addCohortMember(dataSource, academy, first.organisation);
    await addCohortMember(dataSource, academy, second.organisation);
    const eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 2', en: 'Workshop 2' },
      startsAt: '2027-09-14T09:00',
      endsAt: '2027-09-14T11:30',
    });
    const address = `${app.clientUrl}/academies/${academy.slug}/events/${eventId}`;

    // The admin adds a material and an assignment.
    const staff = await app.newPage('en');
    await staff.goto(`${app.clientUrl}/sign-in`);
    await app.signInAs(staff, admin.user.email);
    await staff.goto(address);
    await staff.getByRole('heading', { level: 1, name: 'Workshop 2' }).waitFor();
    const material = staff.getByRole('form', { name: 'Add a material' });
    await material.getByLabel('Title in Finnish').fill('Markkina-analyysin pohja');
    await material.getByLabel('Title in Swedish').fill('Mall för marknadsanalys');
    await material.getByLabel('Title in English').fill('Market analysis template');
    await material.getByLabel('Text in Finnish').fill('Täytä pohja ennen työpajaa.');
    await material.getByLabel('Link address').fill('https://example.org/pohja.pdf');
    await material.getByRole('button', { name: 'Add' }).click();
    // The page answers in the reader's language: English here.
    const materials = staff.getByTestId('materials');
    await materials.getByText('Market analysis template').waitFor();

    const assignment = staff.getByRole('form', { name: 'Add an assignment' });
    await assignment.getByLabel('Title in Finnish').fill('Tuo pilotin markkina-analyysi');
    await assignment.getByLabel('Title in English').fill("Bring your pilot's market analysis");
    await assignment.getByLabel('Due').fill('2027-09-13T16:00');
    await assignment.getByRole('button', { name: 'Add' }).click();
    await staff.getByTestId('assignment').getByText("Bring your pilot's market analysis").waitFor();
    await staff.getByText('Due 13 September 2027 at 16:00', { exact: false }).waitFor();
    const outcome = staff.getByRole('form', { name: 'Add an outcome' });
    await outcome.getByLabel('Title in Finnish').fill('Tiekartta');
    await outcome.getByLabel('Text in Finnish').fill('Visio, ratkaistavat ongelmat ja tiekartta.');
    await outcome
      .getByLabel('Links (one per line)')
      .fill('https://example.org/tiekartta.pdf\nhttps://example.org/visio');
    await outcome.getByRole('button', { name: 'Add' }).click();
    const outcomes = staff.getByTestId('outcomes');
    await outcomes.getByText('Tiekartta', { exact: true }).waitFor();
    await outcomes.getByRole('link', { name: /example\.org\/visio/ }).waitFor();
    await expectNoSeriousA11yViolations(staff);

    // A member of the first organisation marks it done, by keyboard.
    const member = await app.newPage('en');
    await member.goto(`${app.clientUrl}/sign-in`);
    await app.signInAs(member, first.contact.user.email);
    await member.goto(address);
    await member.getByRole('heading', { level: 1, name: 'Workshop 2' }).waitFor();
    await member.getByText('Not done yet').waitFor();
    await member.getByTestId('outcomes').getByText('Tiekartta', { exact: true }).waitFor();
    expect(await member.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await member.getByRole('form', { name: 'Add an outcome' }).count()).toBe(0);
    expect(await member.getByTestId('my-status').count()).toBe(1);
    await expectNoSeriousA11yViolations(member);
    await screenshot(member, 'workshop-event', 'en');
    await member.getByLabel('Answer').fill('Analyysi on jaetussa kansiossa.');
    await tabTo(member, (focused) => focused.tag === 'button' && focused.text === 'Mark done');
    await member.keyboard.press('Enter');
    await member.getByText('Done (marked by', { exact: false }).waitFor();
    await member.getByText('Analyysi on jaetussa kansiossa.').waitFor();
    await expectNoSeriousA11yViolations(member);

    // The admin sees who has done what.
    await staff.reload();
    const table = staff.getByTestId('completions');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(
      await table.getByRole('row', { name: new RegExp(first.organisation.name) }).innerText(),
    ).toContain('Done');
    expect(
      await table.getByRole('row', { name: new RegExp(second.organisation.name) }).innerText(),
    ).toContain('Not done yet');
    await expectNoSeriousA11yViolations(staff);

    // In Finnish, for the screenshot.
    await dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [
      second.contact.user.id,
    ]);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/sign-in`);
    await app.signInAs(finnish, second.contact.user.email);
    await finnish.goto(address);
    await finnish.getByRole('heading', { level: 1, name: 'Työpaja 2' }).waitFor();
    await finnish.getByText('Ei vielä tehty').waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'workshop-event', 'fi');

    // Signed out: the event, not its content.
    const visitor = await app.newPage('en');
    await visitor.goto(address);
    await visitor.getByRole('heading', { level: 1, name: 'Workshop 2' }).waitFor();
    await visitor
      .getByText("The materials and assignments are shown to the event's participants.")
      .waitFor();
    expect(await visitor.getByTestId('materials').count()).toBe(0);
    // The academy keeps its outcomes to the audience (publicOutcomes is off).
    expect(await visitor.getByTestId('outcomes').count()).toBe(0);
  });

  it('lets staff edit texts in fi/sv/en, move a due time, change links and remove items', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource);
    const academy = await createAcademy(dataSource, { status: AcademyStatus.RUNNING });
    const eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 3', en: 'Workshop 3' },
      startsAt: '2027-09-14T09:00',
      endsAt: '2027-09-14T11:30',
    });
    const graphql = (query: string, input: Record<string, unknown>) =>
      graphqlOk(app.testApp, query, { input }, admin.headers);
    await graphql(
      'mutation ($input: AddEventMaterialInput!) { addEventMaterial(input: $input) { canEdit } }',
      {
        eventId,
        title: {
          fi: 'Markkina-analyysin pohja',
          sv: 'Mall för marknadsanalys',
          en: 'Market analysis template',
        },
        body: { fi: 'Täytä pohja ennen työpajaa.' },
      },
    );
    await graphql(
      'mutation ($input: AddEventAssignmentInput!) { addEventAssignment(input: $input) { canEdit } }',
      {
        eventId,
        title: { fi: 'Tuo pilotin markkina-analyysi', en: "Bring your pilot's market analysis" },
        dueAt: '2027-09-13T16:00',
      },
    );
    await graphql(
      'mutation ($input: AddEventOutcomeInput!) { addEventOutcome(input: $input) { canEdit } }',
      {
        eventId,
        title: { fi: 'Tiekartta' },
        links: ['https://example.org/tiekartta.pdf', 'https://example.org/visio'],
      },
    );
    const staff = await app.newPage('en');
    await staff.goto(`${app.clientUrl}/sign-in`);
    await app.signInAs(staff, admin.user.email);
    await staff.goto(`${app.clientUrl}/academies/${academy.slug}/events/${eventId}`);
    await staff.getByRole('heading', { level: 1, name: 'Workshop 3' }).waitFor();
    const materials = staff.getByTestId('materials');
    await materials.getByText('Market analysis template').waitFor();

    // Editing shows the three languages as saved; the API's refusal goes next to its field.
    await staff.getByRole('button', { name: 'Edit Market analysis template' }).click();
    const editing = staff.getByRole('form', { name: 'Edit Market analysis template' });
    expect(await editing.getByLabel('Title in Finnish').inputValue()).toBe(
      'Markkina-analyysin pohja',
    );
    expect(await editing.getByLabel('Title in Swedish').inputValue()).toBe(
      'Mall för marknadsanalys',
    );
    await editing.getByLabel('Title in Finnish').fill('');
    await editing.getByRole('button', { name: 'Save' }).click();
    await editing.getByText('Required.', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(staff);
    await editing.getByLabel('Title in Finnish').fill('Markkina-analyysin pohja');
    await editing.getByLabel('Title in English').fill('Template for the market analysis');
    await editing.getByRole('button', { name: 'Save' }).click();
    await materials.getByText('Template for the market analysis').waitFor();
    expect(await materials.getByText('Täytä pohja ennen työpajaa.').count()).toBe(1);

    // A second material, removed again.
    const again = staff.getByRole('form', { name: 'Add a material' });
    await again.getByLabel('Title in Finnish').fill('Väliaikainen');
    await again.getByRole('button', { name: 'Add' }).click();
    await materials.getByText('Väliaikainen').waitFor();
    await staff.getByRole('button', { name: 'Remove Väliaikainen' }).click();
    await materials.getByText('Väliaikainen').waitFor({ state: 'detached' });

    // Staff move the due time in the same form.
    await staff.getByRole('button', { name: "Edit Bring your pilot's market analysis" }).click();
    const dueForm = staff.getByRole('form', { name: "Edit Bring your pilot's market analysis" });
    expect(await dueForm.getByLabel('Due').inputValue()).toBe('2027-09-13T16:00');
    await dueForm.getByLabel('Due').fill('2027-09-13T18:00');
    await dueForm.getByRole('button', { name: 'Save' }).click();
    await staff.getByText('Due 13 September 2027 at 18:00', { exact: false }).waitFor();
    const outcomes = staff.getByTestId('outcomes');
    // An outcome's links are edited as lines too: one dropped, the text translated.
    await staff.getByRole('button', { name: 'Edit Tiekartta' }).click();
    const outcomeForm = staff.getByRole('form', { name: 'Edit Tiekartta' });
    await outcomeForm.getByLabel('Links (one per line)').fill('https://example.org/tiekartta.pdf');
    await outcomeForm.getByLabel('Title in English').fill('Roadmap');
    await outcomeForm.getByRole('button', { name: 'Save' }).click();
    await outcomes.getByText('Roadmap', { exact: true }).waitFor();
    expect(await outcomes.getByRole('link', { name: /example\.org\/visio/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(staff);
  });
});
