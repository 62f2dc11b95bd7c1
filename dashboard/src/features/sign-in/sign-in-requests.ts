import { parseSession, readToken, type Session } from '../../app/session/session';
import { CSRF_HEADERS } from '../../app/session/session-requests';

export type SignInFailure = { error: 'wrong' | 'failed' } | { error: 'tooMany'; retryAfterSeconds: number };
export type SignInResult = { session: Session } | SignInFailure;

/** POST /auth/session: the session cookie to the browser, who and until when to the page. */
const startSession = (body: Record<string, string>) =>
  fetch('/auth/session', { method: 'POST', headers: { 'content-type': 'application/json', ...CSRF_HEADERS }, body: JSON.stringify(body) });

/** Signs in with a password; the server answers every wrong name or password alike, and 429 with Retry-After when throttled. */
export async function signInWithPassword(username: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await startSession({ username, password });
  } catch {
    return { error: 'failed' };
  }
  if (response.status === 401) return { error: 'wrong' };
  if (response.status === 429) return { error: 'tooMany', retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 };
  if (!response.ok) return { error: 'failed' };
  const session = parseSession(await response.text(), Date.now());
  return session ? { session } : { error: 'failed' };
}

export type TokenSignInResult = { session: Session } | { error: 'malformed' | 'expired' | 'refused' | 'failed' };

/** A pasted token, which the server checks and turns into a session cookie: the page keeps no token. */
export async function signInWithToken(token: string): Promise<TokenSignInResult> {
  const reading = readToken(token, Date.now());
  if ('problem' in reading) return { error: reading.problem };
  let response: Response;
  try {
    response = await startSession({ token: reading.token });
  } catch {
    return { error: 'failed' };
  }
  if (response.status === 401) return { error: 'refused' };
  if (!response.ok) return { error: 'failed' };
  const session = parseSession(await response.text(), Date.now());
  return session ? { session } : { error: 'failed' };
}
