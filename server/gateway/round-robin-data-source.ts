import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './gateway-context';

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

  // RemoteGraphQLDataSource builds request.http from `url` just before calling this hook, and
  // fetches whatever request.http holds after it: the one place to choose the instance.
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.prepare?.(options);
    const { request } = options;
    if (request.http) request.http = { ...request.http, url: this.nextUrl() };
  }
}
