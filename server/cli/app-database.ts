import { existsSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { type Config, loadConfig, type SubgraphName } from '../core/config';
import { attachDatabaseServer, type DatabaseServer } from '../core/database/database-server';
import { databaseName } from '../core/database/database-url';
import { CliFailure, invocationPath } from './cli-command';

const ALL_SUBGRAPHS: readonly SubgraphName[] = ['geography', 'engagement', 'evaluation', 'accounts'];

/** The one database the server keeps everything in, as a backup or a restore sees it. */
export interface AppDatabase {
  url: string;
  name: string;
  /** e.g. "embedded PostgreSQL on 127.0.0.1:54329, data in …" */
  where: string;
  config: Config;
  /** PG_BIN_DIR: where pg_dump and pg_restore are, when not on PATH or in the usual folders. */
  binDir: string | undefined;
}

function binDirSetting(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.PG_BIN_DIR;
  if (raw === undefined || raw === '') return undefined;
  const dir = invocationPath(raw, env);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CliFailure(`PG_BIN_DIR must be the folder that holds pg_dump and pg_restore; "${raw}" is not a folder.`);
  return dir;
}

/**
 * Runs `work` on the server's database: DATABASE_URL's, or the embedded PostgreSQL's (that of a
 * running `pnpm start`, or one started for the command's time and stopped after). A backup is
 * of one database: with <NAME>_DATABASE_URL sending a subgraph elsewhere, each is its own.
 */
export async function withAppDatabase<T>(env: NodeJS.ProcessEnv, work: (database: AppDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig(env);
  const binDir = binDirSetting(env);
  const server: DatabaseServer = await attachDatabaseServer(config, () => {}).catch((error: Error) => {
    throw new CliFailure(`Cannot reach the database: ${error.message}`);
  });
  try {
    const urls = [...new Set(ALL_SUBGRAPHS.map((subgraph) => server.urlFor(subgraph)))];
    if (urls.length > 1) {
      throw new CliFailure(
        `The subgraphs use ${urls.length} databases (<NAME>_DATABASE_URL is set): back up and restore each with pg_dump and pg_restore directly.`,
      );
    }
    const url = urls[0] as string;
    return await work({ url, name: databaseName(url), where: server.describe(), config, binDir }).catch((error: unknown) => {
      throw refusedByDatabase(error);
    });
  } finally {
    await server.stop();
  }
}

/**
 * What PostgreSQL refused (no right to create a database, a session that connected meanwhile),
 * said as its message rather than a stack trace; anything else is left as it is.
 */
export function refusedByDatabase(error: unknown): unknown {
  const { code, message } = error as { code?: unknown; message?: string };
  if (error instanceof CliFailure || typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return error;
  const hint = /create database/i.test(message ?? '')
    ? ' A restore builds the new database beside the old one: the user needs CREATEDB.'
    : '';
  return new CliFailure(`PostgreSQL refused: ${message}.${hint} Nothing was changed.`);
}

/** A connection for the command's own queries; closed by the caller. */
export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'sira-cli' });
  try {
    await client.connect();
  } catch (error) {
    throw new CliFailure(`Cannot connect to the database: ${(error as Error).message}`);
  }
  return client;
}

/** The server's version, e.g. { version: "18.4", major: 18 }. */
export async function serverVersion(client: Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ num: string; text: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
  );
  const num = Number(rows[0]?.num);
  return { version: String(rows[0]?.text).split(' ')[0] as string, major: Math.floor(num / 10_000) };
}

export interface TableRows {
  schema: string;
  table: string;
  rows: number;
}

/** Every table holding rows (partitions, not their parents), outside PostgreSQL's own schemas, and how many rows each has. */
export async function countRows(client: Client): Promise<TableRows[]> {
  const { rows: tables } = await client.query<{ schema: string; table: string }>(
    `SELECT n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     ORDER BY 1, 2`,
  );
  const counted: TableRows[] = [];
  for (const { schema, table } of tables) {
    const quoted = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted}`);
    counted.push({ schema, table, rows: Number(rows[0]?.n) });
  }
  return counted;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** "geography: 6 tables, 1,234 rows" per schema, then the totals. */
export function describeRows(tables: readonly TableRows[]): string {
  const bySchema = new Map<string, { tables: number; rows: number }>();
  for (const { schema, rows } of tables) {
    const entry = bySchema.get(schema) ?? { tables: 0, rows: 0 };
    entry.tables += 1;
    entry.rows += rows;
    bySchema.set(schema, entry);
  }
  const lines = [...bySchema].map(([schema, { tables: n, rows }]) => `  ${schema}: ${plural(n, 'table')}, ${plural(rows, 'row')}`);
  const total = tables.reduce((sum, { rows }) => sum + rows, 0);
  return `${lines.join('\n')}\n  in all: ${plural(tables.length, 'table')}, ${plural(total, 'row')}\n`;
}

export const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "1.2 MB", "870 kB", "512 bytes". */
export function fileSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * The URL without its password, which goes to pg_dump and pg_restore in PGPASSWORD instead:
 * a command line can be read by every user of the machine.
 */
export function toolConnection(url: string, database?: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (database !== undefined) parsed.pathname = `/${encodeURIComponent(database)}`;
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}
