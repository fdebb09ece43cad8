// The applicant pages' own logic, without a browser: the business ID check typed in the form
// is the API's rule, and the form's dates and comparisons behave as the pages rely on.
import { isValidBusinessId } from '../../src/modules/organisations/business-id.js';
import { businessIdProblem } from '../../web/src/pages/organisations/business-id.js';
import {
  differences,
  draftInput,
  forForm,
  isoDate,
  mergeFields,
} from '../../web/src/pages/applications/answers.js';

describe('applicant pages', () => {
  it('checks a business ID exactly as the API does (every check digit of 2,000 numbers)', () => {
    for (let base = 201_000; base < 203_000; base += 1) {
      const digits = String(base).padStart(7, '0');
      for (let check = 0; check <= 9; check += 1) {
        const id = `${digits}-${check}`;
        expect({ id, client: businessIdProblem(id) === null }).toEqual({
          id,
          client: isValidBusinessId(id),
        });
      }
    }
    expect(businessIdProblem('0201256-6')).toBeNull();
    expect(businessIdProblem('0201256-7')).toBe('checkDigit');
    expect(businessIdProblem('020125')).toBe('format');
    expect(businessIdProblem('')).toBeNull();
  });

  it('reads dates as typed in Finland or as ISO, and refuses impossible ones', () => {
    expect(isoDate('1.10.2027')).toBe('2027-10-01');
    expect(isoDate('2027-10-01')).toBe('2027-10-01');
    expect(isoDate('')).toBeNull();
    expect(isoDate('31.2.2027')).toBeUndefined();
    expect(isoDate('lokakuussa')).toBeUndefined();
  });

  it('sends blanks as null and dates as ISO; finds only real differences between versions', () => {
    const mine = forForm({
      pilotProcurement: { title: 'Koulu', plannedStart: '2027-10-01' },
      team: { responsiblePerson: { name: 'Anna', email: '' } },
    });
    expect(mine.pilotProcurement?.plannedStart).toBe('1.10.2027');
    const input = draftInput(mine);
    expect(input.pilotProcurement?.plannedStart).toBe('2027-10-01');
    expect(input.team?.responsiblePerson).toEqual({ name: 'Anna', email: null });
    const theirs = { pilotProcurement: { title: 'Koulu B', plannedStart: '2027-10-01' } };
    expect(differences(draftInput(mine), draftInput(forForm(theirs)))).toEqual([
      { path: 'pilotProcurement.title', mine: 'Koulu', theirs: 'Koulu B' },
      { path: 'team.responsiblePerson.name', mine: 'Anna', theirs: '' },
    ]);
  });

  it('keeps my changed sections and the other version of the rest after a conflict', () => {
    const base = { pilotProcurement: { title: 'Koulu' }, organisationFacts: { description: '' } };
    const mine = { ...base, organisationFacts: { description: 'Minun kuvaus' } };
    const theirs = { ...base, pilotProcurement: { title: 'Koulu B' } };
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: {
        pilotProcurement: { title: 'Koulu B' },
        organisationFacts: { description: 'Minun kuvaus' },
      },
      clashes: [],
    });
  });

  it('merges a section field by field and names the fields both changed', () => {
    const base = forForm({ pilotProcurement: { title: 'Alku', plannedStart: '2027-10-01' } });
    // Mine: a new description, the same date typed the Finnish way (not a change).
    const mine = {
      pilotProcurement: { title: 'Alku', plannedStart: '1.10.2027', description: 'Minun' },
    };
    const theirs = forForm({
      pilotProcurement: { title: 'Heidän otsikko', plannedStart: '2027-10-01' },
    });
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: {
        pilotProcurement: {
          title: 'Heidän otsikko',
          plannedStart: '1.10.2027',
          description: 'Minun',
        },
      },
      clashes: [],
    });
    const both = { pilotProcurement: { ...mine.pilotProcurement, title: 'Minun otsikko' } };
    expect(mergeFields(base, both, theirs)).toEqual({
      merged: {
        pilotProcurement: {
          title: 'Minun otsikko',
          plannedStart: '1.10.2027',
          description: 'Minun',
        },
      },
      clashes: ['pilotProcurement.title'],
    });
    // The same text typed on both pages is no clash.
    expect(mergeFields(base, theirs, theirs).clashes).toEqual([]);
  });
});
