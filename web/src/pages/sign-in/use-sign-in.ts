import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { takeReturnPath } from '../../session/require-sign-in';
import { useSession } from '../../session/session';

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      user {
        id
        email
      }
    }
  }
`);

/**
 * Exchanges a link's token (or the typed code) for a browser session: the API sets an
 * HttpOnly cookie (`session: COOKIE`), so no token ever reaches this script. Then the
 * person's `me` is read through that cookie, and the sign-in address leaves the history.
 * A page that needed a session (RequireSignIn) is opened again.
 */
export function useSignIn() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function signIn(token: string): Promise<void> {
    setPending(true);
    setError(null);
    try {
      await request(SIGN_IN, { input: { token: token.replace(/\s+/g, ''), session: 'COOKIE' } });
      const person = await refresh();
      if (!person) throw new ApiError('SESSION_NOT_KEPT', '');
      // Back to the page that sent the person here to sign in, else the front page.
      await navigate(takeReturnPath(), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  return { signIn, pending, error };
}
