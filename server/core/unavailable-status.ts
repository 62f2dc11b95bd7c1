import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SERVICE_UNAVAILABLE } from './errors';

/** What a client is told to wait before trying again; a frozen database is cut in under 5 s. */
const RETRY_AFTER_SECONDS = '5';

/**
 * Answers HTTP 503 (with Retry-After) when an error of the response is SERVICE_UNAVAILABLE and
 * nothing of the query could be answered, so a load balancer, a monitor or a plain HTTP client
 * sees the outage without reading the body. A partial answer (one subgraph down, the others'
 * fields there) stays 200: GraphQL clients read data and errors from a 200, and many drop the
 * body of a 5xx.
 */
export function unavailableStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
          if (answeredAnything(data)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}

/** Some root field holds a value: the query was partly answered. */
function answeredAnything(data: Record<string, unknown> | null | undefined): boolean {
  return !!data && Object.values(data).some((value) => value !== null && value !== undefined);
}
