import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { isUnavailableError } from '../core/database/unavailable-errors';
import { errorText, LocalizedError, SERVICE_UNAVAILABLE } from '../core/errors';
import { announceOutgoingRequest, inSubgraphFetch } from '../core/observability/tracing-spans';
import { boundedFetcher } from './bounded-fetcher';
import type { GatewayContext } from './gateway-context';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** Statuses a proxy or load balancer answers for a service behind it that is down or hung. */
const PROXY_GAVE_UP = new Set([502, 503, 504]);

export interface RemoteSubgraph {
  /** The subgraph's name, which errors show; never its address. */
  name: string;
  /** Where its instances answer, asked in turn. */
  urls: readonly string[];
  /** The longest a query's fetch may wait for an answer (mutations are not cut: bounded-fetcher.ts). */
  timeoutMs: number;
  /** Runs before each fetch, e.g. to forward headers of the incoming request. */
  prepare?: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => void;
}

/**
 * A subgraph served by several instances, asked in turn: one fetch to the first URL, the next
 * to the second, and so on. Behind a load balancer (a Kubernetes Service) one URL is enough.
 *
 * Connections are already kept alive: RemoteGraphQLDataSource fetches with make-fetch-happen,
 * whose agent (@npmcli/agent) sets keepAlive unless told otherwise, one pool per origin.
 *
 * A subgraph that does not answer (refused, reset, unreachable, past the timeout) fails only its
 * fetches: each answers SERVICE_UNAVAILABLE naming the subgraph, and the gateway's plan goes on,
 * so the other subgraphs' fields are answered. Nothing is remembered: the next fetch tries again,
 * so a subgraph that comes back is used at once.
 */
export class RoundRobinDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private turn = 0;
  private readonly subgraph: RemoteSubgraph;

  constructor(subgraph: RemoteSubgraph) {
    if (subgraph.urls.length === 0) throw new Error('RoundRobinDataSource needs at least one URL.');
    super({ url: subgraph.urls[0] });
    this.subgraph = subgraph;
    this.fetcher = boundedFetcher(this.fetcher, subgraph.timeoutMs);
  }

  /** The URL the next fetch goes to. */
  nextUrl(): string {
    const url = this.subgraph.urls[this.turn] as string;
    this.turn = (this.turn + 1) % this.subgraph.urls.length;
    return url;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      // The span `subgraph <name>` when tracing; willSendRequest puts its traceparent on the request.
      return await inSubgraphFetch(this.subgraph.name, 'http', options.request.operationName, () => super.process(options));
    } catch (error) {
      if (!isUnavailableError(error)) throw error;
      // Answered rather than thrown, so the error goes on like any a subgraph sends (with its serviceName).
      return { errors: [this.notAnswering()] };
    }
  }

  /**
   * A subgraph whose database did not answer says so with 503 and a SERVICE_UNAVAILABLE error,
   * passed on as it is; a proxy's 502, 503 or 504 means the subgraph behind it is not answering.
   * Apollo would turn any non-2xx answer into an error without a code, which the gateway masks.
   */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    if (response.status === 503) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { errors?: { message?: string; extensions?: { code?: unknown } }[] } | undefined;
      const unavailable = body?.errors?.find((error) => error.extensions?.code === SERVICE_UNAVAILABLE);
      if (unavailable)
        return new GraphQLError(unavailable.message ?? 'Temporarily unavailable.', { extensions: { code: SERVICE_UNAVAILABLE } });
    }
    if (PROXY_GAVE_UP.has(response.status)) return this.notAnswering();
    return super.errorFromResponse(response);
  }

  // RemoteGraphQLDataSource builds request.http from `url` just before calling this hook, and
  // fetches whatever request.http holds after it: the one place to choose the instance.
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.subgraph.prepare?.(options);
    const { request } = options;
    if (!request.http) return;
    request.http = { ...request.http, url: this.nextUrl() };
    announceOutgoingRequest(request.http.url, request.http.headers);
  }

  private notAnswering(): GraphQLError {
    return new LocalizedError(errorText('serviceNotAnswering', { service: this.subgraph.name }), {
      extensions: { code: SERVICE_UNAVAILABLE },
    });
  }
}
