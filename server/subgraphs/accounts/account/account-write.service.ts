import { randomBytes } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import type { DeadLink, PasswordLinkInfo, SignInUser } from '../../../core/auth/account-gate';
import { type NewLocalUser, readUsers, validateNewUser } from '../../../core/auth/local-users';
import { hashPassword, verifyPassword } from '../../../core/auth/password-hash';
import { Role } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { DomainError, ErrorCode, type ErrorText, errorText, staleVersion } from '../../../core/errors';
import { fieldProblem, refusal } from '../../../core/validate-input';
import type { AccountAuditService } from '../audit/account-audit.service';
import type { AccountAction } from '../audit/account-audit-entry';
import {
  hashLinkSecret,
  LINK_PAGE,
  LINK_VALID_HOURS,
  newLinkSecret,
  type PasswordLink,
  type PasswordLinkPurpose,
} from '../link/password-link';
import type { SessionStore } from '../session/session.store';
import { accessFieldProblems, assertAdmin, newUserProblems, passwordProblems, regionsFor } from './account-rules';
import type { UserAccount } from './user-account.entity';
import type { UserAccountService } from './user-account.service';

export interface InviteInput {
  username: string;
  name: string;
  role: Role;
  regions: string[];
}

/** Who changes users from the server's command line, or from the users file, in the audit trail. */
export const commandLineActor = (who: string): Actor => ({
  viewer: { subject: 'pnpm-sira', name: `pnpm sira (${who})`, role: Role.ADMIN, regions: [] },
  request: { requestId: 'command-line' },
});
const USERS_FILE_ACTOR: Actor = {
  viewer: { subject: 'users-file', name: 'USERS_FILE', role: Role.ADMIN, regions: [] },
  request: { requestId: 'users-file' },
};

const notFound = (username: string) => new DomainError(ErrorCode.NOT_FOUND, errorText('noUser', { username }));

interface LockedUser extends UserAccount {
  active: boolean;
  hasPassword: boolean;
}

/**
 * Every change to a user, each in one transaction with its audit entry: invitations and
 * password links (stored as hashes of their secrets), role and regions, deactivation (every
 * session and link of the user ends with it), passwords. ADMIN manages users; a user changes
 * their own password; `pnpm sira user` and the users file act as the server's operator.
 */
/**
 * Wrong current passwords a user may give in 15 minutes when changing theirs: someone holding a
 * stolen session must not guess the password through this form faster than at sign-in.
 */
const WRONG_CURRENT_PASSWORDS = { points: 10, duration: 15 * 60 };

export class AccountWriteService {
  private decoyHash: Promise<string> | undefined;
  private readonly wrongCurrentPasswords = new RateLimiterMemory({ keyPrefix: 'change-password', ...WRONG_CURRENT_PASSWORDS });

  constructor(
    private readonly db: DataSource,
    private readonly users: UserAccountService,
    private readonly sessions: SessionStore,
    private readonly audit: AccountAuditService,
  ) {}

