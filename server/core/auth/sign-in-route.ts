import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import { type Route, readBody } from '../http';
import { FailedAttempts } from './failed-attempts';
import { authenticateLocalUser } from './local-users';
import { signToken } from './tokens';

export const SIGN_IN_PATH = '/auth/sign-in';
const TOKEN_TTL_SECONDS = 8 * 3600;
const MAX_BODY_BYTES = 10_000;
const WRONG_CREDENTIALS = 'Unknown user name or wrong password.';
const EXPECTED_BODY = 'Send JSON {"username": "...", "password": "..."} with content-type application/json.';

export interface SignInOptions {
  /** Read at every attempt, so users added with `pnpm sira user add` can sign in without a restart. */
  usersFile: string;
  /** The key the system signs and verifies tokens with. */
  key: Uint8Array;
  ttlSeconds?: number;
  attempts?: FailedAttempts;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

type Credentials = { username: string; password: string } | { status: 400 | 413; error: string };

async function readCredentials(req: IncomingMessage): Promise<Credentials> {
  // JSON only: a cross-site HTML form cannot send it without the browser asking first.
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) return { status: 400, error: EXPECTED_BODY };
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    if ((error as { status?: number }).status === 413) return { status: 413, error: 'The request body is too large.' };
    return { status: 400, error: `The body is not valid JSON. ${EXPECTED_BODY}` };
  }
  const { username, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string' || username.trim() === '' || password === '') {
    return { status: 400, error: EXPECTED_BODY };
  }
  return { username: username.trim().toLowerCase(), password };
}

/**
 * `POST /auth/sign-in` with a user name and password from the users file: answers with a
 * token the gateway and every subgraph accept. Past ten failures a minute from one
 * address it answers 429 until the oldest of them is a minute old.
 */
export function signInRoute({
  usersFile,
  key,
  ttlSeconds = TOKEN_TTL_SECONDS,
  attempts = new FailedAttempts(10, 60_000),
}: SignInOptions): Route {
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== SIGN_IN_PATH) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: `Sign in with POST. ${EXPECTED_BODY}` }, { allow: 'POST' });
      return true;
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const retryAfter = attempts.retryAfterSeconds(address);
    if (retryAfter !== undefined) {
      sendJson(
        res,
        429,
        { error: `Too many failed sign-ins from this address; try again in ${retryAfter} s.` },
        { 'retry-after': String(retryAfter) },
      );
      return true;
    }
    const credentials = await readCredentials(req);
    if ('error' in credentials) {
      sendJson(res, credentials.status, { error: credentials.error });
      return true;
    }
    const user = await authenticateLocalUser(usersFile, credentials.username, credentials.password);
    if (!user) {
      attempts.record(address);
      sendJson(res, 401, { error: WRONG_CREDENTIALS });
      return true;
    }
    const viewer = { name: user.name, role: user.role, regions: user.regions };
    const token = await signToken(key, { ...viewer, subject: user.username }, ttlSeconds);
    const expiresAt = new Date((decodeJwt(token).exp as number) * 1000).toISOString();
    sendJson(res, 200, { token, expiresAt, viewer });
    return true;
  };
}
