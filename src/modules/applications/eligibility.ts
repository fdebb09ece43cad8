import type { Locale } from '../../common/i18n/locale.js';
import type { ApplicationAnswers } from './application-answers.js';
import { type CriterionParameters } from './entities/eligibility-criterion.entity.js';
import { CriterionKind, CriterionSeverity } from './eligibility-criterion.enums.js';

export enum Outcome {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NEEDS_REVIEW = 'NEEDS_REVIEW',
}

export interface CriterionInput {
  id: string;
  kind: CriterionKind;
  severity: CriterionSeverity;
  parameters: CriterionParameters;
}

export interface EvaluationContext {
  organisationType: string;
  /** The organisation was in the cohort of an earlier edition on this platform. */
  earlierCohort: boolean;
  answers: ApplicationAnswers;
}

export interface CriterionResult {
  criterionId: string;
  outcome: Outcome;
  explanation: string;
}

type Reason =
  | 'typeAccepted'
  | 'typeNotAccepted'
  | 'attested'
  | 'notAttested'
  | 'earlierCohort'
  | 'programmeAccepted'
  | 'otherProgramme'
  | 'noGroundwork'
  | 'pilotFits'
  | 'pilotMissing'
  | 'pilotCategory'
  | 'pilotTiming'
  | 'teamComplete'
  | 'teamTooSmall'
  | 'teamRolesMissing'
  | 'responsibleNamed'
  | 'responsibleMissing'
  | 'commitmentGiven'
  | 'commitmentMissing'
  | 'commitmentFuture'
  | 'answerGiven'
  | 'answerMissing'
  | 'answerUnexpected'
  | 'softNotMet';

const TEXT: Record<Reason, Record<Locale, string>> = {
  typeAccepted: {
    fi: 'Organisaatiotyyppi kuuluu kohderyhmään.',
    sv: 'Organisationstypen hör till målgruppen.',
    en: 'The organisation type is in the target group.',
  },
  typeNotAccepted: {
    fi: 'Organisaatiotyyppi ({value}) ei kuulu kohderyhmään.',
    sv: 'Organisationstypen ({value}) hör inte till målgruppen.',
    en: 'The organisation type ({value}) is not in the target group.',
  },
  attested: {
    fi: 'Vakuutus on annettu.',
    sv: 'Försäkran har getts.',
    en: 'The declaration has been made.',
  },
  notAttested: {
    fi: 'Vakuutusta ei ole annettu.',
    sv: 'Försäkran har inte getts.',
    en: 'The declaration has not been made.',
  },
  earlierCohort: {
    fi: 'Organisaatio oli mukana tämän akatemian aiemmassa toteutuksessa.',
    sv: 'Organisationen deltog i en tidigare upplaga av den här akademin.',
    en: 'The organisation took part in an earlier edition of this academy.',
  },
  programmeAccepted: {
    fi: 'Aiempi pohjatyö ({value}) hyväksytään.',
    sv: 'Tidigare grundarbete ({value}) godkänns.',
    en: 'Earlier groundwork ({value}) counts.',
  },
  otherProgramme: {
    fi: 'Muu pohjatyö arvioidaan keskustelussa.',
    sv: 'Annat grundarbete bedöms i samtalet.',
    en: 'Other groundwork is reviewed in the discussion.',
  },
  noGroundwork: {
    fi: 'Aiempaa pohjatyötä ei ole kerrottu.',
    sv: 'Inget tidigare grundarbete har angetts.',
    en: 'No earlier groundwork has been given.',
  },
  pilotFits: {
    fi: 'Pilottihankinnan luokka ja aikataulu sopivat.',
    sv: 'Pilotupphandlingens kategori och tidsplan passar.',
    en: "The pilot procurement's category and timing fit.",
  },
  pilotMissing: {
    fi: 'Pilottihankinnan luokka tai aloitus puuttuu.',
    sv: 'Pilotupphandlingens kategori eller start saknas.',
    en: "The pilot procurement's category or start is missing.",
  },
  pilotCategory: {
    fi: 'Pilottihankinnan luokka ({value}) ei ole haettu.',
    sv: 'Pilotupphandlingens kategori ({value}) söks inte.',
    en: 'The pilot category ({value}) is not one this academy takes.',
  },
  pilotTiming: {
    fi: 'Pilottihankinnan aloitus ({value}) ei osu ajanjaksolle.',
    sv: 'Pilotupphandlingens start ({value}) ligger utanför perioden.',
    en: "The pilot's planned start ({value}) is outside the window.",
  },
  teamComplete: {
    fi: 'Tiimissä on tarvittavat asiantuntijat.',
    sv: 'Teamet har de experter som behövs.',
    en: 'The team has the experts it needs.',
  },
  teamTooSmall: {
    fi: 'Tiimissä on {value} asiantuntijaa; vaaditaan enemmän.',
    sv: 'Teamet har {value} experter; fler krävs.',
    en: 'The team has {value} experts; more are needed.',
  },
  teamRolesMissing: {
    fi: 'Tiimistä puuttuu: {value}.',
    sv: 'Teamet saknar: {value}.',
    en: 'The team lacks: {value}.',
  },
  responsibleNamed: {
    fi: 'Vastuuhenkilö on nimetty.',
    sv: 'En ansvarsperson har utsetts.',
    en: 'A responsible person is named.',
  },
  responsibleMissing: {
    fi: 'Vastuuhenkilön nimi tai sähköposti puuttuu.',
    sv: 'Ansvarspersonens namn eller e-post saknas.',
    en: "The responsible person's name or e-mail is missing.",
  },
  commitmentGiven: {
    fi: 'Johdon sitoutuminen on kirjattu.',
    sv: 'Ledningens åtagande är antecknat.',
    en: 'Management commitment is recorded.',
  },
  commitmentMissing: {
    fi: 'Johdon hyväksyjän nimi, tehtävä tai päivämäärä puuttuu.',
    sv: 'Ledningens namn, titel eller datum saknas.',
    en: "The approver's name, title or date is missing.",
  },
  commitmentFuture: {
    fi: 'Johdon hyväksyntä on päivätty tulevaisuuteen.',
    sv: 'Ledningens godkännande är daterat i framtiden.',
    en: 'The management approval is dated in the future.',
  },
  answerGiven: { fi: 'Vastaus on annettu.', sv: 'Svaret har getts.', en: 'The answer is given.' },
  answerMissing: {
    fi: 'Pakollinen vastaus puuttuu.',
    sv: 'Ett obligatoriskt svar saknas.',
    en: 'A required answer is missing.',
  },
  answerUnexpected: {
    fi: 'Vastaus ei täytä ehtoa.',
    sv: 'Svaret uppfyller inte villkoret.',
    en: 'The answer does not meet the condition.',
  },
  softNotMet: {
    fi: 'Ei täyty — keskustellaan.',
    sv: 'Uppfylls inte — diskuteras.',
    en: 'Not met — to be discussed.',
  },
};

