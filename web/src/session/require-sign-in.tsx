import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { signInPathFor } from './return-path';
import { useSession, type Person } from './session';

/**
 * A page for signed-in people: anyone else goes to sign in and comes back here after. The
 * children may be a function of the signed-in person.
 */
export function RequireSignIn({
  children,
}: {
  children: ReactNode | ((person: Person) => ReactNode);
}) {
  const { person, loadError } = useSession();
  const location = useLocation();
  // Who is signed in could not be read: the frame shows why, with a retry; no redirect.
  if (person === undefined && loadError) return null;
  if (person === undefined) return <Loading />;
  if (!person) {
    return (
      <Navigate
        to={signInPathFor(`${location.pathname}${location.search}${location.hash}`)}
        replace
      />
    );
  }
  return <>{typeof children === 'function' ? children(person) : children}</>;
}
