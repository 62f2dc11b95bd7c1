import type { GraphQLResponse } from '../../../server/test-support/test-system';

/**
 * An answer as two answers of the same figures compare. The order of errors is no part of it:
 * GraphQL leaves it open, and root fields resolved side by side fail in the order they happen
 * to finish, on either path; errors are compared sorted by path and message. Nor is when the
 * publication was built (publicationStatus.asOf): a write FUNDER and PUBLIC do not see builds
 * it again, with the same figures. Everything else as it came.
 */
export function comparable(answer: GraphQLResponse): GraphQLResponse {
  const key = (error: NonNullable<GraphQLResponse['errors']>[number]) => `${JSON.stringify(error.path ?? [])} ${error.message}`;
  const status = answer.data?.publicationStatus as { asOf?: string } | null | undefined;
  return {
    ...answer,
    ...(status?.asOf && { data: { ...answer.data, publicationStatus: { ...status, asOf: 'when built' } } }),
    ...(answer.errors && { errors: [...answer.errors].sort((a, b) => key(a).localeCompare(key(b))) }),
  };
}
