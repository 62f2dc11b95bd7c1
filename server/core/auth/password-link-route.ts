import type { IncomingMessage } from 'node:http';
import { requestInfo } from '../context';
import { errorMessageIn } from '../errors';
import { CLOSE_AFTER_ANSWER, type Route } from '../http';
import { requestLanguage } from '../request-language';
import type { AccountGate, DeadLink } from './account-gate';
import { answeringUnavailable, pathOf, readJsonBody, sendJson } from './auth-http';
import { ClientAddresses } from './client-address';
import { type CookieSecurity, cameOverHttps, sessionCookie } from './session-cookie';
import { sessionIssuer, viewerOf } from './session-issuer';
import { TOKEN_TTL_SECONDS } from './sign-in-route';

/** What a link is for (POST, so its secret stays out of URLs and logs). */
export const LINK_PATH = '/auth/link';
/** Sets the password with a link, and signs its user in. */
export const LINK_PASSWORD_PATH = '/auth/link/password';
const EXPECTED_LINK = 'Send JSON {"secret": "..."}, the part of the link after "#", with content-type application/json.';
const EXPECTED_PASSWORD = 'Send JSON {"secret": "...", "password": "..."} with content-type application/json.';

const DEAD: Record<DeadLink, string> = {
  unknown: 'This link is not one this server gave; check that it was copied whole, or ask an administrator for a new one.',
  used: 'This link has already been used: each link sets a password once. Sign in, or ask an administrator for a new link.',
  expired: 'This link has expired. Ask an administrator for a new one.',
  voided: 'This link was replaced by a newer one, or the account was deactivated. Ask an administrator for a new link.',
};

export interface PasswordLinkOptions {
  accounts: AccountGate;
  key: Uint8Array;
  ttlSeconds?: number;
  trustedProxies?: readonly string[];
  cookieSecurity?: CookieSecurity;
}

/**
 * The page a one-time link opens asks here what the link is for, then sets the password
 * with it: the link is used up, every session its user had ends, and the person is signed in
 * with the session cookie. A dead link answers 410 with why, in words; 404 when unknown.
 */
export function passwordLinkRoute({
  accounts,
  key,
  ttlSeconds = TOKEN_TTL_SECONDS,
  trustedProxies = [],
  cookieSecurity = 'auto',
}: PasswordLinkOptions): Route {
  const clients = new ClientAddresses(trustedProxies);
  const secure = (req: IncomingMessage) => cookieSecurity === 'on' || cameOverHttps(req, clients.fromTrustedProxy(req));
  const issue = sessionIssuer(accounts, key);
  const dead = (reason: DeadLink) => ({ status: reason === 'unknown' ? 404 : 410, body: { error: DEAD[reason], reason } });

  return answeringUnavailable(async (req, res) => {
    const path = pathOf(req);
    if (path !== LINK_PATH && path !== LINK_PASSWORD_PATH) return false;
    const expected = path === LINK_PATH ? EXPECTED_LINK : EXPECTED_PASSWORD;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: `Use POST. ${expected}` }, { allow: 'POST' });
      return true;
    }
    const read = await readJsonBody(req, 'A password link', expected);
    if ('error' in read) {
      sendJson(res, read.status, { error: read.error }, read.status === 400 ? {} : CLOSE_AFTER_ANSWER);
      return true;
    }
    const { secret, password } = read.body;
    if (typeof secret !== 'string' || secret === '' || (path === LINK_PASSWORD_PATH && typeof password !== 'string')) {
      sendJson(res, 400, { error: expected });
      return true;
    }
    if (path === LINK_PATH) {
      const info = await accounts.inspectLink(secret);
      const answer = typeof info === 'string' ? dead(info) : { status: 200, body: { link: info } };
      sendJson(res, answer.status, answer.body);
      return true;
    }
    const redeemed = await accounts.redeemLink(secret, password as string, requestInfo(req.headers).requestId);
    if (typeof redeemed === 'string') {
      const answer = dead(redeemed);
      sendJson(res, answer.status, answer.body);
      return true;
    }
    if ('problems' in redeemed) {
      // The page shows `error`, in the browser's language; `problems` stay English, as the API's extensions do.
      const language = requestLanguage({ acceptLanguage: req.headers['accept-language'] });
      const error = redeemed.problems.map((text) => errorMessageIn(text, language)).join(' ');
      sendJson(res, 400, { error, problems: redeemed.problems.map((text) => errorMessageIn(text)) });
      return true;
    }
    const issued = await issue(redeemed, viewerOf(redeemed), ttlSeconds);
    sendJson(
      res,
      200,
      { expiresAt: new Date(issued.expiresAt).toISOString(), viewer: issued.viewer },
      { 'set-cookie': sessionCookie(issued.token, issued.expiresAt, secure(req)) },
    );
    return true;
  });
}
