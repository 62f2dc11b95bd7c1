import { SignJWT } from 'jose';
import type { Access } from '../core/auth/access';
import { signToken, tokenAuthenticator } from '../core/auth/tokens';
import { Role } from '../core/auth/viewer';

/** The signing secret of every system the tests start, so a test can sign its own tokens. */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';
const TEST_KEY = new TextEncoder().encode(TEST_JWT_SECRET);

export const TEST_ACCESS: Access = { authenticate: tokenAuthenticator(TEST_KEY), disclosure: { k: 5, protection: 1 } };

/** A token for a role (and, for a coordinator, its regions), as `pnpm sira token` prints one. */
export function tokenFor(role: Role, regions: string[] = []): Promise<string> {
  return signToken(TEST_KEY, { role, regions, subject: `test-${role.toLowerCase()}`, name: `Test ${role.toLowerCase()}` });
}

/**
 * An ANALYST token signed with the tests' key, carrying only the times given: for tokens
 * `signToken` never makes, without an expiry or valid for too long.
 */
export function tokenWithTimes({ iat, exp }: { iat?: number; exp?: number }): Promise<string> {
  let jwt = new SignJWT({ role: Role.ANALYST, regions: [], name: 'Script' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('script')
    .setIssuer('sira-monitor')
    .setAudience('sira-monitor');
  if (iat !== undefined) jwt = jwt.setIssuedAt(iat);
  if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(TEST_KEY);
}

export async function authHeaders(role: Role, regions: string[] = []): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(role, regions)}` };
}

export { Role };
