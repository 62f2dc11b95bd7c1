import type { SubgraphContext } from '../../core/subgraph';

/** The accounts' resolvers need only who asks: every read is one statement, so there is no loader. */
export type AccountsContext = SubgraphContext;
