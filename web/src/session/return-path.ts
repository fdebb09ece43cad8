// Where a signed-out visitor was going when a page sent them to sign in. The mail's link
// (/sign-in?token=…) cannot carry it, so asking for the link keeps it for this tab.
const STORAGE_KEY = 'akatemia.afterSignIn';

/** Only a path of this app: never another origin (`//host`, `https:`), so no open redirect. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}

/** The sign-in address that brings the person back to `path` afterwards. */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** Kept while the person waits for the mail, in this tab only. */
export function rememberReturnPath(path: string | null): void {
  if (path) sessionStorage.setItem(STORAGE_KEY, path);
  else sessionStorage.removeItem(STORAGE_KEY);
}

/** The page to open after signing in (`next`, else the one remembered), once. */
export function takeReturnPath(next: string | null): string {
  const remembered = sessionStorage.getItem(STORAGE_KEY);
  sessionStorage.removeItem(STORAGE_KEY);
  return safeReturnPath(next) ?? safeReturnPath(remembered) ?? '/';
}
