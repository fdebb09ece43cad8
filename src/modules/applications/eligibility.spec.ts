import { Locale } from '../../common/i18n/locale.js';
import type { ApplicationAnswers } from './application-answers.js';
import { type CriterionParameters } from './entities/eligibility-criterion.entity.js';
import { CriterionKind, CriterionSeverity } from './eligibility-criterion.enums.js';
import { evaluate, Outcome, unmetHard, type CriterionInput } from './eligibility.js';

const TODAY = '2023-05-20';

function outcomeOf(
  kind: CriterionKind,
  parameters: CriterionParameters,
  answers: ApplicationAnswers,
  options: {
    organisationType?: string;
    earlierCohort?: boolean;
    severity?: CriterionSeverity;
  } = {},
) {
  const criterion: CriterionInput = {
    id: 'c1',
    kind,
    severity: options.severity ?? CriterionSeverity.HARD,
    parameters,
  };
  const [result] = evaluate(
    [criterion],
    {
      organisationType: options.organisationType ?? 'MUNICIPALITY',
      earlierCohort: options.earlierCohort ?? false,
      answers,
    },
    Locale.en,
    TODAY,
  );
  return result;
}

describe('eligibility evaluation', () => {
  describe('ORGANISATION_TYPE', () => {
    const parameters = { organisationTypes: ['MUNICIPALITY', 'PARISH'] };
    it('MET for a listed type', () =>
      expect(outcomeOf(CriterionKind.ORGANISATION_TYPE, parameters, {}).outcome).toBe(Outcome.MET));
    it('NOT_MET for another, naming it', () => {
      const result = outcomeOf(
        CriterionKind.ORGANISATION_TYPE,
        parameters,
        {},
        { organisationType: 'IN_HOUSE_COMPANY' },
      );
      expect(result).toMatchObject({
        outcome: Outcome.NOT_MET,
        explanation: 'The organisation type (IN_HOUSE_COMPANY) is not in the target group.',
      });
    });
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(
          CriterionKind.ORGANISATION_TYPE,
          parameters,
          {},
          { organisationType: 'OTHER', severity: CriterionSeverity.SOFT },
        ).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
  });

  describe('ATTESTATION', () => {
    it('MET when declared', () =>
      expect(outcomeOf(CriterionKind.ATTESTATION, {}, { attestations: { c1: true } }).outcome).toBe(
        Outcome.MET,
      ));
    it('NOT_MET when declined or missing', () => {
      expect(
        outcomeOf(CriterionKind.ATTESTATION, {}, { attestations: { c1: false } }).outcome,
      ).toBe(Outcome.NOT_MET);
      expect(outcomeOf(CriterionKind.ATTESTATION, {}, {}).outcome).toBe(Outcome.NOT_MET);
    });
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(CriterionKind.ATTESTATION, {}, {}, { severity: CriterionSeverity.SOFT }).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));

    it('MET by the consent it names, which an unlinked attestation ignores', () => {
      const consenting = { consents: { shareLearnings: true } };
      expect(
        outcomeOf(CriterionKind.ATTESTATION, { consent: 'shareLearnings' }, consenting).outcome,
      ).toBe(Outcome.MET);
      expect(outcomeOf(CriterionKind.ATTESTATION, {}, consenting).outcome).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(CriterionKind.ATTESTATION, { consent: 'attendEvents' }, consenting).outcome,
      ).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(
          CriterionKind.ATTESTATION,
          { consent: 'shareLearnings' },
          { consents: { shareLearnings: false } },
        ).outcome,
      ).toBe(Outcome.NOT_MET);
    });
  });

  describe('PRIOR_GROUNDWORK', () => {
    const parameters = {
      acceptedProgrammes: ['KEINO_ACADEMY', 'TOIMI'],
      allowOtherProgramme: true,
    };
    it('MET for an accepted programme', () =>
      expect(
        outcomeOf(CriterionKind.PRIOR_GROUNDWORK, parameters, {
          groundwork: { programmes: ['TOIMI'] },
        }).outcome,
      ).toBe(Outcome.MET));
    it('MET automatically for an earlier cohort on this platform', () =>
      expect(
        outcomeOf(CriterionKind.PRIOR_GROUNDWORK, parameters, {}, { earlierCohort: true }),
      ).toMatchObject({
        outcome: Outcome.MET,
        explanation: 'The organisation took part in an earlier edition of this academy.',
      }));
    it('NEEDS_REVIEW for other groundwork with a description', () =>
      expect(
        outcomeOf(CriterionKind.PRIOR_GROUNDWORK, parameters, {
          groundwork: { programmes: ['OTHER'], otherDescription: 'Oma hanke' },
        }).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
    it('NOT_MET with nothing, or other without a description', () => {
      expect(outcomeOf(CriterionKind.PRIOR_GROUNDWORK, parameters, {}).outcome).toBe(
        Outcome.NOT_MET,
      );
      expect(
        outcomeOf(CriterionKind.PRIOR_GROUNDWORK, parameters, {
          groundwork: { programmes: ['OTHER'] },
        }).outcome,
      ).toBe(Outcome.NOT_MET);
    });
  });

  describe('PILOT_PROCUREMENT', () => {
    const parameters = {
      categories: ['CONSTRUCTION', 'CONSTRUCTION_DESIGN'],
      startFrom: '2023-08-01',
      startTo: '2024-03-31',
    };
    const pilot = (category: string, plannedStart: string) => ({
      pilotProcurement: { category, plannedStart },
    });
    it('MET inside the window, at both ends', () => {
      expect(
        outcomeOf(CriterionKind.PILOT_PROCUREMENT, parameters, pilot('CONSTRUCTION', '2023-08-01'))
          .outcome,
      ).toBe(Outcome.MET);
      expect(
        outcomeOf(
          CriterionKind.PILOT_PROCUREMENT,
          parameters,
          pilot('CONSTRUCTION_DESIGN', '2024-03-31'),
        ).outcome,
      ).toBe(Outcome.MET);
    });
    it('NOT_MET for another category, a start outside the window, or missing data', () => {
      expect(
        outcomeOf(CriterionKind.PILOT_PROCUREMENT, parameters, pilot('CLEANING', '2023-10-01'))
          .outcome,
      ).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(CriterionKind.PILOT_PROCUREMENT, parameters, pilot('CONSTRUCTION', '2024-04-01'))
          .outcome,
      ).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(CriterionKind.PILOT_PROCUREMENT, parameters, {
          pilotProcurement: { category: 'CONSTRUCTION' },
        }).outcome,
      ).toBe(Outcome.NOT_MET);
    });
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(
          CriterionKind.PILOT_PROCUREMENT,
          parameters,
          pilot('CONSTRUCTION', '2025-01-01'),
          { severity: CriterionSeverity.SOFT },
        ).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
  });

  describe('TEAM', () => {
    const parameters = { minExperts: 3, requiredRoles: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'] };
    const expert = (role: string) => ({
      name: `Asiantuntija ${role}`,
      email: `${role.toLowerCase()}@example.fi`,
      role,
    });
    it('MET with three experts covering the roles', () =>
      expect(
        outcomeOf(CriterionKind.TEAM, parameters, {
          team: { experts: ['PROCUREMENT', 'ENVIRONMENT', 'SECTOR'].map(expert) },
        }).outcome,
      ).toBe(Outcome.MET));
    it('NOT_MET with too few, naming the count; or with a role missing, naming it', () => {
      expect(
        outcomeOf(CriterionKind.TEAM, parameters, { team: { experts: [expert('PROCUREMENT')] } }),
      ).toMatchObject({
        outcome: Outcome.NOT_MET,
        explanation: 'The team has 1 experts; more are needed.',
      });
      expect(
        outcomeOf(CriterionKind.TEAM, parameters, {
          team: { experts: ['PROCUREMENT', 'ENVIRONMENT', 'ENVIRONMENT'].map(expert) },
        }),
      ).toMatchObject({
        outcome: Outcome.NOT_MET,
        explanation: 'The team lacks: SECTOR.',
      });
    });
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(CriterionKind.TEAM, parameters, {}, { severity: CriterionSeverity.SOFT }).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
  });

  describe('RESPONSIBLE_PERSON', () => {
    it('MET with a name and an e-mail', () =>
      expect(
        outcomeOf(
          CriterionKind.RESPONSIBLE_PERSON,
          {},
          { team: { responsiblePerson: { name: 'Anna', email: 'anna@example.fi' } } },
        ).outcome,
      ).toBe(Outcome.MET));
    it('NOT_MET without the e-mail', () =>
      expect(
        outcomeOf(
          CriterionKind.RESPONSIBLE_PERSON,
          {},
          { team: { responsiblePerson: { name: 'Anna' } } },
        ).outcome,
      ).toBe(Outcome.NOT_MET));
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(CriterionKind.RESPONSIBLE_PERSON, {}, {}, { severity: CriterionSeverity.SOFT })
          .outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
  });

  describe('MANAGEMENT_COMMITMENT', () => {
    const commitment = (approvedOn: string) => ({
      managementCommitment: {
        approverName: 'Kunnanjohtaja Virtanen',
        approverTitle: 'Kunnanjohtaja',
        approvedOn,
      },
    });
    it('MET when approved on or before today', () =>
      expect(outcomeOf(CriterionKind.MANAGEMENT_COMMITMENT, {}, commitment(TODAY)).outcome).toBe(
        Outcome.MET,
      ));
    it('NEEDS_REVIEW when dated in the future', () =>
      expect(
        outcomeOf(CriterionKind.MANAGEMENT_COMMITMENT, {}, commitment('2023-06-01')).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
    it('NOT_MET without the title', () =>
      expect(
        outcomeOf(
          CriterionKind.MANAGEMENT_COMMITMENT,
          {},
          { managementCommitment: { approverName: 'X', approvedOn: TODAY } },
        ).outcome,
      ).toBe(Outcome.NOT_MET));
  });

  describe('CUSTOM_QUESTION', () => {
    it('MET when a required answer is given, NOT_MET when it is missing', () => {
      expect(
        outcomeOf(
          CriterionKind.CUSTOM_QUESTION,
          { questionType: 'TEXT', required: true },
          { customAnswers: { c1: 'Kyllä' } },
        ).outcome,
      ).toBe(Outcome.MET);
      expect(
        outcomeOf(CriterionKind.CUSTOM_QUESTION, { questionType: 'TEXT', required: true }, {})
          .outcome,
      ).toBe(Outcome.NOT_MET);
    });
    it('checks yes/no against the expected answer and choices against their list', () => {
      expect(
        outcomeOf(
          CriterionKind.CUSTOM_QUESTION,
          { questionType: 'YES_NO', required: true, expectedAnswer: true },
          { customAnswers: { c1: false } },
        ).outcome,
      ).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(
          CriterionKind.CUSTOM_QUESTION,
          { questionType: 'CHOICE', choices: ['A', 'B'] },
          { customAnswers: { c1: 'C' } },
        ).outcome,
      ).toBe(Outcome.NOT_MET);
      expect(
        outcomeOf(
          CriterionKind.CUSTOM_QUESTION,
          { questionType: 'CHOICE', choices: ['A', 'B'] },
          { customAnswers: { c1: 'B' } },
        ).outcome,
      ).toBe(Outcome.MET);
    });
    it('NEEDS_REVIEW when SOFT', () =>
      expect(
        outcomeOf(
          CriterionKind.CUSTOM_QUESTION,
          { required: true },
          {},
          { severity: CriterionSeverity.SOFT },
        ).outcome,
      ).toBe(Outcome.NEEDS_REVIEW));
  });

  it('explains in Finnish and Swedish too', () => {
    const criterion: CriterionInput = {
      id: 'c1',
      kind: CriterionKind.RESPONSIBLE_PERSON,
      severity: CriterionSeverity.HARD,
      parameters: {},
    };
    const context = { organisationType: 'MUNICIPALITY', earlierCohort: false, answers: {} };
    expect(evaluate([criterion], context, Locale.fi, TODAY)[0].explanation).toBe(
      'Vastuuhenkilön nimi tai sähköposti puuttuu.',
    );
    expect(evaluate([criterion], context, Locale.sv, TODAY)[0].explanation).toBe(
      'Ansvarspersonens namn eller e-post saknas.',
    );
  });

  it('lists only the HARD criteria that are not met as blocking', () => {
    const criteria: CriterionInput[] = [
      {
        id: 'hard',
        kind: CriterionKind.RESPONSIBLE_PERSON,
        severity: CriterionSeverity.HARD,
        parameters: {},
      },
      {
        id: 'soft',
        kind: CriterionKind.ATTESTATION,
        severity: CriterionSeverity.SOFT,
        parameters: {},
      },
      {
        id: 'met',
        kind: CriterionKind.ORGANISATION_TYPE,
        severity: CriterionSeverity.HARD,
        parameters: { organisationTypes: ['MUNICIPALITY'] },
      },
    ];
    const results = evaluate(
      criteria,
      { organisationType: 'MUNICIPALITY', earlierCohort: false, answers: {} },
      Locale.en,
      TODAY,
    );
    expect(unmetHard(criteria, results).map((result) => result.criterionId)).toEqual(['hard']);
  });
});
