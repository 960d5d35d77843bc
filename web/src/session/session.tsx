// Who is signed in and under which purpose (doel). The token goes to the API client; the purpose is
// sent with every data request. Kept in sessionStorage, so a reload keeps the user and a closed tab
// forgets them.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiToken } from '../api/client.js';
import { STORAGE_KEY, storedSession, type SessionUser } from './stored-session.js';

export { storedSession, type SessionUser } from './stored-session.js';

interface SessionState {
  user: SessionUser | undefined;
  purpose: string | undefined;
  signIn: (user: SessionUser, purpose?: string) => void;
  signOut: () => void;
  setPurpose: (purpose: string | undefined) => void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => {
    const initial = storedSession();
    setApiToken(initial.user?.token);
    return initial;
  });
  const save = useCallback((next: { user?: SessionUser; purpose?: string }) => {
    setApiToken(next.user?.token);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setState(next);
  }, []);
  const value = useMemo<SessionState>(
    () => ({
      user: state.user,
      purpose: state.purpose,
      signIn: (user, purpose) => save({ user, purpose: purpose ?? user.purposes[0] }),
      signOut: () => save({}),
      setPurpose: (purpose) => save({ ...state, purpose }),
    }),
    [state, save],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
