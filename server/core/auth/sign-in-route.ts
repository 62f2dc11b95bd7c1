import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLOSE_AFTER_ANSWER, type Route } from '../http';
import type { AccountGate } from './account-gate';
import { answeringUnavailable, type JsonBody, pathOf, readJsonBody, sendJson } from './auth-http';
import { ClientAddresses } from './client-address';
import { type CookieSecurity, cameOverHttps, clearedSessionCookie, sessionCookie, sessionCookieOf } from './session-cookie';
import { type IssuedSession, sessionIssuer, viewerOf } from './session-issuer';
import { SignInThrottle } from './sign-in-throttle';
import { DEFAULT_TOKEN_MAX_LIFETIME_SECONDS, readVerifiedToken } from './tokens';

/** Sign-in for scripts: the token comes in the answer. */
export const SIGN_IN_PATH = '/auth/sign-in';
/** Sign-in for the dashboard: the token goes into an HttpOnly cookie, never to page scripts. */
export const SESSION_PATH = '/auth/session';
export const TOKEN_TTL_SECONDS = 8 * 3600;
const WRONG_CREDENTIALS = 'Unknown user name or wrong password.';
const EXPECTED_BODY = 'Send JSON {"username": "...", "password": "..."} with content-type application/json.';
const EXPECTED_SESSION_BODY =
  'Send JSON {"username": "...", "password": "..."}, or {"token": "..."} for a token from `pnpm sira token`, with content-type application/json.';

export interface SignInOptions {
  /** Where users, their passwords and sessions are kept. */
  accounts: AccountGate;
  /** A users file read at every attempt, for users the accounts do not have yet (USERS_FILE). */
  usersFile: string;
  /** The key the system signs and verifies tokens with. */
  key: Uint8Array;
  ttlSeconds?: number;
  /** The longest a token pasted into the dashboard may be valid for (TOKEN_MAX_LIFETIME_HOURS). */
  maxLifetimeSeconds?: number;
  /** Counts attempts per account and per client address; by default in this process's memory. */
  throttle?: SignInThrottle;
  /** Proxies whose `X-Forwarded-For` names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
  /** Whether the session cookie is Secure (SESSION_COOKIE_SECURE). */
  cookieSecurity?: CookieSecurity;
}

const publicView = ({ expiresAt, viewer }: IssuedSession) => ({ expiresAt: new Date(expiresAt).toISOString(), viewer });

