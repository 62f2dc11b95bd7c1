import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { Accounts1768300000000 } from './migrations/1768300000000-accounts';

export const ACCOUNTS_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'accounts',
  migrations: [Accounts1768300000000],
};
