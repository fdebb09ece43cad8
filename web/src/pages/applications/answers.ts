// The application's sections as the form edits them (the API's `answers` JSON and the
// `saveApplicationDraft` input share this shape), and the small conversions around them.
// No imports: test/web checks these rules under Node too (the save call site checks the
// shape against the generated input type).

export interface Person {
  name?: string | null;
  email?: string | null;
  role?: string | null;
}

export interface Answers {
  organisationFacts?: {
    description?: string | null;
    employees?: number | null;
    contactPhone?: string | null;
  };
  groundwork?: { programmes?: string[]; otherDescription?: string | null };
  managementCommitment?: {
    approverName?: string | null;
    approverTitle?: string | null;
    approvedOn?: string | null;
  };
  pilotProcurement?: {
    title?: string | null;
    category?: string | null;
    plannedStart?: string | null;
    description?: string | null;
  };
  team?: { responsiblePerson?: Person | null; experts?: Person[] };
  consents?: { shareLearnings?: boolean | null; attendEvents?: boolean | null };
  attestations?: Record<string, boolean>;
  customAnswers?: Record<string, string | boolean>;
}

export const SECTIONS = [
  'organisationFacts',
  'groundwork',
  'managementCommitment',
  'pilotProcurement',
  'team',
  'consents',
  'attestations',
  'customAnswers',
] as const;

export function asAnswers(value: unknown): Answers {
  return value && typeof value === 'object' ? value : {};
}

/** `1.10.2027` or `2027-10-01` → `2027-10-01`; null when empty; undefined when unreadable. */
export function isoDate(typed: string | null | undefined): string | null | undefined {
  const value = (typed ?? '').trim();
  if (value === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** `2027-10-01` → `1.10.2027`, the way the form shows dates; other text as it is. */
export function shownDate(value: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : (value ?? '');
}

/** Blank texts as null: the API checks e-mails and dates only when they are given. */
function blanksAsNull<T>(value: T): T {
  if (typeof value === 'string') return (value.trim() === '' ? null : value) as T;
  if (Array.isArray(value)) return value.map(blanksAsNull) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, blanksAsNull(inner)]),
    ) as T;
  return value;
}

/**
 * The draft input for every section (the form sends the whole application: what the person
 * sees is what is saved). Dates typed as `1.10.2027` go as ISO; an unreadable one as null
 * (the field says why).
 */
export function draftInput(answers: Answers): {
  [K in (typeof SECTIONS)[number]]: Answers[K] | null;
} {
  const input = blanksAsNull(answers);
  const section = <K extends keyof Answers>(key: K): NonNullable<Answers[K]> | null =>
    input[key] ?? null;
  return {
    organisationFacts: section('organisationFacts'),
    groundwork: section('groundwork'),
    managementCommitment: input.managementCommitment
      ? {
          ...input.managementCommitment,
          approvedOn: isoDate(input.managementCommitment.approvedOn) ?? null,
        }
      : null,
    pilotProcurement: input.pilotProcurement
      ? {
          ...input.pilotProcurement,
          plannedStart: isoDate(input.pilotProcurement.plannedStart) ?? null,
        }
      : null,
    team: input.team
      ? {
          responsiblePerson: input.team.responsiblePerson
            ? { name: input.team.responsiblePerson.name, email: input.team.responsiblePerson.email }
            : null,
          experts: input.team.experts ?? [],
        }
      : null,
    consents: section('consents'),
    attestations: input.attestations ?? null,
    customAnswers: input.customAnswers ?? null,
  };
}

/** Every leaf of the answers as `path → text`, to compare two versions field by field. */
export function leaves(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (value === null || value === undefined || value === '') return result;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    result.set(prefix, String(value));
    return result;
  }
  if (typeof value !== 'object') return result;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of leaves(inner, prefix ? `${prefix}.${key}` : key))
      result.set(path, text);
  }
  return result;
}

/** The fields whose text differs between two versions: path, mine, theirs. */
export function differences(
  mine: unknown,
  theirs: unknown,
): Array<{ path: string; mine: string; theirs: string }> {
  const a = leaves(mine);
  const b = leaves(theirs);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((path) => (a.get(path) ?? '') !== (b.get(path) ?? ''))
    .map((path) => ({ path, mine: a.get(path) ?? '', theirs: b.get(path) ?? '' }));
}

/** The API's answers as the form shows them (dates as `1.10.2027`). */
export function forForm(value: unknown): Answers {
  const answers = structuredClone(asAnswers(value));
  if (answers.pilotProcurement)
    answers.pilotProcurement.plannedStart = shownDate(answers.pilotProcurement.plannedStart);
  if (answers.managementCommitment)
    answers.managementCommitment.approvedOn = shownDate(answers.managementCommitment.approvedOn);
  return answers;
}

/**
 * "Keep my text" after a conflict: each section I changed since the version I edited keeps
 * my text; every other section takes the other version's, so neither side's edits are lost.
 */
export function mergeMine(base: Answers, mine: Answers, theirs: Answers): Answers {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const baseInput = draftInput(base);
  const mineInput = draftInput(mine);
  const merged: Answers = { ...theirs };
  for (const section of SECTIONS) {
    if (!same(mineInput[section], baseInput[section]))
      (merged as Record<string, unknown>)[section] = mine[section];
  }
  return merged;
}
