import type { IncomingMessage } from 'node:http';
import { parse, serialize } from 'cookie';

/** The cookie that carries a dashboard's sign-in: its token, which page scripts cannot read (HttpOnly). */
export const SESSION_COOKIE = 'sira_session';

/**
 * The header a request signed in by the cookie must carry (any value; the dashboard sends
 * `sira-dashboard`). A page on another site can make a browser send the cookie only with a
 * form or an image, which cannot add a header; a script there could add it only after a CORS
 * preflight this server never grants. SameSite=Strict already keeps the cookie off such
 * requests in current browsers: the header does not depend on that.
 */
export const CSRF_HEADER = 'x-requested-with';

/** `auto`: Secure when the request came over HTTPS (or a trusted proxy says it did); `on`: always. */
export type CookieSecurity = 'auto' | 'on';

/** The session's token in a request's cookies, if any. */
export function sessionCookieOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  const value = parse(cookieHeader)[SESSION_COOKIE];
  return value || undefined;
}

/** Whether the request reached this server over HTTPS: its own TLS socket, or a trusted proxy's X-Forwarded-Proto. */
export function cameOverHttps(req: IncomingMessage, fromTrustedProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  return (
    fromTrustedProxy &&
    String(Array.isArray(forwarded) ? forwarded[0] : (forwarded ?? ''))
      .split(',')[0]
      ?.trim() === 'https'
  );
}

/** Set-Cookie for a session's token, lasting as long as the token. */
export function sessionCookie(token: string, expiresAt: number, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt - Date.now()) / 1000)),
  });
}

/** Set-Cookie that makes the browser forget the session's cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge: 0 });
}
