import { parseSession, type Session } from './session';

/** Sent with every request the dashboard makes: the server refuses a cookie-signed request without it (cross-site forgery). */
export const CSRF_HEADERS = { 'x-requested-with': 'sira-dashboard' } as const;

export type ServerSession = { session: Session | null; ended: boolean } | { unreachable: true };

/** GET /auth/session: whom the browser's session cookie stands for, if anyone; `ended` when the server ended it. */
export async function fetchServerSession(): Promise<ServerSession> {
  try {
    const response = await fetch('/auth/session', { headers: CSRF_HEADERS, cache: 'no-store' });
    if (!response.ok) return { unreachable: true };
    const body = (await response.json()) as { session?: unknown; ended?: boolean };
    return { session: parseSession(JSON.stringify(body.session ?? null), Date.now()) ?? null, ended: body.ended === true };
  } catch {
    return { unreachable: true };
  }
}

/** DELETE /auth/session: the server ends the session and clears its cookie. Best effort: the page forgets it either way. */
export async function endServerSession(): Promise<void> {
  try {
    await fetch('/auth/session', { method: 'DELETE', headers: CSRF_HEADERS });
  } catch {
    // Offline: the cookie expires with the session.
  }
}
