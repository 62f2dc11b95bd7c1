import type { DataSource } from 'typeorm';
import type { AccountGate } from '../../core/auth/account-gate';
import { AccountWriteService } from './account/account-write.service';
import { UserAccountService } from './account/user-account.service';
import { AccountAuditService } from './audit/account-audit.service';
import { SessionStore } from './session/session.store';

/** What the accounts' resolvers, the gateway's sign-in and `pnpm sira user` are made from, once at start. */
export function accountsServices(dataSource: DataSource) {
  const userAccounts = new UserAccountService(dataSource);
  const sessions = new SessionStore(dataSource);
  const accountAudit = new AccountAuditService(dataSource);
  const accountWrites = new AccountWriteService(dataSource, userAccounts, sessions, accountAudit);
  const gate: AccountGate = {
    importUsersFile: (file, username) => accountWrites.importUsersFile(file, username),
    checkPassword: (username, password) => accountWrites.checkPassword(username, password),
    openSession: (session) => sessions.open(session),
    isSessionOpen: (id) => sessions.isOpen(id),
    endSession: (id) => sessions.end(id),
    inspectLink: (secret) => accountWrites.inspectLink(secret),
    redeemLink: (secret, password, requestId) => accountWrites.redeemLink(secret, password, requestId),
  };
  return { userAccounts, sessions, accountAudit, accountWrites, gate };
}

export type AccountsServices = ReturnType<typeof accountsServices>;
