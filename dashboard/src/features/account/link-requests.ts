import { parseSession, type Session } from '../../app/session/session';
import { CSRF_HEADERS } from '../../app/session/session-requests';

export type DeadLink = 'unknown' | 'used' | 'expired' | 'voided';
export interface LinkInfo {
  purpose: 'INVITATION' | 'RESET';
  username: string;
  name: string;
  expiresAt: string;
}

const post = (path: string, body: unknown) =>
  fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...CSRF_HEADERS }, body: JSON.stringify(body) });

const deadReason = (body: { reason?: unknown }): DeadLink =>
  body.reason === 'used' || body.reason === 'expired' || body.reason === 'voided' ? body.reason : 'unknown';

/** What the link's secret is for, or why it opens nothing; 'failed' when the server could not say. */
export async function inspectLink(secret: string): Promise<{ link: LinkInfo } | { dead: DeadLink } | 'failed'> {
  try {
    const response = await post('/auth/link', { secret });
    const body = (await response.json()) as { link?: LinkInfo; reason?: unknown };
    if (response.ok && body.link) return { link: body.link };
    if (response.status === 404 || response.status === 410) return { dead: deadReason(body) };
    return 'failed';
  } catch {
    return 'failed';
  }
}

/** Sets the password with the link; the server signs the person in with the session cookie. */
export async function setPasswordWithLink(
  secret: string,
  password: string,
): Promise<{ session: Session } | { dead: DeadLink } | { problem: string } | 'failed'> {
  try {
    const response = await post('/auth/link/password', { secret, password });
    const text = await response.text();
    if (response.ok) {
      const session = parseSession(text, Date.now());
      return session ? { session } : 'failed';
    }
    const body = JSON.parse(text) as { error?: string; reason?: unknown };
    if (response.status === 404 || response.status === 410) return { dead: deadReason(body) };
    if (response.status === 400 && body.error) return { problem: body.error };
    return 'failed';
  } catch {
    return 'failed';
  }
}
