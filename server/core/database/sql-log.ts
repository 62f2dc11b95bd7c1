import type { Logger } from 'typeorm';
import { logger } from '../observability/logger';

export type QueryListener = (sql: string) => void;

/**
 * TypeORM logger of one subgraph: prints SQL when asked (LOG_SQL) and lets a caller watch
 * every statement, which is how the tests and the benchmark count queries per request.
 */
export class SqlLog implements Logger {
  private readonly listeners = new Set<QueryListener>();

  constructor(
    private readonly subgraph: string,
    private readonly print: boolean,
  ) {}

  watch(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logQuery(query: string): void {
    for (const listener of this.listeners) listener(query);
    if (this.print) logger.info({ component: 'sql', subgraph: this.subgraph, sql: query }, 'SQL statement');
  }
  // The values bound to a statement are never logged: they may be a person's name or address.
  logQueryError(error: string | Error, query: string): void {
    logger.error({ component: 'sql', subgraph: this.subgraph, sql: query, err: error }, 'SQL statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ component: 'sql', subgraph: this.subgraph, sql: query, durationMs: time }, 'Slow SQL statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.print) logger.info({ component: 'migration', subgraph: this.subgraph }, message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn({ component: 'typeorm', subgraph: this.subgraph }, String(message));
  }
}
