import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { returnPathAfterSignIn } from '../../session/return-path';
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
 * person's `me` is read through that cookie, and the sign-in address leaves the history: the
 * person goes on to the page that sent them to sign in (`?next=`, on the sign-in page or in
 * the mail's link), else to the front page.
 */
export function useSignIn() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function signIn(token: string): Promise<void> {
    setPending(true);
    setError(null);
    try {
      await request(SIGN_IN, { input: { token: token.replace(/\s+/g, ''), session: 'COOKIE' } });
      const person = await refresh();
      if (!person) throw new ApiError('SESSION_NOT_KEPT', '');
      await navigate(returnPathAfterSignIn(params.get('next')), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  return { signIn, pending, error };
}
