import type { GraphQLResponse } from '../../../server/test-support/test-system';

/**
 * The order of errors is no part of an answer: GraphQL leaves it open, and root fields resolved
 * side by side fail in the order they happen to finish, on either path. Errors are compared
 * sorted by path and message; everything else as it came.
 */
export function comparable(answer: GraphQLResponse): GraphQLResponse {
  if (!answer.errors) return answer;
  const key = (error: NonNullable<GraphQLResponse['errors']>[number]) => `${JSON.stringify(error.path ?? [])} ${error.message}`;
  return { ...answer, errors: [...answer.errors].sort((a, b) => key(a).localeCompare(key(b))) };
}
