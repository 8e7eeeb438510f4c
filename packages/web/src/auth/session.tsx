import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError, setUnauthenticatedHandler } from '../api/client';
import type { Me } from '../api/types';
import { useI18n, type Lang } from '../i18n/i18n';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

interface SessionContextValue {
  status: SessionStatus;
  user: Me | null;
  /** Reads the user again (after a change made elsewhere). */
  refresh: () => Promise<Me | null>;
  /** Adopts the user an endpoint returned (login, activation, PATCH /me). */
  signedIn: (user: Me) => void;
  logout: () => Promise<void>;
  /** The server already ended this session (log out everywhere): forget the user, go home. */
  loggedOutElsewhere: () => Promise<void>;
  /** Changes the interface language; a signed-in user's choice is saved on the account too. */
  changeLanguage: (lang: Lang) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const { lang, setLang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();

  const signedIn = useCallback(
    (me: Me) => {
      setUser(me);
      setStatus('authenticated');
      // The account's language wins over the anonymous choice once signed in.
      setLang(me.language);
    },
    [setLang],
  );

  const refresh = useCallback(async () => {
    try {
      const me = await api.get<Me>('/me', { allow401: true });
      signedIn(me);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setUser(null);
        setStatus('anonymous');
        return null;
      }
      throw error;
    }
  }, [signedIn]);

  useEffect(() => {
    refresh().catch(() => {
      // Server unreachable: behave as signed out; pages show the API's errors as they call it.
      setStatus('anonymous');
    });
  }, [refresh]);

  // A 401 in the middle of a session (expired, ended elsewhere): back to the login page, then here.
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setUser(null);
      setStatus('anonymous');
      void navigate('/login', { state: { from: here, expired: true } });
    });
    return () => setUnauthenticatedHandler(undefined);
  }, [navigate, here]);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { allow401: true });
    } finally {
      // Leave the page first: a page for signed-in users would otherwise send us to the login page.
      await navigate('/', { state: { loggedOut: true }, flushSync: true });
      setUser(null);
      setStatus('anonymous');
    }
  }, [navigate]);

  const loggedOutElsewhere = useCallback(async () => {
    await navigate('/', { state: { loggedOut: true }, flushSync: true });
    setUser(null);
    setStatus('anonymous');
  }, [navigate]);

  const changeLanguage = useCallback(
    async (next: Lang) => {
      if (next === lang) return;
      if (user) {
        const answer = await api.patch<{ user: Me }>('/me', { language: next });
        setUser(answer.user);
      }
      setLang(next);
    },
    [lang, user, setLang],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ status, user, refresh, signedIn, logout, loggedOutElsewhere, changeLanguage }),
    [status, user, refresh, signedIn, logout, loggedOutElsewhere, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, for pages behind RequireAuth. */
export function useUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
