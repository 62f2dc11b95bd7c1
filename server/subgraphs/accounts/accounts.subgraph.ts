import type { Access } from '../../core/auth/access';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import { type ExecutionOptions, FAST_PATHS_ON, type Subgraph } from '../../core/subgraph';
import type { AccountsContext } from './accounts.context';
import { buildAccountsSchema } from './accounts.schema';
import { type AccountsServices, accountsServices } from './accounts.services';

/**
 * The people who sign in: users, their one-time password links and their sessions. It runs
 * in the gateway's process (never alone), since sign-in and the session check at every
 * request happen there; its services are returned with it for the gateway's /auth routes.
 */
export async function startAccounts(
  database: SubgraphDatabase,
  access: Access,
  execution: ExecutionOptions = FAST_PATHS_ON,
): Promise<Subgraph<AccountsContext> & { services: AccountsServices }> {
  const services = accountsServices(database.dataSource);
  return {
    name: 'accounts',
    database,
    services,
    schema: await buildAccountsSchema(services, execution),
    createContext: async (request: RequestInfo): Promise<AccountsContext> => ({
      request,
      viewer: await access.authenticate(request.headers),
    }),
  };
}
