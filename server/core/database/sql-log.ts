import type { Logger } from 'typeorm';

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
    if (this.print) console.log(`[sql ${this.subgraph}] ${query}`);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`[sql ${this.subgraph}] failed: ${query}\n  ${String(error)}`);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql ${this.subgraph}] slow (${time} ms): ${query}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.print) console.log(`[migration ${this.subgraph}] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm ${this.subgraph}] ${String(message)}`);
  }
}
