import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type DocumentNode, type GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import { requestInfo } from '../core/context';
import { formatError } from '../core/errors';
import { CompiledOperations, type OperationRequest } from '../core/execution/compiled-operations';
import { inSubgraphFetch } from '../core/observability/tracing-spans';
import type { Subgraph } from '../core/subgraph';
import type { GatewayContext } from './gateway-context';

const MAX_CACHED_DOCUMENTS = 500;

export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Runs a subgraph inside the gateway's process, its queries compiled by graphql-jit. Each
 * gateway request gets one context per subgraph (so its loaders batch across every fetch of
 * that request), and the subgraph's own error mapper masks internal errors before the
 * gateway sees them.
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly contexts = new WeakMap<object, unknown>();
  private readonly documents = new Map<string, DocumentNode>();
  private readonly mask = formatError();
  private readonly operations: CompiledOperations;

  constructor(private readonly subgraph: Subgraph) {
    this.operations = new CompiledOperations(subgraph.schema);
  }

  process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const query = request.query as string;
    return this.run(
      { document: this.document(query), key: query, operationName: request.operationName, variables: request.variables },
      context,
    );
  }

  /** Runs an operation of this subgraph's schema for a gateway request: the span `subgraph <name>` when tracing. */
  run(operation: Omit<OperationRequest, 'contextValue'>, context: object): Promise<GatewayGraphQLResponse> {
    return inSubgraphFetch(this.subgraph.name, 'in-process', operation.operationName, () => this.execute(operation, context));
  }

  private async execute(operation: Omit<OperationRequest, 'contextValue'>, context: object): Promise<GatewayGraphQLResponse> {
    let subgraphContext = this.contexts.get(context);
    if (!subgraphContext) {
      // Apollo's own fetches (e.g. health checks) come without a request of ours.
      subgraphContext = this.subgraph.createContext((context as Partial<GatewayContext>).request ?? requestInfo({}));
      this.contexts.set(context, subgraphContext);
    }
    let contextValue: unknown;
    try {
      contextValue = await subgraphContext;
    } catch (error) {
      return { errors: [this.mask((error as GraphQLError).toJSON?.() ?? { message: String(error) }, error)] };
    }
    const result = await this.operations.execute({ ...operation, contextValue });
    const errors: GraphQLFormattedError[] | undefined = result.errors?.map((error) => this.mask(error.toJSON(), error));
    return { data: result.data as GatewayGraphQLResponse['data'], ...(errors ? { errors } : {}) };
  }

  /** The gateway sends the same few query texts again and again: parse each once. */
  private document(query: string): DocumentNode {
    let document = this.documents.get(query);
    if (!document) {
      if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear();
      document = parse(query);
      this.documents.set(query, document);
    }
    return document;
  }
}
