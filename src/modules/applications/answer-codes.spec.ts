import {
  answerChoicesOf,
  canonicalCode,
  nearMiss,
  normaliseAnswerCodes,
  vocabularyOf,
} from './answer-codes.js';
import { CriterionKind } from './eligibility-criterion.enums.js';

const VOCABULARY = vocabularyOf([
  {
    kind: CriterionKind.PILOT_PROCUREMENT,
    parameters: { categories: ['CONSTRUCTION', 'CONSTRUCTION_DESIGN'] },
  },
  {
    kind: CriterionKind.TEAM,
    parameters: { requiredRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'] },
  },
  { kind: CriterionKind.ATTESTATION, parameters: {} },
]);

describe('answer codes', () => {
  it('collects the lists from the criteria', () => {
    expect(VOCABULARY).toEqual({
      categories: ['CONSTRUCTION', 'CONSTRUCTION_DESIGN'],
      roles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'],
    });
  });

  it('spells codes the way the lists do', () => {
    expect(canonicalCode(' construction-design ')).toBe('CONSTRUCTION_DESIGN');
    expect(canonicalCode('Ｓｅｃｔｏｒ')).toBe('SECTOR');
  });

  it('finds slips, not other values', () => {
    expect(nearMiss('CONSTRCUTION', ['CONSTRUCTION'])).toBe('CONSTRUCTION');
    expect(nearMiss('SECTRO', ['SECTOR'])).toBe('SECTOR');
    expect(nearMiss('CLEANING', ['CONSTRUCTION'])).toBeNull();
    expect(nearMiss('LEGAL', ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'])).toBeNull();
    expect(nearMiss('SECTOR', ['SECTOR'])).toBeNull();
  });

  it('normalises listed codes in place and names each typo', () => {
    const answers = {
      pilotProcurement: { category: 'construction design' },
      team: { experts: [{ role: 'procurement' }, { role: 'ENVIROMENT' }, { role: 'LEGAL' }] },
    };
    const problems = normaliseAnswerCodes(answers, VOCABULARY);
    expect(answers.pilotProcurement.category).toBe('CONSTRUCTION_DESIGN');
    expect(answers.team.experts.map((expert) => expert.role)).toEqual([
      'PROCUREMENT',
      'ENVIROMENT',
      'LEGAL',
    ]);
    expect(problems.map((problem) => `${problem.field}:${problem.rule}`)).toEqual([
      'input.team.experts.1.role:knownCode',
    ]);
  });

  it('leaves everything as it is for an academy without lists', () => {
    const answers = { pilotProcurement: { category: 'construction' } };
    expect(normaliseAnswerCodes(answers, { categories: [], roles: [] })).toEqual([]);
    expect(answers.pilotProcurement.category).toBe('construction');
  });

  it('lists the groundwork programmes the criteria accept, OTHER last only where allowed', () => {
    const groundwork = (parameters: Record<string, unknown>) => ({
      kind: CriterionKind.PRIOR_GROUNDWORK,
      parameters,
    });
    expect(
      answerChoicesOf([
        groundwork({ acceptedProgrammes: ['KEINO_ACADEMY', 'OTHER'], allowOtherProgramme: false }),
        groundwork({ acceptedProgrammes: ['TOIMI', 'KEINO_ACADEMY'] }),
      ]).groundworkProgrammes,
    ).toEqual(['KEINO_ACADEMY', 'TOIMI']);
    expect(
      answerChoicesOf([groundwork({ acceptedProgrammes: ['TOIMI'], allowOtherProgramme: true })])
        .groundworkProgrammes,
    ).toEqual(['TOIMI', 'OTHER']);
  });
});
