import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { signInPathFor } from './return-path';
import { useSession } from './session';

/** A page for signed-in people: anyone else goes to sign in and comes back here after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { person } = useSession();
  const location = useLocation();
  if (person === undefined) return <Loading />;
  if (!person) {
    return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}
