import { parseSession, readToken, type Session } from '../../app/session/session';

export type SignInFailure = { error: 'wrong' | 'failed' } | { error: 'tooMany'; retryAfterSeconds: number };
export type SignInResult = { session: Session } | SignInFailure;

/** POST /auth/sign-in; the server answers every wrong name or password alike, and 429 with Retry-After when throttled. */
export async function signInWithPassword(username: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
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

/** A pasted token, kept only once the API has accepted it: the browser cannot check its signature. */
export async function signInWithToken(token: string): Promise<TokenSignInResult> {
  const reading = readToken(token, Date.now());
  if ('problem' in reading) return { error: reading.problem };
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${reading.session.token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  } catch {
    return { error: 'failed' };
  }
  if (response.status === 401) return { error: 'refused' };
  return response.ok ? reading : { error: 'failed' };
}
