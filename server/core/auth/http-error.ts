import { GraphQLError } from 'graphql';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** A refusal raised before execution (e.g. a bad token), sent with the HTTP status it means. */
export function asHttpError(error: unknown): never {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS[error.extensions.code]) {
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: STATUS[error.extensions.code] } } });
  }
  throw error;
}
