import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SERVICE_UNAVAILABLE } from './errors';

/** What a client is told to wait before trying again; a frozen database is cut in under 5 s. */
const RETRY_AFTER_SECONDS = '5';

/**
 * Answers HTTP 503 (with Retry-After) when an error of the response is SERVICE_UNAVAILABLE, so a
 * load balancer, a monitor or a plain HTTP client sees the outage without reading the body.
 */
export function unavailableStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}
