/** The characters a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@]/;
/**
 * What a spreadsheet may skip before it looks for a formula: whitespace of any kind
 * (no-break space included, `\s` is Unicode-aware), control characters, and the
 * zero-width and direction marks that do not show.
 */
const LEADING_IGNORABLE = /^[\s\p{Cc}\p{Cf}]+/u;

export type CsvDelimiter = ',' | ';';

/**
 * Whether a value would start a formula once a spreadsheet has normalised it: NFKC turns
 * the full-width `＝` into `=`, and leading whitespace or control characters (a newline,
 * a no-break space, a tab) are stripped before the check, as Excel and LibreOffice do.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text.normalize('NFKC').replace(LEADING_IGNORABLE, ''));
}

/**
 * A CSV cell: quoted, quotes doubled, and a value that a spreadsheet would run as a
 * formula prefixed with `'` (the text itself is kept as it was).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (looksLikeFormula(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line of cells, separated by the delimiter. */
export const csvLine = (
  cells: Array<string | number | null | undefined>,
  delimiter: CsvDelimiter,
) => cells.map(csvCell).join(delimiter);