  async invite(actor: Actor, input: InviteInput): Promise<PasswordLink> {
    assertAdmin(actor.viewer, 'invite');
    const username = input.username.trim().toLowerCase();
    const problems = newUserProblems({ ...input, username });
    if (problems.length > 0) throw refusal(problems);
    return writeTransaction(this.db, async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO accounts.user_account (username, name, role, regions) VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO NOTHING RETURNING username`,
        [username, input.name.trim(), input.role, regionsFor(input.role, input.regions)],
      );
      if (inserted.length === 0) {
        throw refusal([fieldProblem('username', errorText('usernameTaken', { username }))]);
      }
      const user = (await this.users.find(username, manager)) as UserAccount;
      await this.record(manager, actor, 'INVITE', username, null, user);
      return this.newLink(manager, actor, user, 'INVITATION');
    });
  }

  /** A new role and regions; the user's sessions end, so their next sign-in carries the new ones. */
  async updateAccess(actor: Actor, username: string, expectedVersion: number, role: Role, regions: string[]): Promise<UserAccount> {
    assertAdmin(actor.viewer, 'changeRole');
    const problems = accessFieldProblems(role, regions);
    if (problems.length > 0) throw refusal(problems);
    return this.change(actor, username, expectedVersion, 'UPDATE_ACCESS', async (manager, user) => {
      if (user.role === Role.ADMIN && role !== Role.ADMIN) await this.keepAnAdmin(manager, user, 'takeAdminRole');
      await manager.query(
        'UPDATE accounts.user_account SET role = $2, regions = $3, version = version + 1, updated_at = now() WHERE username = $1',
        [username, role, regionsFor(role, regions)],
      );
      await this.sessions.endAllOf(manager, username);
    });
  }

  async deactivate(actor: Actor, username: string, expectedVersion: number): Promise<UserAccount> {
    assertAdmin(actor.viewer, 'deactivate');
    return this.change(actor, username, expectedVersion, 'DEACTIVATE', async (manager, user) => {
      if (!user.active) throw new DomainError(ErrorCode.CONFLICT, errorText('deactivatedAlready', { username }));
      if (user.role === Role.ADMIN) await this.keepAnAdmin(manager, user, 'deactivate');
      await this.deactivateIn(manager, username);
    });
  }

  async reactivate(actor: Actor, username: string, expectedVersion: number): Promise<UserAccount> {
    assertAdmin(actor.viewer, 'reactivate');
    return this.change(actor, username, expectedVersion, 'REACTIVATE', async (manager, user) => {
      if (user.active) throw new DomainError(ErrorCode.CONFLICT, errorText('activeAlready', { username }));
      await manager.query('UPDATE accounts.user_account SET active = true, version = version + 1, updated_at = now() WHERE username = $1', [
        username,
      ]);
    });
  }

  /**
   * A new one-time link for the user to set a password: an invitation again for someone who
   * never set one, else a reset. Older links of the user stop working; the current password
   * works until the link is used, so a reset nobody asked for locks no one out.
   */
  async passwordLink(actor: Actor, username: string): Promise<PasswordLink> {
    assertAdmin(actor.viewer, 'passwordLinks');
    return writeTransaction(this.db, async (manager) => {
      const user = await this.lock(manager, username);
      if (!user.active) {
        throw new DomainError(ErrorCode.CONFLICT, errorText('linkForDeactivated', { username }));
      }
      const link = await this.newLink(manager, actor, user, user.hasPassword ? 'RESET' : 'INVITATION');
      await this.record(manager, actor, 'PASSWORD_LINK', username, null, { purpose: link.purpose, expiresAt: link.expiresAt });
      return link;
    });
  }

  /** The signed-in user's own password, the current one required; their other sessions end. */
  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<UserAccount> {
    const username = actor.viewer.subject;
    const [row]: { password_hash: string | null; active: boolean }[] = await this.db.query(
      'SELECT password_hash, active FROM accounts.user_account WHERE username = $1',
      [username],
    );
    if (!row?.password_hash || !row.active || !actor.viewer.sessionId) {
      throw new DomainError(ErrorCode.FORBIDDEN, errorText('passwordChangeNeedsPassword'));
    }
    const wrongSoFar = (await this.wrongCurrentPasswords.get(username))?.consumedPoints ?? 0;
    if (wrongSoFar >= WRONG_CURRENT_PASSWORDS.points) {
      throw refusal([fieldProblem('currentPassword', errorText('tooManyWrongPasswords', { minutes: 15 }))]);
    }
    if (!(await verifyPassword(currentPassword, row.password_hash))) {
      await this.wrongCurrentPasswords.penalty(username, 1);
      throw refusal([fieldProblem('currentPassword', errorText('notCurrentPassword'))]);
    }
    await this.wrongCurrentPasswords.delete(username);
    const problems = passwordProblems(newPassword, 'newPassword');
    if (problems.length > 0) throw refusal(problems);
    const hash = await hashPassword(newPassword);
    return writeTransaction(this.db, async (manager) => {
      await this.lock(manager, username);
      await this.setPassword(manager, username, hash, actor.viewer.sessionId);
      await this.record(manager, actor, 'CHANGE_PASSWORD', username, null, { passwordChanged: true });
      return (await this.users.find(username, manager)) as UserAccount;
    });
  }

  async inspectLink(secret: string): Promise<PasswordLinkInfo | DeadLink> {
    const link = await this.readLink(this.db, secret);
    return typeof link === 'string' ? link : { purpose: link.purpose, username: link.username, name: link.name, expiresAt: link.expiresAt };
  }

  /** Sets the password of the link's user and uses the link up; every session the user had ends. */
  async redeemLink(secret: string, password: string, requestId: string): Promise<SignInUser | DeadLink | { problems: ErrorText[] }> {
    const problems = passwordProblems(password);
    if (problems.length > 0)
      return { problems: problems.map((problem) => errorText('passwordProblem', { problem: problem.text ?? problem.message })) };
    const hash = await hashPassword(password);
    return writeTransaction(this.db, async (manager) => {
      const link = await this.readLink(manager, secret, true);
      if (typeof link === 'string') return link;
      await manager.query('UPDATE accounts.password_link SET used_at = now() WHERE id = $1', [link.id]);
      await this.setPassword(manager, link.username, hash);
      const user = (await this.users.find(link.username, manager)) as UserAccount;
      const actor: Actor = {
        viewer: { subject: user.username, name: user.name, role: user.role, regions: user.regions },
        request: { requestId },
      };
      await this.record(manager, actor, 'SET_PASSWORD', user.username, null, { purpose: link.purpose, passwordSet: true });
      return { username: user.username, name: user.name, role: user.role, regions: user.regions };
    });
  }

  /** The active user with this name and password, or undefined, in about the same time either way. */
  async checkPassword(username: string, password: string): Promise<SignInUser | undefined> {
    const [row]: (SignInUser & { passwordHash: string | null; active: boolean })[] = await this.db.query(
      'SELECT username, name, role, regions, password_hash AS "passwordHash", active FROM accounts.user_account WHERE username = $1',
      [username],
    );
    if (!row?.passwordHash || !row.active) {
      this.decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
      await verifyPassword(password, await this.decoyHash);
      return undefined;
    }
    if (!(await verifyPassword(password, row.passwordHash))) return undefined;
    return { username: row.username, name: row.name, role: row.role, regions: row.regions };
  }

  /** `pnpm sira user add`: a new user, or one replaced whole (name, role, regions, password), active. */
  async addFromCommand(actor: Actor, input: NewLocalUser): Promise<{ user: UserAccount; replaced: boolean }> {
    const problems = validateNewUser(input);
    // `pnpm sira user add` on the server's console: the checks' own words, in English.
    if (problems.length > 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, errorText('untranslated', { text: problems.join(' ') }));
    const hash = await hashPassword(input.password);
    const name = input.name?.trim() || input.username;
    return writeTransaction(this.db, async (manager) => {
      const before = await this.users.find(input.username, manager);
      await manager.query(
        `INSERT INTO accounts.user_account (username, name, role, regions, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO UPDATE SET name = $2, role = $3, regions = $4, password_hash = $5, active = true,
           version = accounts.user_account.version + 1, updated_at = now()`,
        [input.username, name, input.role, regionsFor(input.role, input.regions ?? []), hash],
      );
      if (before) await this.sessions.endAllOf(manager, input.username);
      const user = (await this.users.find(input.username, manager)) as UserAccount;
      await this.record(manager, actor, 'CREATE', input.username, before ?? null, user);
      return { user, replaced: before !== undefined };
    });
  }

  /** `pnpm sira user remove`: deactivated at once (the name stays taken, the audit trail whole); false when unknown or inactive. */
  async removeFromCommand(actor: Actor, username: string): Promise<boolean> {
    return writeTransaction(this.db, async (manager) => {
      const before = await this.users.find(username, manager);
      if (!before || before.status === 'DEACTIVATED') return false;
      await this.deactivateIn(manager, username);
      await this.record(manager, actor, 'DEACTIVATE', username, before, (await this.users.find(username, manager)) ?? null);
      return true;
    });
  }

  /**
   * The users of a users file (`pnpm sira user add` wrote them before users lived here; a
   * deployment may still give its first ADMIN so) that the accounts do not have yet: the file
   * only ever adds, so nothing an ADMIN changed here is undone by it.
   */
  async importUsersFile(file: string, only?: string): Promise<void> {
    const listed = (await readUsers(file)).filter((user) => only === undefined || user.username === only);
    if (listed.length === 0) return;
    const known: { username: string }[] = await this.db.query(
      'SELECT username FROM accounts.user_account WHERE username = ANY($1::text[])',
      [listed.map((user) => user.username)],
    );
    const missing = listed.filter((user) => !known.some((row) => row.username === user.username));
    for (const user of missing) {
      if (validateNewUser({ ...user, password: 'x'.repeat(64) }).length > 0) continue;
      await writeTransaction(this.db, async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO accounts.user_account (username, name, role, regions, password_hash) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (username) DO NOTHING RETURNING username`,
          [user.username, user.name, user.role, regionsFor(user.role, user.regions), user.passwordHash],
        );
        if (inserted.length === 0) return;
        await this.record(
          manager,
          USERS_FILE_ACTOR,
          'IMPORT',
          user.username,
          null,
          (await this.users.find(user.username, manager)) ?? null,
        );
      });
    }
  }

  /** One audited change of a user at the version the ADMIN read; the answer is the user after it. */
  private change(
    actor: Actor,
    username: string,
    expectedVersion: number,
    action: AccountAction,
    work: (manager: EntityManager, user: LockedUser) => Promise<void>,
  ): Promise<UserAccount> {
    return writeTransaction(this.db, async (manager) => {
      const user = await this.lock(manager, username);
      if (user.version !== expectedVersion) throw staleVersion({ kind: 'user', name: username }, user.version);
      await work(manager, user);
      const after = (await this.users.find(username, manager)) as UserAccount;
      const { active: _active, hasPassword: _hasPassword, ...before } = user;
      await this.record(manager, actor, action, username, before, after);
      return after;
    });
  }

  /** The user, locked for the transaction; NOT_FOUND when there is none. */
  private async lock(manager: EntityManager, username: string): Promise<LockedUser> {
    const [row]: { active: boolean; hasPassword: boolean }[] = await manager.query(
      'SELECT active, password_hash IS NOT NULL AS "hasPassword" FROM accounts.user_account WHERE username = $1 FOR UPDATE',
      [username],
    );
    if (!row) throw notFound(username);
    return { ...((await this.users.find(username, manager)) as UserAccount), ...row };
  }

  /** Refuses a change that would leave no active ADMIN to manage users (two ADMINs acting at once wait for each other). */
  private async keepAnAdmin(manager: EntityManager, user: LockedUser, change: 'takeAdminRole' | 'deactivate'): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('sira-accounts-admins'))");
    const [{ others }] = await manager.query(
      "SELECT count(*)::int AS others FROM accounts.user_account WHERE role = 'ADMIN' AND active AND username <> $1",
      [user.username],
    );
    if (others === 0 && user.active) {
      throw new DomainError(ErrorCode.CONFLICT, errorText('lastAdmin', { change, username: user.username }));
    }
  }

  private async deactivateIn(manager: EntityManager, username: string): Promise<void> {
    await manager.query('UPDATE accounts.user_account SET active = false, version = version + 1, updated_at = now() WHERE username = $1', [
      username,
    ]);
    await manager.query(
      'UPDATE accounts.password_link SET voided_at = now() WHERE username = $1 AND used_at IS NULL AND voided_at IS NULL',
      [username],
    );
    await this.sessions.endAllOf(manager, username);
  }

  private async setPassword(manager: EntityManager, username: string, hash: string, keepSession?: string): Promise<void> {
    await manager.query(
      'UPDATE accounts.user_account SET password_hash = $2, version = version + 1, updated_at = now() WHERE username = $1',
      [username, hash],
    );
    await this.sessions.endAllOf(manager, username, keepSession);
  }

  private async newLink(manager: EntityManager, actor: Actor, user: UserAccount, purpose: PasswordLinkPurpose): Promise<PasswordLink> {
    await manager.query(
      'UPDATE accounts.password_link SET voided_at = now() WHERE username = $1 AND used_at IS NULL AND voided_at IS NULL',
      [user.username],
    );
    const secret = newLinkSecret();
    const [{ expiresAt }] = await manager.query(
      `INSERT INTO accounts.password_link (secret_hash, username, purpose, created_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
       RETURNING to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt"`,
      [hashLinkSecret(secret), user.username, purpose, actor.viewer.subject, LINK_VALID_HOURS],
    );
    return { purpose, path: `${LINK_PAGE}#${secret}`, expiresAt, user };
  }

  /** The link a secret opens, with its user, or why it opens nothing; locked when `forUpdate`. */
  private async readLink(manager: EntityManager | DataSource, secret: string, forUpdate = false) {
    const [link]: {
      id: string;
      purpose: PasswordLinkPurpose;
      username: string;
      name: string;
      expiresAt: string;
      used: boolean;
      voided: boolean;
      expired: boolean;
    }[] = await manager.query(
      `SELECT l.id, l.purpose, l.username, u.name,
              to_char(l.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "expiresAt",
              l.used_at IS NOT NULL AS used, (l.voided_at IS NOT NULL OR NOT u.active) AS voided, l.expires_at <= now() AS expired
         FROM accounts.password_link l JOIN accounts.user_account u ON u.username = l.username
        WHERE l.secret_hash = $1 ${forUpdate ? 'FOR UPDATE OF l, u' : ''}`,
      [hashLinkSecret(secret)],
    );
    if (!link) return 'unknown' as const;
    if (link.used) return 'used' as const;
    if (link.voided) return 'voided' as const;
    if (link.expired) return 'expired' as const;
    return link;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: AccountAction,
    username: string,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(manager, { actor, action, username, before, after });
  }
}
