import { GraphQLError } from 'graphql';
import { LocalizedError } from '../errors';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** A refusal raised before execution (e.g. a bad token), sent with the HTTP status it means. */
export function asHttpError(error: unknown): never {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS[error.extensions.code]) {
    const options = { extensions: { ...error.extensions, http: { status: STATUS[error.extensions.code] } } };
    throw error instanceof LocalizedError ? new LocalizedError(error.text, options) : new GraphQLError(error.message, options);
  }
  throw error;
}
