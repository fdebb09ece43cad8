import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AddEventAssignmentInput, MarkAssignmentDoneInput } from './event-assignment.input.js';
import { AddEventMaterialInput, UpdateEventMaterialInput } from './event-material.input.js';
import { AddEventOutcomeInput, UpdateEventOutcomeInput } from './event-outcome.input.js';

const EVENT_ID = '6f1c1f5e-2b1a-4c8e-9d55-0e5f3a9f4b10';

/** `property.child: rule` for every problem, the way the validation pipe names fields. */
function problems(type: new () => object, plain: Record<string, unknown>): string[] {
  const walk = (errors: ReturnType<typeof validateSync>, prefix: string): string[] =>
    errors.flatMap((error) => [
      ...Object.keys(error.constraints ?? {}).map((rule) => `${prefix}${error.property}: ${rule}`),
      ...walk(error.children ?? [], `${prefix}${error.property}.`),
    ]);
  return walk(validateSync(plainToInstance(type, plain)), '');
}

describe('the workshop inputs’ shared field rules', () => {
  it('require a non-empty Finnish title when one is given; an update may leave it out', () => {
    // A missing title is GraphQL's refusal (the field is non-null); an empty one is ours.
    expect(problems(AddEventMaterialInput, { eventId: EVENT_ID, title: { fi: '' } })).toEqual([
      'title.fi: isNotEmpty',
    ]);
    expect(problems(UpdateEventMaterialInput, { materialId: EVENT_ID })).toEqual([]);
    expect(problems(UpdateEventOutcomeInput, { outcomeId: EVENT_ID, title: null })).toEqual([]);
  });

  it('check sv and en the same as fi, and a body up to 10 000 characters', () => {
    const title = { fi: 'Tiekartta', sv: 'x'.repeat(201), en: 'Roadmap' };
    expect(problems(AddEventOutcomeInput, { eventId: EVENT_ID, title })).toEqual([
      'title.sv: maxLength',
    ]);
    const body = { fi: 'x', en: 'x'.repeat(10_001) };
    expect(
      problems(AddEventAssignmentInput, {
        eventId: EVENT_ID,
        title: { fi: 'Tehtävä' },
        instructions: body,
        dueAt: '2027-09-13T16:00',
      }),
    ).toEqual(['instructions.en: maxLength']);
  });

  it('take only http(s) links of at most 500 characters, and at most 10 on an outcome', () => {
    const title = { fi: 'x' };
    expect(
      problems(AddEventMaterialInput, { eventId: EVENT_ID, title, url: 'javascript:x' }),
    ).toEqual(['url: isUrl']);
    const long = `https://example.org/${'a'.repeat(490)}`;
    expect(
      problems(MarkAssignmentDoneInput, {
        assignmentId: EVENT_ID,
        organisationId: EVENT_ID,
        link: long,
      }),
    ).toEqual(['link: maxLength']);
    const links = Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`);
    expect(problems(AddEventOutcomeInput, { eventId: EVENT_ID, title, links })).toEqual([
      'links: arrayMaxSize',
    ]);
    expect(
      problems(UpdateEventOutcomeInput, { outcomeId: EVENT_ID, links: ['ftp://example.org'] }),
    ).toEqual(['links: isUrl']);
  });
});
