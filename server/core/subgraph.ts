import type { GraphQLSchema } from 'graphql';
import type { Viewer } from './auth/viewer';
import type { SubgraphName } from './config';
import type { RequestInfo } from './context';
import type { SubgraphDatabase } from './database/subgraph-data-source';

/** How a subgraph's schema executes; EXECUTION_FAST_PATHS (core/config.ts). */
export interface ExecutionOptions {
  /** Plain fields read inline by graphql-jit instead of through type-graphql's resolvers (plain-field-resolvers.ts). */
  fastPaths: boolean;
}

/** What runs unless EXECUTION_FAST_PATHS=off: what the benchmarks measured. */
export const FAST_PATHS_ON: ExecutionOptions = { fastPaths: true };

export interface SubgraphContext {
  request: RequestInfo;
  viewer: Viewer;
}

/** A running subgraph: its schema, and how to make the context of one request. */
export interface Subgraph<Context extends SubgraphContext = SubgraphContext> {
  name: SubgraphName;
  schema: GraphQLSchema;
  database: SubgraphDatabase;
  /** Authenticates the request (UNAUTHENTICATED on a bad token) and makes its context. */
  createContext(request: RequestInfo): Promise<Context>;
  /**
   * Calls `listener` when answers given before may be out of date with no write to say so (a
   * cache of them must start again): engagement's publication replacing one it answered from
   * while building it. Absent where nothing but writes changes an answer.
   */
  onAnswersOutdated?(listener: () => Promise<void>): void;
}
