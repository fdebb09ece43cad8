/** The one spelling of an address used for storage, lookups and rate-limit keys. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
