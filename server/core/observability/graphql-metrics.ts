import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isUnavailableError } from '../database/unavailable-errors';
import { isKnownErrorCode, SERVICE_UNAVAILABLE } from '../errors';
import { graphqlDuration, graphqlErrors, graphqlOperations } from './metrics';
import { INVALID_OPERATION, OperationNames } from './operation-names';

/** The code an error is counted under: its own when the server knows it, else OTHER (a label a client cannot choose). */
const codeLabel = (code: unknown) => (isKnownErrorCode(code) ? code : 'OTHER');

/** Counts an error answered without reaching Apollo (the gateway's operation limits on the body). */
export function countGraphqlError(error: { extensions?: { code?: unknown } }): void {
  graphqlErrors.inc({ code: codeLabel(error.extensions?.code) });
}

/** The code a request refused before it started (its context, e.g. a bad token) is answered with. */
function refusalCode(error: Error): string {
  if (error instanceof GraphQLError && isKnownErrorCode(error.extensions.code)) return error.extensions.code;
  return isUnavailableError(error) ? SERVICE_UNAVAILABLE : 'INTERNAL_SERVER_ERROR';
}

/**
 * Counts and times every GraphQL operation Apollo answers, by its name and type, and counts
 * the errors of its answer by code. A cached answer is counted and timed like a computed one.
 * A request refused before it starts (no valid token, a malformed request) counts as an error.
 */
export function graphqlMetricsPlugin<Context extends BaseContext>(names = new OperationNames()): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      countGraphqlError({ extensions: { code: refusalCode(error) } });
    },
    async invalidRequestWasReceived() {
      countGraphqlError({ extensions: { code: 'BAD_REQUEST' } });
    },
    async requestDidStart() {
      const stop = graphqlDuration.startTimer();
      let labels = { operation: INVALID_OPERATION, type: 'unknown' };
      return {
        async didResolveOperation({ operation }) {
          if (operation) labels = { operation: names.labelOf(operation.name?.value), type: operation.operation };
        },
        async willSendResponse({ response }) {
          stop(labels);
          graphqlOperations.inc(labels);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) countGraphqlError(error);
        },
      };
    },
  };
}
