import { operationFromDocument, type Supergraph } from '@apollo/federation-internals';
import type { ApolloGateway } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { GatewayContext } from './gateway-context';
import type { InProcessDataSource } from './in-process-data-source';

type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

const MAX_REMEMBERED_OPERATIONS = 500;

/** Where an operation can go straight to: an in-process subgraph that answers all of it alone. */
interface Shortcut {
  serviceName: string;
  dataSource: InProcessDataSource;
}

/**
 * Sends an operation that one in-process subgraph answers alone straight to that subgraph.
 *
 * The dashboard's analytics are such operations: their query plan is a single fetch. Apollo
 * Gateway would still hand the subgraph a rewritten copy of the operation and then walk the
 * whole answer again to shape the response, which for a 13,000-row answer costs more than
 * resolving it. When the plan is one fetch, with nothing required from another subgraph, the
 * client's own operation is valid on that subgraph's schema and its answer is the response,
 * so the subgraph runs it directly. Every other operation (several subgraphs, a subgraph
 * over HTTP, introspection) goes through the gateway as before. Parsing, validation against
 * the supergraph, the operation limits and the response cache all run before either path.
 */
export class SingleSubgraphShortcut implements GatewayInterface {
  private readonly planner: QueryPlanner;
  private readonly shortcuts = new Map<string, Shortcut | null>();

  constructor(
    private readonly gateway: ApolloGateway,
    /** The supergraph the gateway runs (Supergraph.build of the same SDL). */
    private readonly supergraph: Supergraph,
    private readonly inProcess: ReadonlyMap<string, InProcessDataSource>,
  ) {
    this.planner = new QueryPlanner(supergraph);
  }

  onSchemaLoadOrUpdate(listener: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.gateway.onSchemaLoadOrUpdate(listener);
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    const loaded = await this.gateway.load(options);
    const viaGateway = loaded.executor as Executor;
    const executor: Executor = async (requestContext) => {
      const shortcut = this.shortcutFor(requestContext);
      if (!shortcut) return viaGateway(requestContext);
      const { request, document, queryHash } = requestContext;
      const answer = await shortcut.dataSource.run(
        { document, key: queryHash, operationName: request.operationName, variables: request.variables },
        requestContext.context,
      );
      return {
        data: answer.data,
        // As the gateway reports a subgraph's errors: its code (or DOWNSTREAM_SERVICE_ERROR) and its name.
        errors: answer.errors?.map(
          (error) =>
            new GraphQLError(error.message, {
              path: error.path,
              extensions: {
                ...error.extensions,
                code: error.extensions?.code ?? 'DOWNSTREAM_SERVICE_ERROR',
                serviceName: shortcut.serviceName,
              },
            }),
        ),
      };
    };
    return { ...loaded, executor };
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }

  /** Planned once per operation, as the gateway plans it; an operation it cannot plan takes the gateway's path and error. */
  private shortcutFor({ request, document, queryHash }: RequestContext): Shortcut | null {
    const key = `${request.operationName ?? ''}\n${queryHash}`;
    let shortcut = this.shortcuts.get(key);
    if (shortcut === undefined) {
      let serviceName: string | null = null;
      try {
        serviceName = this.subgraphAnswering(document, request.operationName);
      } catch {
        // Left to the gateway, which reports why it cannot plan the operation.
      }
      const dataSource = serviceName ? this.inProcess.get(serviceName) : undefined;
      shortcut = serviceName && dataSource ? { serviceName, dataSource } : null;
      if (this.shortcuts.size >= MAX_REMEMBERED_OPERATIONS) this.shortcuts.clear();
      this.shortcuts.set(key, shortcut);
    }
    return shortcut;
  }

  /**
   * The in-process subgraph that answers an operation alone, or null: the gateway's own
   * planner decides, so the shortcut never disagrees with the plan it replaces.
   */
  subgraphAnswering(document: DocumentNode, operationName?: string | null): string | null {
    if (asksForIntrospection(document)) return null;
    const operation = operationFromDocument(this.supergraph.apiSchema(), document, { operationName: operationName ?? undefined });
    const { node } = this.planner.buildQueryPlan(operation);
    if (node?.kind !== 'Fetch' || node.operationKind !== 'query') return null;
    if (node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
    return this.inProcess.has(node.serviceName) ? node.serviceName : null;
  }
}

/** __schema and __type are answered by the gateway from the supergraph, never by a subgraph. */
function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
