import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import { CLOSE_AFTER_ANSWER, type Route, readBody } from '../http';
import { ClientAddresses } from './client-address';
import { authenticateLocalUser } from './local-users';
import { SignInThrottle } from './sign-in-throttle';
import { signToken } from './tokens';

export const SIGN_IN_PATH = '/auth/sign-in';
export const TOKEN_TTL_SECONDS = 8 * 3600;
const MAX_BODY_BYTES = 10_000;
const WRONG_CREDENTIALS = 'Unknown user name or wrong password.';
const EXPECTED_BODY = 'Send JSON {"username": "...", "password": "..."} with content-type application/json.';

export interface SignInOptions {
  /** Read at every attempt, so users added with `pnpm sira user add` can sign in without a restart. */
  usersFile: string;
  /** The key the system signs and verifies tokens with. */
  key: Uint8Array;
  ttlSeconds?: number;
  /** Counts attempts per account and per client address; by default in this process's memory. */
  throttle?: SignInThrottle;
  /** Proxies whose `X-Forwarded-For` names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

type Credentials = { username: string; password: string } | { status: 400 | 413 | 415; error: string };

async function readCredentials(req: IncomingMessage): Promise<Credentials> {
  // JSON only: a cross-site page can send text/plain or a form without the browser asking first, but not JSON.
  const contentType = String(req.headers['content-type'] ?? '').trim();
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    const sent = contentType ? `content-type "${contentType.slice(0, 100)}"` : 'no content-type';
    return { status: 415, error: `Sign-in accepts only application/json, and this request has ${sent}. ${EXPECTED_BODY}` };
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    if ((error as { status?: number }).status === 413)
      return { status: 413, error: `The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en')} bytes. ${EXPECTED_BODY}` };
    return { status: 400, error: `The body is not valid JSON. ${EXPECTED_BODY}` };
  }
  const { username, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string' || username.trim() === '' || password === '') {
    return { status: 400, error: EXPECTED_BODY };
  }
  return { username: username.trim().toLowerCase(), password };
}

/** The 429's message: when to try again, as a delay and as a time. */
function tooManyAttempts(retryAfterSeconds: number): string {
  const at = new Date(Date.now() + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const delay = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
  return `Too many failed sign-ins for this user name or from this address. Try again in ${delay}, at ${at}.`;
}

/**
 * `POST /auth/sign-in` with a user name and password from the users file: answers with a
 * token the gateway and every subgraph accept. Every attempt is reserved with the throttle
 * before the password is checked, so attempts sent at once cannot outrun it; past the
 * allowance of the account or of the client's address it answers 429 with Retry-After.
 */
export function signInRoute({
  usersFile,
  key,
  ttlSeconds = TOKEN_TTL_SECONDS,
  throttle = SignInThrottle.inMemory(),
  trustedProxies = [],
}: SignInOptions): Route {
  const clients = new ClientAddresses(trustedProxies);
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== SIGN_IN_PATH) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: `Sign in with POST. ${EXPECTED_BODY}` }, { allow: 'POST' });
      return true;
    }
    const credentials = await readCredentials(req);
    if ('error' in credentials) {
      // A 413 or 415 answers before the body is read to its end.
      sendJson(res, credentials.status, { error: credentials.error }, credentials.status === 400 ? {} : CLOSE_AFTER_ANSWER);
      return true;
    }
    const admission = await throttle.admit(credentials.username, clients.of(req));
    if (!admission.admitted) {
      const seconds = admission.retryAfterSeconds;
      sendJson(res, 429, { error: tooManyAttempts(seconds) }, { 'retry-after': String(seconds) });
      return true;
    }
    const user = await authenticateLocalUser(usersFile, credentials.username, credentials.password);
    if (!user) {
      // The attempt reserved above stays counted: that is the failure.
      sendJson(res, 401, { error: WRONG_CREDENTIALS });
      return true;
    }
    await admission.signedIn();
    const viewer = { name: user.name, role: user.role, regions: user.regions };
    const token = await signToken(key, { ...viewer, subject: user.username }, ttlSeconds);
    const expiresAt = new Date((decodeJwt(token).exp as number) * 1000).toISOString();
    sendJson(res, 200, { token, expiresAt, viewer });
    return true;
  };
}
