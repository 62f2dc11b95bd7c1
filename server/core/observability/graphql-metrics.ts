import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isKnownErrorCode } from '../errors';
import { graphqlDuration, graphqlErrors, graphqlOperations } from './metrics';
import { INVALID_OPERATION, OperationNames } from './operation-names';

/** The code an error is counted under: its own when the server knows it, else OTHER (a label a client cannot choose). */
const codeLabel = (code: unknown) => (isKnownErrorCode(code) ? code : 'OTHER');

/** Counts an error answered without reaching Apollo (the gateway's operation limits on the body). */
export function countGraphqlError(error: { extensions?: { code?: unknown } }): void {
  graphqlErrors.inc({ code: codeLabel(error.extensions?.code) });
}

/**
 * Counts and times every GraphQL operation Apollo answers, by its name and type, and counts
 * the errors of its answer by code. A cached answer is counted and timed like a computed one.
 */
export function graphqlMetricsPlugin<Context extends BaseContext>(names = new OperationNames()): ApolloServerPlugin<Context> {
  return {
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
