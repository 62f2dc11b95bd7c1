import type { Level } from 'pino';
import { sendLogsTo } from '../core/observability/logger';

/** One JSON log line as the server wrote it. */
export type LogLine = Record<string, unknown> & { level: string; msg: string; requestId?: string; err?: Record<string, unknown> };

/**
 * Collects the server's log lines, parsed, instead of printing them, until `stop()`: what a
 * test reads is exactly what an operator's collector would receive.
 */
export function captureLogs(level: Level = 'info') {
  const lines: LogLine[] = [];
  const stop = sendLogsTo({ write: (line: string) => void lines.push(JSON.parse(line) as LogLine) }, level);
  return { lines, stop };
}
