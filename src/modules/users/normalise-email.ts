/** The one spelling of an address used for storage, lookups and rate-limit keys. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The mailbox an address most likely reaches, for counting only (rate-limit keys), never
 * for sending: lower-case, a quoted local part unquoted (`"anna"@x` → `anna@x`, escapes
 * dropped) and a `+tag` dropped (`anna+1@x` → `anna@x`). So `Anna+1@x`, `"anna"@x` and
 * `"anna+2"@x` all count against `anna@x`; mail still goes to the address as given.
 */
export function mailboxKey(email: string): string {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  let local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length >= 2 && local.startsWith('"') && local.endsWith('"'))
    local = local.slice(1, -1).replace(/\\(.)/g, '$1');
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  return `${local}@${domain}`;
}
