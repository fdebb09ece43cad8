import type { FieldProblem } from '../../common/errors/domain.exception.js';
import type { ApplicationAnswers } from './application-answers.js';
import type { CriterionParameters } from './entities/eligibility-criterion.entity.js';
import { CriterionKind } from './eligibility-criterion.enums.js';

/** What the academy's criteria list: the pilot categories and the team roles they look for. */
export interface AnswerVocabulary {
  categories: string[];
  roles: string[];
}

export function vocabularyOf(
  criteria: Array<{ kind: CriterionKind; parameters: CriterionParameters }>,
): AnswerVocabulary {
  const listed = (kind: CriterionKind, pick: (parameters: CriterionParameters) => string[]) => [
    ...new Set(
      criteria
        .filter((criterion) => criterion.kind === kind)
        .flatMap((criterion) => pick(criterion.parameters)),
    ),
  ];
  return {
    categories: listed(
      CriterionKind.PILOT_PROCUREMENT,
      (parameters) => parameters.categories ?? [],
    ),
    roles: listed(CriterionKind.TEAM, (parameters) => parameters.requiredRoles ?? []),
  };
}

/**
 * The choice lists of an application form: the vocabulary above, and the groundwork
 * programmes the PRIOR_GROUNDWORK criteria accept (`OTHER` last where one allows it).
 */
export function answerChoicesOf(
  criteria: Array<{ kind: CriterionKind; parameters: CriterionParameters }>,
): { pilotCategories: string[]; teamRoles: string[]; groundworkProgrammes: string[] } {
  const { categories, roles } = vocabularyOf(criteria);
  const groundwork = criteria.filter(
    (criterion) => criterion.kind === CriterionKind.PRIOR_GROUNDWORK,
  );
  const programmes = new Set(
    groundwork.flatMap((criterion) => criterion.parameters.acceptedProgrammes ?? []),
  );
  programmes.delete('OTHER');
  const other = groundwork.some((criterion) => criterion.parameters.allowOtherProgramme === true);
  return {
    pilotCategories: categories,
    teamRoles: roles,
    groundworkProgrammes: [...programmes, ...(other ? ['OTHER'] : [])],
  };
}

/** `" construction-design "` → `CONSTRUCTION_DESIGN`: how codes are spelled in the lists. */
export function canonicalCode(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** A listed code the value is a slip away from (not equal to), or null. */
export function nearMiss(value: string, listed: string[]): string | null {
  const allowed = value.length >= 6 ? 2 : 1;
  return listed.find((code) => code !== value && editDistance(code, value) <= allowed) ?? null;
}

/**
 * Spells the pilot category and the experts' roles as the academy's lists do (case,
 * spaces and hyphens do not matter: `construction` is `CONSTRUCTION`), and refuses a value
 * that is a typo of a listed code (`CONSTRCUTION`), naming the field — before, it was
 * saved and silently failed the criterion. A value far from every listed code (another
 * category, another role) is kept as it is: the criterion judges it, as before.
 * Changes `answers` in place; answers the problems.
 */
export function normaliseAnswerCodes(
  answers: Pick<ApplicationAnswers, 'pilotProcurement' | 'team'>,
  vocabulary: AnswerVocabulary,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (value: string, listed: string[], field: string): string => {
    const code = canonicalCode(value);
    if (listed.includes(code)) return code;
    const meant = nearMiss(code, listed);
    if (meant)
      problems.push({
        field,
        rule: 'knownCode',
        detail: `${field}: "${value}" is not one of ${listed.join(', ')} (did you mean ${meant}?)`,
      });
    return value;
  };
  const pilot = answers.pilotProcurement;
  if (typeof pilot?.category === 'string' && pilot.category.trim() !== '')
    pilot.category = check(
      pilot.category,
      vocabulary.categories,
      'input.pilotProcurement.category',
    );
  answers.team?.experts?.forEach((expert, index) => {
    if (typeof expert.role === 'string' && expert.role.trim() !== '')
      expert.role = check(expert.role, vocabulary.roles, `input.team.experts.${index}.role`);
  });
  return problems;
}
