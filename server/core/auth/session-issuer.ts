import type { AccountGate, SignInUser } from './account-gate';
import { signToken } from './tokens';
import type { Viewer } from './viewer';

/** A session just opened: its token (for a script, or the cookie), when it ends, and whom it stands for. */
export interface IssuedSession {
  token: string;
  /** ms since the epoch, whole seconds, as the token says. */
  expiresAt: number;
  viewer: Pick<Viewer, 'name' | 'role' | 'regions'>;
}

/** Opens a session in the accounts (of `user`, or of no user for a signed token) and signs the token that names it. */
export function sessionIssuer(accounts: Pick<AccountGate, 'openSession'>, key: Uint8Array) {
  return async (user: SignInUser | null, viewer: Omit<Viewer, 'sessionId'>, ttlSeconds: number): Promise<IssuedSession> => {
    const expiresAt = Math.floor(Date.now() / 1000) * 1000 + ttlSeconds * 1000;
    const sessionId = await accounts.openSession({
      username: user?.username ?? null,
      subject: viewer.subject,
      expiresAt: new Date(expiresAt),
    });
    const token = await signToken(key, { ...viewer, sessionId }, ttlSeconds);
    const { name, role, regions } = viewer;
    return { token, expiresAt, viewer: { name, role, regions } };
  };
}

/** The viewer a signed-in user's token stands for. */
export const viewerOf = (user: SignInUser): Omit<Viewer, 'sessionId'> => ({
  subject: user.username,
  name: user.name,
  role: user.role,
  regions: user.regions,
});
