import { useEffect } from 'react';
import { navigate } from '../router';
import { type Session, sessionKey } from './session';
import { sessionStore } from './session-store';

// setTimeout runs at once past 2^31 - 1 ms (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The sign-in page, returning afterwards to where the user is now. */
export function signInHref(): string {
  const here = window.location.pathname + window.location.search;
  return here.startsWith('/sign-in') ? here : `/sign-in?next=${encodeURIComponent(here)}`;
}

/** The server refused the session of `key` (ended, expired, or its user deactivated): drop it and ask to sign in again. */
export function endRefusedSession(key: string): void {
  const { session } = sessionStore.get();
  if (!session || sessionKey(session) !== key) return;
  sessionStore.end(session, 'expired');
  navigate(signInHref(), { replace: true });
}

/**
 * Ends the session when its token expires, rather than at the next refused request, and
 * sends a reader whose stored session had already expired to the sign-in page.
 */
export function useSessionExpiry(session: Session | null): void {
  useEffect(() => {
    if (sessionStore.get().ended) navigate(signInHref(), { replace: true });
    // The server has the last word: a session signed in from another tab, or ended meanwhile.
    void sessionStore.confirm().then(() => {
      const path = window.location.pathname;
      if (sessionStore.get().ended && !path.startsWith('/sign-in') && !path.startsWith('/set-password')) {
        navigate(signInHref(), { replace: true });
      }
    });
  }, []);
  useEffect(() => {
    if (!session) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      if (sessionStore.endIfExpired()) navigate(signInHref(), { replace: true });
      else timer = setTimeout(check, Math.min(MAX_TIMER_MS, Math.max(1000, Date.parse(session.expiresAt) - Date.now())));
    };
    check();
    return () => clearTimeout(timer);
  }, [session]);
}
