/**
 * An address with most of its local part hidden, enough for its owner to recognise it:
 * `anna.virtanen@example.fi` → `an•••@example.fi`, `a@example.fi` → `a•••@example.fi`.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '•••';
  const local = [...address.slice(0, at)];
  const shown = local.length > 4 ? 2 : 1;
  return `${local.slice(0, shown).join('')}•••${address.slice(at)}`;
}
