import { buildFederatedSchema } from '../../core/federation';
import { type ExecutionOptions, FAST_PATHS_ON } from '../../core/subgraph';
import { AccountMutations } from './account/account.mutations';
import { AccountResolver } from './account/account.resolver';
import type { AccountsServices } from './accounts.services';

/** Every resolver of accounts, the one list of them: the schema's classes are read from it. */
export function accountsResolvers(services: AccountsServices): object[] {
  return [new AccountResolver(services.userAccounts, services.accountAudit), new AccountMutations(services.accountWrites)];
}

export function buildAccountsSchema(services: AccountsServices, execution: ExecutionOptions = FAST_PATHS_ON) {
  return buildFederatedSchema({ resolvers: accountsResolvers(services) }, {}, execution);
}
