/**
 * Errors that say the database (or a service a request needs) cannot answer now, not that the
 * request or the code is wrong: the client should try again, so they are not masked as internal.
 */

/** SQLSTATEs: statement_timeout (and other cancellations), shutdown, starting up, no free connection, idle-in-transaction timeout. */
const SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '25P03']);
/** Class 08, connection exception. */
const SQLSTATE_CLASSES = ['08'];
/** Node's network errors, and ours for a server that stopped answering (responsive-client.ts). */
const SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'DATABASE_UNRESPONSIVE',
]);
/** pg and pg-pool raise these without a code. */
const PG_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
  'timeout expired',
  'Query read timeout',
]);

interface Wrapped {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** Looks through the wrappers GraphQL, TypeORM and Node put around the error (originalError, driverError, cause, AggregateError). */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 6) return false;
  const { code, message, originalError, driverError, cause, errors } = error as Wrapped;
  if (typeof code === 'string') {
    if (SQLSTATES.has(code) || SYSTEM_CODES.has(code)) return true;
    if (code.length === 5 && SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  if (typeof message === 'string' && PG_MESSAGES.has(message)) return true;
  const inner = [originalError, driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((wrapped) => wrapped !== error && isUnavailableError(wrapped, depth + 1));
}
