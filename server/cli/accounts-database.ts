import { userInfo } from 'node:os';
import type { Actor } from '../contract/audit/audit-trail';
import { type Config, loadConfig } from '../core/config';
import { attachDatabaseServer } from '../core/database/database-server';
import { openSubgraphDatabase } from '../core/database/subgraph-data-source';
import { commandLineActor } from '../subgraphs/accounts/account/account-write.service';
import { ACCOUNTS_DATABASE } from '../subgraphs/accounts/accounts.database';
import { type AccountsServices, accountsServices } from '../subgraphs/accounts/accounts.services';

/** Who runs the command, as the audit trail names them. */
function commandActor(): Actor {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // No user name for this uid (a bare container): the trail still says it came from the command line.
  }
  return commandLineActor(who);
}

/**
 * Runs `work` on the accounts, where the server keeps them: DATABASE_URL's database, or the
 * embedded PostgreSQL, that of a running `pnpm start` or one started for the command's time.
 * The accounts schema is brought up to date first, so this works before the server ever ran.
 */
export async function withAccounts<T>(
  env: NodeJS.ProcessEnv,
  work: (services: AccountsServices, actor: Actor, where: string) => Promise<T>,
): Promise<T> {
  const config: Config = loadConfig(env);
  const server = await attachDatabaseServer(config, () => {});
  try {
    const database = await openSubgraphDatabase(ACCOUNTS_DATABASE, server.urlFor('accounts'), {
      timeouts: config.databaseTimeouts,
      parallelWorkers: config.databaseParallelWorkers,
    });
    try {
      return await work(accountsServices(database.dataSource), commandActor(), server.describe());
    } finally {
      await database.dataSource.destroy();
    }
  } finally {
    await server.stop();
  }
}
