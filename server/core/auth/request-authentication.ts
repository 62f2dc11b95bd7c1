import type { RequestInfo } from '../context';
import { isUnavailableError } from '../database/unavailable-errors';
import { DomainError, ErrorCode, errorText, LocalizedError, SERVICE_UNAVAILABLE } from '../errors';
import type { AccountGate } from './account-gate';
import type { Authenticate } from './authenticate';
import { CSRF_HEADER, sessionCookieOf } from './session-cookie';
import type { Viewer } from './viewer';

const csrfRefusal = () => new DomainError(ErrorCode.FORBIDDEN, errorText('csrfHeaderMissing', { header: CSRF_HEADER }));

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
      throw new DomainError(ErrorCode.UNAUTHENTICATED, errorText('sessionEnded'));
    }
    return viewer;
  };
}

async function sessionIsOpen(accounts: Pick<AccountGate, 'isSessionOpen'>, id: string): Promise<boolean> {
  try {
    return await accounts.isSessionOpen(id);
  } catch (error) {
    if (!isUnavailableError(error)) throw error;
    throw new LocalizedError(errorText('accountsUnavailable'), {
      extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } },
    });
  }
}
