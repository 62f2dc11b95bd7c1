import type { GraphQLSchema } from 'graphql';
import type { SubgraphName } from './config';
import type { RequestInfo } from './context';
import type { SubgraphDatabase } from './database/subgraph-data-source';

/** A running subgraph: its schema, and how to make the context of one request. */
export interface Subgraph<Context extends { request: RequestInfo } = { request: RequestInfo }> {
  name: SubgraphName;
  schema: GraphQLSchema;
  database: SubgraphDatabase;
  createContext(request: RequestInfo): Context;
}