const present = (value: unknown): boolean =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');

interface Verdict {
  outcome: Outcome;
  reason: Reason;
  value?: string;
}

function judge(criterion: CriterionInput, context: EvaluationContext, today: string): Verdict {
  const { answers } = context;
  const p = criterion.parameters;
  switch (criterion.kind) {
    case CriterionKind.ORGANISATION_TYPE:
      return (p.organisationTypes ?? []).includes(context.organisationType)
        ? { outcome: Outcome.MET, reason: 'typeAccepted' }
        : { outcome: Outcome.NOT_MET, reason: 'typeNotAccepted', value: context.organisationType };
    case CriterionKind.ATTESTATION:
      // Attested by id, or by the consent the criterion names (`parameters.consent`).
      return answers.attestations?.[criterion.id] === true ||
        (p.consent !== undefined && answers.consents?.[p.consent] === true)
        ? { outcome: Outcome.MET, reason: 'attested' }
        : { outcome: Outcome.NOT_MET, reason: 'notAttested' };
    case CriterionKind.PRIOR_GROUNDWORK: {
      if (context.earlierCohort) return { outcome: Outcome.MET, reason: 'earlierCohort' };
      const programmes = answers.groundwork?.programmes ?? [];
      const accepted = programmes.filter((programme) =>
        (p.acceptedProgrammes ?? []).includes(programme),
      );
      if (accepted.length > 0)
        return { outcome: Outcome.MET, reason: 'programmeAccepted', value: accepted.join(', ') };
      if (
        p.allowOtherProgramme &&
        programmes.includes('OTHER') &&
        present(answers.groundwork?.otherDescription)
      ) {
        return { outcome: Outcome.NEEDS_REVIEW, reason: 'otherProgramme' };
      }
      return { outcome: Outcome.NOT_MET, reason: 'noGroundwork' };
    }
    case CriterionKind.PILOT_PROCUREMENT: {
      const pilot = answers.pilotProcurement;
      if (!present(pilot?.category) || !present(pilot?.plannedStart))
        return { outcome: Outcome.NOT_MET, reason: 'pilotMissing' };
      if (p.categories && !p.categories.includes(pilot!.category!)) {
        return { outcome: Outcome.NOT_MET, reason: 'pilotCategory', value: pilot!.category! };
      }
      const start = pilot!.plannedStart!;
      if ((p.startFrom && start < p.startFrom) || (p.startTo && start > p.startTo)) {
        return { outcome: Outcome.NOT_MET, reason: 'pilotTiming', value: start };
      }
      return { outcome: Outcome.MET, reason: 'pilotFits' };
    }
    case CriterionKind.TEAM: {
      const experts = (answers.team?.experts ?? []).filter((expert) => present(expert.name));
      if (experts.length < (p.minExperts ?? 0))
        return { outcome: Outcome.NOT_MET, reason: 'teamTooSmall', value: String(experts.length) };
      const roles = new Set(experts.map((expert) => expert.role).filter(present));
      const missing = (p.requiredRoles ?? []).filter((role) => !roles.has(role));
      return missing.length > 0
        ? { outcome: Outcome.NOT_MET, reason: 'teamRolesMissing', value: missing.join(', ') }
        : { outcome: Outcome.MET, reason: 'teamComplete' };
    }
    case CriterionKind.RESPONSIBLE_PERSON: {
      const person = answers.team?.responsiblePerson;
      return present(person?.name) && present(person?.email)
        ? { outcome: Outcome.MET, reason: 'responsibleNamed' }
        : { outcome: Outcome.NOT_MET, reason: 'responsibleMissing' };
    }
    case CriterionKind.MANAGEMENT_COMMITMENT: {
      const commitment = answers.managementCommitment;
      if (
        !present(commitment?.approverName) ||
        !present(commitment?.approverTitle) ||
        !present(commitment?.approvedOn)
      ) {
        return { outcome: Outcome.NOT_MET, reason: 'commitmentMissing' };
      }
      return commitment!.approvedOn! > today
        ? { outcome: Outcome.NEEDS_REVIEW, reason: 'commitmentFuture' }
        : { outcome: Outcome.MET, reason: 'commitmentGiven' };
    }
    case CriterionKind.CUSTOM_QUESTION: {
      const answer = answers.customAnswers?.[criterion.id];
      if (!present(answer)) {
        return p.required
          ? { outcome: Outcome.NOT_MET, reason: 'answerMissing' }
          : { outcome: Outcome.MET, reason: 'answerGiven' };
      }
      if (p.expectedAnswer !== undefined && answer !== p.expectedAnswer)
        return { outcome: Outcome.NOT_MET, reason: 'answerUnexpected' };
      if (p.questionType === 'CHOICE' && p.choices && !p.choices.includes(String(answer))) {
        return { outcome: Outcome.NOT_MET, reason: 'answerUnexpected' };
      }
      return { outcome: Outcome.MET, reason: 'answerGiven' };
    }
  }
}

