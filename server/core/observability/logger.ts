import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { currentRequestId } from '../request-scope';

/** The levels LOG_LEVEL takes, from the most said to nothing at all. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * An error as a log line carries it: its type, message and stack, and each `cause` (and a
 * TypeORM error's driverError) the same way, never `[object Object]`. The values bound to a
 * failed statement (TypeORM's `parameters`) are left out: they may be a person's name or address.
 */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.errWithCause(error as Error) as unknown;
  const withoutParameters = (value: unknown, depth: number): void => {
    if (depth > 5 || value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    delete record.parameters;
    for (const key of ['cause', 'driverError', 'originalError']) withoutParameters(record[key], depth + 1);
  };
  withoutParameters(serialized, 0);
  return serialized;
}

/**
 * Where the lines go: stdout unless a test asks for its own stream. One stable object, so
 * the logger every module imported at load time writes to whatever is chosen later.
 */
const output = {
  target: pino.destination({ dest: 1, sync: true }) as DestinationStream,
  write(line: string) {
    this.target.write(line);
  },
};

/**
 * The server's one logger: a JSON line per event (pino), naming the request it was written
 * during (`requestId`, the X-Request-Id sent back to the client) and, for an error, its cause
 * under `err`. Modules say which part of the server speaks with a `component` field.
 */
export const logger: Logger = pino(
  {
    level: 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    mixin() {
      const requestId = currentRequestId();
      // With tracing on, the trace a line was written in, to go from a log line to its trace.
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      return { ...(requestId && { requestId }), ...(traceId && { traceId }) };
    },
  },
  output,
);

/** Applies LOG_LEVEL; lines below it are not even formatted. */
export function setLogLevel(level: LogLevel): void {
  logger.level = level;
}

/**
 * Sends the log lines to `destination` (a test reads what a request logged) until the
 * returned function puts stdout back. The level is set with it, and restored after.
 */
export function sendLogsTo(destination: DestinationStream, level: Level = 'info'): () => void {
  const previous = { target: output.target, level: logger.level };
  output.target = destination;
  logger.level = level;
  return () => {
    output.target = previous.target;
    logger.level = previous.level;
  };
}
