import { useSyncExternalStore } from 'react';
import { isExpired, parseSession, type Session } from './session';
import { endServerSession, fetchServerSession } from './session-requests';

const STORAGE_KEY = 'sira.session';

/** Why a session ended without the user signing out, for the sign-in page to say. */
export type SessionEnd = 'expired';

interface SessionState {
  session: Session | null;
  ended: SessionEnd | null;
}

// localStorage keeps who is signed in (never the token, which only the HttpOnly cookie holds),
// so a new tab or a reload shows the same viewer at once; the server confirms it at start.
const storage = (): Storage | undefined => globalThis.localStorage;

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

// Signing in or out in one tab does so in the others: they share the cookie.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== STORAGE_KEY) return;
  state = { session: parseSession(event.newValue, Date.now()) ?? null, ended: null };
  for (const listener of listeners) listener();
});

export const sessionStore = {
  get: (): SessionState => state,
  signIn(session: Session): void {
    set({ session, ended: null });
  },
  /** Signs out on the server (the cookie is cleared and its token stops working) and here. */
  async signOut(): Promise<void> {
    const { session } = state;
    set({ session: null, ended: null });
    // What this device keeps for the user (the answers kept offline, their drafts) goes with them.
    if (session) void import('../../features/offline/offline-db').then((offline) => offline.forgetUser(session)).catch(() => undefined);
    await endServerSession();
  },
  /** Ends the session the server refused or that expired, unless another has replaced it meanwhile. */
  end(session: Session, reason: SessionEnd): void {
    if (state.session !== session) return;
    set({ session: null, ended: reason });
    void endServerSession();
  },
  /** The sign-in page has told the user why their session ended. */
  acknowledge(): void {
    if (state.ended) set({ ...state, ended: null });
  },
  /** Ends the session if its time is up; true when it did. */
  endIfExpired(now = Date.now()): boolean {
    if (!state.session || !isExpired(state.session, now)) return false;
    this.end(state.session, 'expired');
    return true;
  },
  /** Takes the server's word for who is signed in: a cookie from another tab, or one that ended meanwhile. */
  async confirm(): Promise<void> {
    const before = state.session;
    const answer = await fetchServerSession();
    if ('unreachable' in answer || state.session !== before) return;
    if (answer.session) {
      if (JSON.stringify(answer.session) !== JSON.stringify(before)) set({ session: answer.session, ended: null });
    } else if (before || answer.ended) {
      set({ session: null, ended: 'expired' });
    }
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
