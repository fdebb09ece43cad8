// The application form as the browser specs fill it: the criteria that give every section of
// the form, and filling those sections the way a person does (English labels).
import type { Page } from 'playwright-core';
import { STANDARD_CRITERIA } from '../factories/index.js';

/** Criteria that make the form show every section (team, groundwork, attestation, question). */
export const APPLICATION_CRITERIA = [
  ...STANDARD_CRITERIA.map((criterion) => ({
    ...criterion,
    label: { fi: criterion.label.fi, en: criterion.label.fi },
  })),
  { kind: 'RESPONSIBLE_PERSON', severity: 'HARD', label: { fi: 'Vastuuhenkilö', en: 'Lead' } },
  {
    kind: 'PRIOR_GROUNDWORK',
    severity: 'SOFT',
    label: { fi: 'Pohjatyö', en: 'Groundwork' },
    parameters: { acceptedProgrammes: ['KEINO_ACADEMY'], allowOtherProgramme: true },
  },
  { kind: 'MANAGEMENT_COMMITMENT', severity: 'SOFT', label: { fi: 'Johto', en: 'Management' } },
  {
    kind: 'ATTESTATION',
    severity: 'HARD',
    label: { fi: 'Sitoudumme osallistumaan', en: 'We commit to take part' },
    parameters: {},
  },
  {
    kind: 'CUSTOM_QUESTION',
    severity: 'SOFT',
    label: { fi: 'Onko hankinnalle varattu budjetti?', en: 'Is there a budget?' },
    parameters: { questionType: 'YES_NO', required: true },
  },
];

/** Chooses an option of a suomifi Dropdown (its button is named "<value> <label>"). */
export async function chooseOption(page: Page, label: RegExp, option: string, index = 0) {
  await page.getByRole('button', { name: label }).nth(index).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface FormInput {
  /** The management's approval date, as typed (d.m.yyyy). */
  approvedOn: string;
  /** Typed into "Other groundwork" when given. */
  otherGroundwork?: string;
  /** One expert per role, added in this order. */
  expertRoles: string[];
}

/** Fills every section of the open application form in English (it saves as typed). */
export async function fillApplicationForm(page: Page, input: FormInput): Promise<void> {
  await page.getByRole('textbox', { name: 'Describe the organisation briefly' }).fill('Kunta');
  await page.getByRole('spinbutton', { name: 'Number of employees' }).fill('1200');
  await page.getByRole('textbox', { name: 'Phone number' }).fill('+358 40 123 4567');
  await page.getByRole('checkbox', { name: 'KEINO academy' }).check({ force: true });
  if (input.otherGroundwork) {
    await page.getByRole('textbox', { name: 'Other groundwork' }).fill(input.otherGroundwork);
  }
  await page.getByRole('textbox', { name: 'Approved by (name)' }).fill('Kaisa Kunnanjohtaja');
  await page.getByRole('textbox', { name: "Approver's title" }).fill('Kunnanjohtaja');
  await page.getByRole('textbox', { name: 'Date of approval' }).fill(input.approvedOn);
  await page.getByRole('textbox', { name: 'Title of the pilot procurement' }).fill('Koulu');
  await chooseOption(page, /Category$/, 'Construction');
  await page.getByRole('textbox', { name: 'Planned start' }).fill('1.10.2027');
  await page
    .getByRole('textbox', { name: 'Description of the pilot procurement' })
    .fill('Peruskorjaus');
  const responsible = page.locator('section[aria-labelledby="team-heading"]');
  await responsible.getByRole('textbox', { name: 'Name' }).first().fill('Anna Vastuu');
  await responsible.getByRole('textbox', { name: 'E-mail address' }).first().fill('anna@kunta.fi');
  for (const [index, role] of input.expertRoles.entries()) {
    await page.getByRole('button', { name: 'Add an expert' }).click();
    const expert = page.getByRole('group', { name: `Expert ${index + 1}` });
    await expert.getByRole('textbox', { name: 'Name' }).fill(`Asiantuntija ${index + 1}`);
    await expert.getByRole('textbox', { name: 'E-mail address' }).fill(`a${index}@kunta.fi`);
    await chooseOption(page, /Role in the team$/, role, index);
  }
  await page.getByRole('radio', { name: 'Yes' }).check({ force: true });
  await page.getByRole('checkbox', { name: 'We commit to take part' }).check({ force: true });
  await page
    .getByRole('checkbox', { name: /willing to share what we learn/ })
    .check({ force: true });
  await page.getByRole('checkbox', { name: /attend the events/ }).check({ force: true });
}
