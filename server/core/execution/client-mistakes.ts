import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, getVariableValues, OperationTypeNode } from 'graphql';
import { ErrorCode, type ErrorText, errorText, LocalizedError } from '../errors';

/** Variable errors reported at once: enough to fix a request, too few to make a large answer. */
const MAX_VARIABLE_ERRORS = 5;

const refusal = (text: ErrorText | string, code: string) => {
  const options = { extensions: { code, http: { status: 400 } } };
  return typeof text === 'string' ? new GraphQLError(text, options) : new LocalizedError(text, options);
};

/**
 * Refuses, with HTTP 400 and a code, what graphql-js would otherwise discover only while
 * executing: a document whose operation cannot be chosen, a subscription (this API has none),
 * and variables that do not fit their declared types. Apollo checks these itself only when it
 * executes with graphql-js; behind a gateway or graphql-jit, the executor finds them and they
 * came back as internal errors or HTTP 500. Running first, before the operation limits and the
 * response cache, the checks also keep a malformed request from reaching either.
 */
export function clientMistakesPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) {
            throw refusal(
              request.operationName ? errorText('noOperationNamed', { name: request.operationName }) : errorText('severalOperations'),
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw refusal(errorText('noSubscriptions'), 'BAD_REQUEST');
          }
          if (!operation.variableDefinitions?.length) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, {
            maxErrors: MAX_VARIABLE_ERRORS,
          });
          // graphql-js says what is wrong with a variable, in English.
          if (coerced.errors) throw refusal(coerced.errors.map((error) => error.message).join(' '), ErrorCode.BAD_USER_INPUT);
        },
      };
    },
  };
}
