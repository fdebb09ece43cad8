// Pages for signed-in people: a visitor without a session is sent to sign in and, once signed
// in (in this tab), comes back to the page they asked for.
import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Loading } from '../components/loading';
import { useSession, type Person } from './session';

const RETURN_KEY = 'akatemia.returnTo';

/** Remembers where to come back to after signing in (this tab only, like the language). */
export function rememberReturnPath(path: string): void {
  sessionStorage.setItem(RETURN_KEY, path);
}

/** The path to open after signing in, once: only same-site paths (never `//host`). */
export function takeReturnPath(): string {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

export function RequireSignIn({ children }: { children: (person: Person) => ReactNode }) {
  const { person } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (person !== null) return;
    rememberReturnPath(`${location.pathname}${location.search}${location.hash}`);
    void navigate('/sign-in', { replace: true });
  }, [person, location, navigate]);
  if (!person) return <Loading />;
  return <>{children(person)}</>;
}