/**
 * Evaluates each criterion against an application: MET, NOT_MET or NEEDS_REVIEW with an
 * explanation in the reader's language. A SOFT criterion that is not met needs review
 * instead of failing. Pure: no I/O, `today` (YYYY-MM-DD) passed in.
 */
export function evaluate(
  criteria: CriterionInput[],
  context: EvaluationContext,
  locale: Locale,
  today: string,
): CriterionResult[] {
  return criteria.map((criterion) => {
    const verdict = judge(criterion, context, today);
    const soft =
      criterion.severity === CriterionSeverity.SOFT && verdict.outcome === Outcome.NOT_MET;
    const explanation = TEXT[verdict.reason][locale].replace('{value}', () => verdict.value ?? '');
    return {
      criterionId: criterion.id,
      outcome: soft ? Outcome.NEEDS_REVIEW : verdict.outcome,
      explanation: soft ? `${explanation} ${TEXT.softNotMet[locale]}` : explanation,
    };
  });
}

/** The HARD criteria an application fails: what blocks submission. */
export function unmetHard(
  criteria: CriterionInput[],
  results: CriterionResult[],
): CriterionResult[] {
  const hard = new Set(
    criteria
      .filter((criterion) => criterion.severity === CriterionSeverity.HARD)
      .map((criterion) => criterion.id),
  );
  return results.filter(
    (result) => hard.has(result.criterionId) && result.outcome === Outcome.NOT_MET,
  );
}

/** One word for a whole application: NOT_MET beats NEEDS_REVIEW beats MET. */
export function overall(results: CriterionResult[]): Outcome {
  if (results.some((result) => result.outcome === Outcome.NOT_MET)) return Outcome.NOT_MET;
  if (results.some((result) => result.outcome === Outcome.NEEDS_REVIEW))
    return Outcome.NEEDS_REVIEW;
  return Outcome.MET;
}
