import { randomUUID } from 'node:crypto';
import type { GraphQLErrorOptions, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { type ErrorText, errorMessageIn, errorText, type RecordName } from '../contract/error-messages';
import { isUnavailableError } from './database/unavailable-errors';
import { type EnumValue, enumOf } from './enum-values';
import { logger } from './observability/logger';
import { currentLanguage } from './request-language';

export {
  type ErrorMessageKey,
  type ErrorText,
  errorMessageIn,
  errorText,
  errorTexts,
  type RecordKind,
  type RecordName,
} from '../contract/error-messages';

/** The codes a client can act on; every refusal the API makes carries one of them. */
export const ErrorCode = enumOf(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
export type ErrorCode = EnumValue<typeof ErrorCode>;

/**
 * An error whose message is a text of the catalogue (contract/error-messages/): its `message` is
 * the English one, and formatError says it in the language the request asked for.
 */
export class LocalizedError extends GraphQLError {
  constructor(
    readonly text: ErrorText,
    options?: GraphQLErrorOptions,
  ) {
    super(errorMessageIn(text), options);
  }
}

/** An expected refusal, raised by services; its message tells the client what to fix, in the client's language. */
export class DomainError extends LocalizedError {
  constructor(
    readonly code: ErrorCode,
    text: ErrorText,
    details: Record<string, unknown> = {},
  ) {
    super(text, { extensions: { code, ...details } });
  }
}

export const badInput = (text: ErrorText, details?: Record<string, unknown>) => new DomainError(ErrorCode.BAD_USER_INPUT, text, details);

/**
 * An update or deletion that quoted an older version than the record has: refused rather
 * than overwriting someone's change unseen. `what` names the record ("this roundtable", "the user ana").
 */
export const staleVersion = (what: RecordName, currentVersion: number) =>
  new DomainError(ErrorCode.CONFLICT, errorText('staleVersion', { kind: what.kind, name: what.name ?? '', currentVersion }), {
    currentVersion,
  });

/** The catalogue text an error (or the error it wraps) was made from, if any. */
export function localizedTextOf(error: unknown): ErrorText | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause instanceof LocalizedError) return cause.text;
    cause = (cause as GraphQLError).originalError;
  }
  return undefined;
}

/** An error's message in the language of the request being answered: its catalogue text's, else the message it has. */
export const messageFor = (error: unknown, message: string): string => {
  const text = localizedTextOf(error);
  return text ? errorMessageIn(text, currentLanguage()) : message;
};

/** Codes that GraphQL itself or Apollo produce for a malformed request: safe to pass through. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's refusal of an operation over its depth, alias, cost or size limit (gateway/operation-limits.ts).
  'QUERY_TOO_COMPLEX',
  // A subgraph's database did not answer in time (below): the gateway passes it on as the subgraph said it.
  'SERVICE_UNAVAILABLE',
]);

/** The database, or a service the request needs, did not answer in time: worth trying again, answered with HTTP 503. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

/** A code this server gives errors (what metrics count errors by; any other is counted as one). */
export const isKnownErrorCode = (code: unknown): code is string =>
  typeof code === 'string' && (CLIENT_CODES.has(code) || code === INTERNAL_SERVER_ERROR);

/** A 4xx that Apollo raised without a code, e.g. for a malformed persisted query: the client's mistake. */
function clientStatusOf(error: unknown): number | undefined {
  const status = (error as GraphQLError | undefined)?.extensions?.http as { status?: unknown } | undefined;
  return typeof status?.status === 'number' && status.status >= 400 && status.status < 500 ? status.status : undefined;
}

/**
 * The one mapper from errors to what a client sees: known codes pass with their message;
 * a database that did not answer in time is SERVICE_UNAVAILABLE, logged with an id; anything
 * else is logged with an id and returned masked, so no stack or SQL leaks out. Log lines name
 * the request (X-Request-Id) they belong to, and carry the error with its stack and causes.
 */
export function formatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: messageFor(error, formatted.message), extensions };
    }
    // A subgraph's internal error, already masked and logged with its id there: passed on as it is.
    if (code === INTERNAL_SERVER_ERROR && typeof formatted.extensions?.errorId === 'string') {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, errorId: formatted.extensions.errorId },
      };
    }
    if (code === undefined && clientStatusOf(error)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
    }
    const errorId = randomUUID();
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (isUnavailableError(error)) {
      logger.warn({ component: 'graphql', errorId, code: SERVICE_UNAVAILABLE, err: original }, 'A database did not answer in time');
      return {
        message: errorMessageIn(errorText('databaseUnavailable'), currentLanguage()),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE, errorId },
      };
    }
    logger.error({ component: 'graphql', errorId, code: INTERNAL_SERVER_ERROR, err: original }, 'Unexpected error, masked for the client');
    return {
      message: errorMessageIn(errorText('internalError', { errorId }), currentLanguage()),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: INTERNAL_SERVER_ERROR, errorId },
    };
  };
}
