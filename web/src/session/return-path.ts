// Where a signed-out visitor was going when a page sent them to sign in. It travels as
// `?next=` on the sign-in page and, through requestSignIn, in the mail's link
// (`/sign-in?token=…&next=…`), so the link brings them back even in another tab or browser.

/** The longest return path the API carries in a sign-in link (RequestSignInInput.next). */
export const RETURN_PATH_MAX_LENGTH = 512;

// Control characters are dropped by URL parsing (`/\t/evil.example` reads as
// `//evil.example`), and browsers read a backslash as `/`.
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Only a path of this app (`origin`): never another origin (`//host`, `https:`), no control
 * characters or backslashes, and it must resolve to `origin` itself, so no open redirect.
 * The same rule as the API's for `next`.
 */
export function safeReturnPath(
  value: string | null | undefined,
  origin: string = window.location.origin,
): string | null {
  if (
    !value ||
    value.length > RETURN_PATH_MAX_LENGTH ||
    !value.startsWith('/') ||
    value.includes('//') ||
    UNSAFE.test(value)
  ) {
    return null;
  }
  try {
    return new URL(value, origin).origin === origin ? value : null;
  } catch {
    return null;
  }
}

/** The sign-in address that brings the person back to `path` afterwards. */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** The page to open after signing in: `next` when it is a path of this app, else the front page. */
export function returnPathAfterSignIn(next: string | null, origin?: string): string {
  return safeReturnPath(next, origin) ?? '/';
}