/** The 429's message: when to try again, as a delay and as a time. */
function tooManyAttempts(retryAfterSeconds: number): string {
  const at = new Date(Date.now() + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const delay = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
  return `Too many failed sign-ins for this user name or from this address. Try again in ${delay}, at ${at}.`;
}

function refuseBody(res: ServerResponse, read: Extract<JsonBody, { error: string }>): void {
  // A 413 or 415 answers before the body is read to its end.
  sendJson(res, read.status, { error: read.error }, read.status === 400 ? {} : CLOSE_AFTER_ANSWER);
}

/** A user name and password from a body, or undefined when the body holds no such pair. */
function credentialsOf(body: Record<string, unknown>): { username: string; password: string } | undefined {
  const { username, password } = body;
  if (typeof username !== 'string' || typeof password !== 'string' || username.trim() === '' || password === '') return undefined;
  return { username: username.trim().toLowerCase(), password };
}

/**
 * `POST /auth/sign-in` (a token for scripts) and `/auth/session` (the dashboard's cookie: GET
 * who is signed in, POST to sign in with a password or a token, DELETE to sign out). Every
 * sign-in opens a session in the accounts, named by its token, so signing out or deactivating
 * the user ends the token at once. Password attempts are reserved with the throttle before
 * the password is checked, so attempts sent at once cannot outrun it; past the allowance of
 * the account or of the client's address it answers 429 with Retry-After.
 */
export function signInRoute({
  accounts,
  usersFile,
  key,
  ttlSeconds = TOKEN_TTL_SECONDS,
  maxLifetimeSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  throttle = SignInThrottle.inMemory(),
  trustedProxies = [],
  cookieSecurity = 'auto',
}: SignInOptions): Route {
  const clients = new ClientAddresses(trustedProxies);
  const secure = (req: IncomingMessage) => cookieSecurity === 'on' || cameOverHttps(req, clients.fromTrustedProxy(req));

  const issue = sessionIssuer(accounts, key);

  /** Checks a user name and password under the throttle; answers the refusal itself and returns undefined. */
  const withPassword = async (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, expected: string) => {
    const credentials = credentialsOf(body);
    if (!credentials) {
      sendJson(res, 400, { error: expected });
      return undefined;
    }
    const admission = await throttle.admit(credentials.username, clients.of(req));
    if (!admission.admitted) {
      const seconds = admission.retryAfterSeconds;
      sendJson(res, 429, { error: tooManyAttempts(seconds) }, { 'retry-after': String(seconds) });
      return undefined;
    }
    await accounts.importUsersFile(usersFile, credentials.username);
    const user = await accounts.checkPassword(credentials.username, credentials.password);
    if (!user) {
      // The attempt reserved above stays counted: that is the failure.
      sendJson(res, 401, { error: WRONG_CREDENTIALS });
      return undefined;
    }
    await admission.signedIn();
    return issue(user, viewerOf(user), ttlSeconds);
  };

  /** A token signed with the server's key, as `pnpm sira token` prints one, turned into a session of its own. */
  const withToken = async (res: ServerResponse, token: string): Promise<IssuedSession | undefined> => {
    let read: Awaited<ReturnType<typeof readVerifiedToken>>;
    try {
      read = await readVerifiedToken(key, token.trim().replace(/^Bearer\s+/i, ''), maxLifetimeSeconds);
    } catch (error) {
      sendJson(res, 401, { error: (error as Error).message });
      return undefined;
    }
    const { sessionId: _none, ...viewer } = read.viewer;
    return issue(null, viewer, Math.max(1, Math.floor((read.expiresAt - Date.now()) / 1000)));
  };

  /** The viewer and expiry of the request's cookie, if it names an open session. */
  const currentSession = async (req: IncomingMessage) => {
    const token = sessionCookieOf(req.headers.cookie);
    if (!token) return { present: false as const };
    try {
      const { viewer, expiresAt } = await readVerifiedToken(key, token, maxLifetimeSeconds);
      if (viewer.sessionId && !(await accounts.isSessionOpen(viewer.sessionId))) return { present: true as const };
      const { name, role, regions } = viewer;
      return { present: true as const, session: { expiresAt: new Date(expiresAt).toISOString(), viewer: { name, role, regions } } };
    } catch {
      return { present: true as const };
    }
  };

  /** The session of a cookie or Bearer token to sign out of, whatever its state. */
  const signOut = async (req: IncomingMessage): Promise<void> => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? sessionCookieOf(req.headers.cookie);
    if (!token) return;
    try {
      const { viewer } = await readVerifiedToken(key, token, maxLifetimeSeconds);
      if (viewer.sessionId) await accounts.endSession(viewer.sessionId);
    } catch {
      // Expired or not ours: there is nothing left to end, only the cookie to clear.
    }
  };

  return answeringUnavailable(async (req, res) => {
    const path = pathOf(req);
    if (path !== SIGN_IN_PATH && path !== SESSION_PATH) return false;
    const method = req.method ?? 'GET';

    if (path === SIGN_IN_PATH) {
      if (method !== 'POST') {
        sendJson(res, 405, { error: `Sign in with POST. ${EXPECTED_BODY}` }, { allow: 'POST' });
        return true;
      }
      const read = await readJsonBody(req, 'Sign-in', EXPECTED_BODY);
      if ('error' in read) {
        refuseBody(res, read);
        return true;
      }
      const issued = await withPassword(req, res, read.body, EXPECTED_BODY);
      if (issued) sendJson(res, 200, { token: issued.token, ...publicView(issued) });
      return true;
    }

    if (method === 'GET') {
      const current = await currentSession(req);
      // A cookie whose session ended is cleared, and the page told so.
      if (current.present && !current.session) {
        sendJson(res, 200, { session: null, ended: true }, { 'set-cookie': clearedSessionCookie(secure(req)) });
      } else {
        sendJson(res, 200, { session: current.session ?? null });
      }
      return true;
    }
    if (method === 'DELETE') {
      await signOut(req);
      res.writeHead(204, { 'cache-control': 'no-store', 'set-cookie': clearedSessionCookie(secure(req)) });
      res.end();
      return true;
    }
    if (method !== 'POST') {
      sendJson(
        res,
        405,
        { error: `GET says who is signed in, POST signs in, DELETE signs out. ${EXPECTED_SESSION_BODY}` },
        { allow: 'GET, POST, DELETE' },
      );
      return true;
    }
    const read = await readJsonBody(req, 'Sign-in', EXPECTED_SESSION_BODY);
    if ('error' in read) {
      refuseBody(res, read);
      return true;
    }
    const issued =
      typeof read.body.token === 'string' && read.body.username === undefined
        ? await withToken(res, read.body.token)
        : await withPassword(req, res, read.body, EXPECTED_SESSION_BODY);
    if (issued) sendJson(res, 200, publicView(issued), { 'set-cookie': sessionCookie(issued.token, issued.expiresAt, secure(req)) });
    return true;
  });
}
