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

/** A value as the API stores it, for comparing: blank texts, empty lists and objects as null. */
function comparable(value: unknown): string {
  const strip = (inner: unknown): unknown => {
    if (inner === undefined || inner === null || inner === '') return null;
    if (typeof inner === 'string') return inner.trim() === '' ? null : inner;
    if (Array.isArray(inner)) return inner.length === 0 ? null : inner.map(strip);
    if (typeof inner === 'object') {
      const entries = Object.entries(inner)
        .map(([key, field]) => [key, strip(field)] as const)
        .filter(([, field]) => field !== null)
        .sort(([a], [b]) => a.localeCompare(b));
      return entries.length === 0 ? null : Object.fromEntries(entries);
    }
    return inner;
  };
  return JSON.stringify(strip(value));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/**
 * "Keep my changes" after a conflict, field by field against the version this page edited
 * (`base`): a field only I changed takes my text, a field only they changed takes theirs, and
 * a field we both changed differently is a clash (its path in `clashes`) and takes my text —
 * the conflict notice flags each clash with both texts before the person chooses. Lists
 * (experts, groundwork programmes) are one field each.
 */
export function mergeFields(
  base: Answers,
  mine: Answers,
  theirs: Answers,
): { merged: Answers; clashes: string[] } {
  const clashes: string[] = [];
  // Compared as sent (dates as ISO, blanks as null); kept as the form shows them.
  const [baseInput, mineInput, theirsInput] = [base, mine, theirs].map(draftInput);
  const merge = (
    path: string,
    [b, m, t]: unknown[],
    [bInput, mInput, tInput]: unknown[],
  ): unknown => {
    const absent = (value: unknown) => value === null || value === undefined;
    if ((isRecord(m) || absent(m)) && (isRecord(t) || absent(t)) && (isRecord(m) || isRecord(t))) {
      const keys = new Set([...Object.keys(m ?? {}), ...Object.keys(t ?? {})]);
      const result: Record<string, unknown> = {};
      for (const key of keys) {
        const value = merge(
          path ? `${path}.${key}` : key,
          [at(b, key), at(m, key), at(t, key)],
          [at(bInput, key), at(mInput, key), at(tInput, key)],
        );
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    const mineChanged = comparable(mInput) !== comparable(bInput);
    const theirsChanged = comparable(tInput) !== comparable(bInput);
    if (!mineChanged) return t;
    if (theirsChanged && comparable(mInput) !== comparable(tInput)) clashes.push(path);
    return m;
  };
  const merged: Record<string, unknown> = { ...theirs };
  for (const section of SECTIONS) {
    const value = merge(
      section,
      [base[section], mine[section], theirs[section]],
      [baseInput[section], mineInput[section], theirsInput[section]],
    );
    if (value !== undefined) merged[section] = value;
  }
  const answers: Answers = merged;
  return { merged: answers, clashes };
}
