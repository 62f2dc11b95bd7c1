import { useSyncExternalStore } from 'react';
import { isExpired, parseSession, type Session } from './session';

const STORAGE_KEY = 'sira.session';

/** Why a session ended without the user signing out, for the sign-in page to say. */
export type SessionEnd = 'expired';

interface SessionState {
  session: Session | null;
  ended: SessionEnd | null;
}

// sessionStorage: a sign-in lasts as long as the tab, and other tabs start signed out.
const storage = (): Storage | undefined => globalThis.sessionStorage;

function initialState(): SessionState {
  const raw = storage()?.getItem(STORAGE_KEY);
  const session = parseSession(raw, Date.now()) ?? null;
  if (raw && !session) storage()?.removeItem(STORAGE_KEY);
  return { session, ended: raw && !session ? 'expired' : null };
}

let state: SessionState = initialState();
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  if (next.session) storage()?.setItem(STORAGE_KEY, JSON.stringify(next.session));
  else storage()?.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): SessionState => state,
  signIn(session: Session): void {
    set({ session, ended: null });
  },
  signOut(): void {
    set({ session: null, ended: null });
  },
  /** Ends the session holding `token`, unless another has replaced it meanwhile. */
  end(token: string, reason: SessionEnd): void {
    if (state.session?.token === token) set({ session: null, ended: reason });
  },
  /** The sign-in page has told the user why their session ended. */
  acknowledge(): void {
    if (state.ended) set({ ...state, ended: null });
  },
  /** Ends the session if its time is up; true when it did. */
  endIfExpired(now = Date.now()): boolean {
    if (!state.session || !isExpired(state.session, now)) return false;
    set({ session: null, ended: 'expired' });
    return true;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

export const useSession = (): Session | null => useSessionState().session;
