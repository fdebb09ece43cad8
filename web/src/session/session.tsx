// Who is signed in. The session itself is the HttpOnly cookie; this only asks `me`.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { ApiError, request } from '../api/graphql-client';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { changeLanguage, currentLanguage, isLanguage, type Language } from '../i18n';

const ME = graphql(`
  query Me {
    me {
      id
      email
      name
      locale
      roles
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

const UPDATE_MY_LANGUAGE = graphql(`
  mutation UpdateMyLanguage($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      locale
    }
  }
`);

export type Person = MeQuery['me'];

interface Session {
  /** undefined while the first `me` is on its way; null when nobody is signed in. */
  person: Person | null | undefined;
  /**
   * Why `me` could not be read (the network, RATE_LIMITED, SERVICE_UNAVAILABLE…): then who is
   * signed in is not known, which is not the same as signed out. `retry` asks again.
   */
  loadError: ApiError | null;
  retry: () => void;
  /** Asks `me` again (after signing in): the person, or null without a session; throws an ApiError. */
  refresh: () => Promise<Person | null>;
  /** Ends the session; throws an ApiError when it could not, and the person stays shown. */
  signOut: () => Promise<void>;
  /** Changes the language here, and on the person when someone is signed in. */
  chooseLanguage: (language: Language) => Promise<void>;
}

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/**
 * The signed-in person, or null when the request carries no (valid) session cookie: a null
 * `me` or UNAUTHENTICATED. Any other failure is thrown: it says nothing about the session.
 */
export async function loadMe(): Promise<Person | null> {
  try {
    return (await request(ME)).me;
  } catch (caught) {
    const error = asApiError(caught);
    if (error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/** The signed-in person's saved language wins over the browser's. */
function adoptLanguageOf(me: Person | null): Promise<void> | undefined {
  if (me && isLanguage(me.locale) && me.locale !== currentLanguage()) {
    return changeLanguage(me.locale);
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const refresh = useCallback(async () => {
    const me = await loadMe();
    setPerson(me);
    setLoadError(null);
    await adoptLanguageOf(me);
    return me;
  }, []);

  useEffect(() => {
    let current = true;
    loadMe().then(
      (me) => {
        if (!current) return;
        setPerson(me);
        setLoadError(null);
        return adoptLanguageOf(me);
      },
      (caught: unknown) => {
        if (current) setLoadError(asApiError(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setLoadError(null);
    setAttempt((count) => count + 1);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await request(SIGN_OUT);
    } catch (caught) {
      const error = asApiError(caught);
      // Without a session there is nothing to end: signed out all the same.
      if (error.code !== 'UNAUTHENTICATED') throw error;
    }
    setPerson(null);
  }, []);

  const chooseLanguage = useCallback(
    async (language: Language) => {
      await changeLanguage(language);
      if (person) {
        const { updateMe } = await request(UPDATE_MY_LANGUAGE, { input: { locale: language } });
        setPerson({ ...person, locale: updateMe.locale });
      }
    },
    [person],
  );

  const value = useMemo(
    () => ({ person, loadError, retry, refresh, signOut, chooseLanguage }),
    [person, loadError, retry, refresh, signOut, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
