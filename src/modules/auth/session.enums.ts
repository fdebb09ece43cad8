/** How `signIn` hands over the new session. */
export enum SessionTransport {
  /** The token is in the answer, for `Authorization: Bearer` (integrations, scripts). */
  BEARER = 'BEARER',
  /** An HttpOnly cookie is set and the answer carries no token (the browser client). */
  COOKIE = 'COOKIE',
}

/** What a sign-in token is good for now. */
export enum SignInLinkStatus {
  /** Unused and unexpired: `signIn` with it opens a session. */
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  /** Already exchanged for a session (links work once). */
  USED = 'USED',
  /** Not a sign-in token we issued (mistyped, or minted for something else). */
  INVALID = 'INVALID',
}
