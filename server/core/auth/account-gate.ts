import type { ErrorText } from '../errors';
import type { Role } from './viewer';

/** Who signs in: what their token will say of them. */
export interface SignInUser {
  username: string;
  name: string;
  role: Role;
  /** Regions a COORDINATOR may edit; empty for every other role. */
  regions: string[];
}

/** What a one-time password link is for, as its page shows it before the password is set. */
export interface PasswordLinkInfo {
  purpose: 'INVITATION' | 'RESET';
  username: string;
  name: string;
  /** ISO instant. */
  expiresAt: string;
}

/** Why a link no longer opens anything, each said to its holder in words. */
export type DeadLink = 'unknown' | 'used' | 'expired' | 'voided';

/**
 * What sign-in, sessions and password links need of the accounts (kept by the accounts
 * subgraph, server/subgraphs/accounts/): the HTTP routes under /auth stay apart from where
 * users are stored.
 */
export interface AccountGate {
  /** Adds the users of a users file the accounts do not have yet (all, or the one named). */
  importUsersFile(file: string, username?: string): Promise<void>;
  /** The active user with this name and password, or undefined, in about the same time either way. */
  checkPassword(username: string, password: string): Promise<SignInUser | undefined>;
  /** Opens a session and returns its id, which the token names; `username` null for a signed token's session. */
  openSession(session: { username: string | null; subject: string; expiresAt: Date }): Promise<string>;
  /** Whether the session is still open: not ended, not expired, and its user (if any) still active. */
  isSessionOpen(id: string): Promise<boolean>;
  endSession(id: string): Promise<void>;
  inspectLink(secret: string): Promise<PasswordLinkInfo | DeadLink>;
  /** Sets the password of the link's user and uses the link up; ends every session the user had. */
  redeemLink(secret: string, password: string, requestId: string): Promise<SignInUser | DeadLink | { problems: ErrorText[] }>;
}
