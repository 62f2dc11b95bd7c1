import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { SERVICE_UNAVAILABLE } from '../core/errors';
import type { GatewayContext } from './gateway-context';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * A subgraph served by several instances, asked in turn: one fetch to the first URL, the next
 * to the second, and so on. Behind a load balancer (a Kubernetes Service) one URL is enough.
 *
 * Connections are already kept alive: RemoteGraphQLDataSource fetches with make-fetch-happen,
 * whose agent (@npmcli/agent) sets keepAlive unless told otherwise, one pool per origin.
 */
export class RoundRobinDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private turn = 0;

  constructor(
    private readonly urls: readonly string[],
    /** Runs before each fetch, e.g. to forward headers of the incoming request. */
    private readonly prepare?: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => void,
  ) {
    if (urls.length === 0) throw new Error('RoundRobinDataSource needs at least one URL.');
    super({ url: urls[0] });
  }

  /** The URL the next fetch goes to. */
  nextUrl(): string {
    const url = this.urls[this.turn] as string;
    this.turn = (this.turn + 1) % this.urls.length;
    return url;
  }

  /**
   * A subgraph whose database did not answer says so with 503 and a SERVICE_UNAVAILABLE error;
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
    return super.errorFromResponse(response);
  }

  // RemoteGraphQLDataSource builds request.http from `url` just before calling this hook, and
  // fetches whatever request.http holds after it: the one place to choose the instance.
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.prepare?.(options);
    const { request } = options;
    if (request.http) request.http = { ...request.http, url: this.nextUrl() };
  }
}
