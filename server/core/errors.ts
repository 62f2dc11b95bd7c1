import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isUnavailableError } from './database/unavailable-errors';

/** The codes a client can act on; every refusal the API makes carries one of them. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

/** An expected refusal, raised by services; its message tells the client what to fix. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError(ErrorCode.BAD_USER_INPUT, message, details);

/**
 * An update or deletion that quoted an older version than the record has: refused rather
 * than overwriting someone's change unseen. `what` names the record, e.g. "this roundtable".
 */
export const staleVersion = (what: string, currentVersion: number) =>
  new DomainError(
    ErrorCode.CONFLICT,
    `Someone else changed ${what} since you opened it (it is now at version ${currentVersion}). Reload it, then make your change again.`,
    { currentVersion },
  );

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
const UNAVAILABLE_MESSAGE = 'Temporarily unavailable: the database did not answer in time. Try again in a few seconds.';

type Log = (line: string) => void;

/**
 * The one mapper from errors to what a client sees: known codes pass with their message;
 * a database that did not answer in time is SERVICE_UNAVAILABLE, logged with an id; anything
 * else is logged with an id and returned masked, so no stack or SQL leaks out.
 */
export function formatError(log: Log = (line) => console.error(line)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (isUnavailableError(error)) {
      log(`[unavailable ${errorId}] ${original instanceof Error ? original.message : String(original)}`);
      return {
        message: UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE, errorId },
      };
    }
    log(`[error ${errorId}] ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return {
      message: `Internal error; quote ${errorId} when reporting it.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
