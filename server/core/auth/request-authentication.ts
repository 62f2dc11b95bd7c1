import { GraphQLError } from 'graphql';
import type { RequestInfo } from '../context';
import { isUnavailableError } from '../database/unavailable-errors';
import { DomainError, ErrorCode, SERVICE_UNAVAILABLE } from '../errors';
import type { AccountGate } from './account-gate';
import type { Authenticate } from './authenticate';
import { CSRF_HEADER, sessionCookieOf } from './session-cookie';
import type { Viewer } from './viewer';

export const SESSION_ENDED =
  'Your sign-in has ended: you signed out, your account was deactivated or its role changed, or an administrator ended it. Sign in again.';

const csrfRefusal = () =>
  new DomainError(
    ErrorCode.FORBIDDEN,
    `A request signed in by the session cookie must carry the header ${CSRF_HEADER} (any value), which a page on another site cannot add; ` +
      'the dashboard sends it. Scripts send "Authorization: Bearer <token>" instead.',
  );

/**
 * Who a request to the gateway acts for. A Bearer token is checked as before; without one, the
 * session cookie's token is, once the request shows it was sent by a page of this site (the
 * CSRF header), and it is then forwarded to the subgraphs as a Bearer token, as a script's
 * would be. A token that names a session (every sign-in's does) is refused once the session
 * has ended or its user was deactivated: one indexed read per request, never cached, so a
 * deactivation or a sign-out takes effect at the next request.
 */
export function requestAuthenticator(authenticate: Authenticate, accounts: Pick<AccountGate, 'isSessionOpen'>) {
  return async (request: RequestInfo): Promise<Viewer> => {
    const { headers } = request;
    if (!headers.authorization) {
      const fromCookie = sessionCookieOf(headers.cookie);
      if (fromCookie) {
        if (!headers[CSRF_HEADER]) throw csrfRefusal();
        headers.authorization = `Bearer ${fromCookie}`;
      }
    }
    const viewer = await authenticate(headers);
    if (viewer.sessionId && !(await sessionIsOpen(accounts, viewer.sessionId))) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, SESSION_ENDED);
    }
    return viewer;
  };
}

async function sessionIsOpen(accounts: Pick<AccountGate, 'isSessionOpen'>, id: string): Promise<boolean> {
  try {
    return await accounts.isSessionOpen(id);
  } catch (error) {
    if (!isUnavailableError(error)) throw error;
    throw new GraphQLError('Temporarily unavailable: the accounts database did not answer in time. Try again in a few seconds.', {
      extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } },
    });
  }
}
