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
import { request } from '../api/graphql-client';
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
  /** Asks `me` again (after signing in): the person, or null without a session. */
  refresh: () => Promise<Person | null>;
  signOut: () => Promise<void>;
  /** Changes the language here, and on the person when someone is signed in. */
  chooseLanguage: (language: Language) => Promise<void>;
}

/** The signed-in person, or null when the request carries no (valid) session cookie. */
function loadMe(): Promise<Person | null> {
  return request(ME).then(
    (data) => data.me,
    () => null,
  );
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

  const refresh = useCallback(async () => {
    const me = await loadMe();
    setPerson(me);
    await adoptLanguageOf(me);
    return me;
  }, []);

  useEffect(() => {
    void loadMe().then((me) => {
      setPerson(me);
      return adoptLanguageOf(me);
    });
  }, []);

  const signOut = useCallback(async () => {
    await request(SIGN_OUT).catch(() => undefined);
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
    () => ({ person, refresh, signOut, chooseLanguage }),
    [person, refresh, signOut, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
