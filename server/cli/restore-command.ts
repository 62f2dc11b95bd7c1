import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Client } from 'pg';
import { withDatabase } from '../core/database/database-url';
import {
  type AppDatabase,
  connect,
  countRows,
  describeRows,
  quoteIdent,
  serverVersion,
  toolConnection,
  withAppDatabase,
} from './app-database';
import { type CliCommand, CliFailure, type CliIo, invocationPath, parseCommandArgs, UsageError } from './cli-command';
import { type FoundTool, requireTool } from './postgres-tools';
import { lastLines, runTool } from './run-tool';

/** What the archive's table of contents says of where it came from. */
interface DumpHeader {
  createdAt: string;
  fromServer: string;
  byPgDump: string;
}

/** Refuses a file that is not a custom-format dump before anything else is done, saying what it looks like instead. */
async function checkDumpFile(file: string): Promise<void> {
  if (!existsSync(file)) throw new CliFailure(`There is no file ${file}.`);
  const handle = await open(file, 'r');
  const start = Buffer.alloc(64);
  try {
    await handle.read(start, 0, start.length, 0);
  } finally {
    await handle.close();
  }
  if (start.subarray(0, 5).toString('latin1') === 'PGDMP') return;
  const text = start.toString('utf8');
  const plainSql = text.startsWith('--') && text.includes('PostgreSQL database dump');
  throw new CliFailure(
    plainSql
      ? `${file} is a plain SQL dump, not one in PostgreSQL's custom format: restore it with psql, or make the backup with \`pnpm sira backup\`; nothing was changed.`
      : `${file} is not a backup made by \`pnpm sira backup\` (PostgreSQL's custom dump format starts with "PGDMP"); nothing was changed.`,
  );
}

/** Reads the archive's table of contents: a damaged file, or one from a newer pg_dump, is refused here. */
async function readHeader(pgRestore: FoundTool, file: string): Promise<DumpHeader> {
  const listed = await runTool(pgRestore.path, ['--list', file], {});
  if (listed.code !== 0) {
    const newer = /unsupported version/i.test(listed.stderr)
      ? ` It was written by a newer pg_dump than this pg_restore ${pgRestore.version} can read: use the pg_restore of that version (set PG_BIN_DIR).`
      : '';
    throw new CliFailure(`${file} cannot be read as a backup; nothing was changed.${newer}\n${lastLines(listed.stderr)}`);
  }
  const field = (label: string) => new RegExp(`^;\\s*${label}:?\\s*(.+)$`, 'm').exec(listed.stdout)?.[1]?.trim() ?? 'unknown';
  return {
    createdAt: field('Archive created at'),
    fromServer: field('Dumped from database version'),
    byPgDump: field('Dumped by pg_dump version'),
  };
}

/**
 * The server must not be using the database: renaming it under a running `pnpm start` would
 * leave it serving from memory what the restore replaced. Every instance holds a connection
 * of its own for change notices (application_name sira-<schema>-notices), so one that runs is seen here.
 */
async function refuseWhileInUse(admin: Client, name: string): Promise<void> {
  const { rows } = await admin.query<{ who: string; n: string }>(
    `SELECT coalesce(nullif(application_name, ''), usename, 'unnamed') AS who, count(*) AS n FROM pg_stat_activity
     WHERE datname = $1 AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1`,
    [name],
  );
  if (rows.length === 0) return;
  const who = rows.map((row) => `${row.who}${Number(row.n) > 1 ? ` ×${row.n}` : ''}`).join(', ');
  throw new CliFailure(
    `Database ${name} is in use (${who}): stop \`pnpm start\` and anything else connected to it, then restore again. Nothing was changed.`,
  );
}

/** A new database like the one it will replace: same encoding and, on the libc provider, the same collation. */
async function createLike(admin: Client, like: string, name: string): Promise<void> {
  const { rows } = await admin.query<{ encoding: string; collate: string; ctype: string; provider: string }>(
    `SELECT pg_encoding_to_char(encoding) AS encoding, datcollate AS collate, datctype AS ctype, datlocprovider::text AS provider
     FROM pg_database WHERE datname = $1`,
    [like],
  );
  const source = rows[0];
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const locale =
    source?.provider === 'c'
      ? ` ENCODING ${literal(source.encoding)} LC_COLLATE ${literal(source.collate)} LC_CTYPE ${literal(source.ctype)}`
      : '';
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0${locale}`);
}

/**
 * Puts the restored database in the place of the old one: two renames, the old dropped once the
 * new has its name. A session that connected meanwhile makes the first rename fail, and then
 * nothing changed.
 */
async function swapIn(admin: Client, restored: string, name: string): Promise<void> {
  const replaced = `${name.slice(0, 40)}_replaced_${Date.now()}`;
  await admin.query(`ALTER DATABASE ${quoteIdent(name)} RENAME TO ${quoteIdent(replaced)}`);
  try {
    await admin.query(`ALTER DATABASE ${quoteIdent(restored)} RENAME TO ${quoteIdent(name)}`);
  } catch (error) {
    await admin.query(`ALTER DATABASE ${quoteIdent(replaced)} RENAME TO ${quoteIdent(name)}`);
    throw error;
  }
  await admin.query(`DROP DATABASE ${quoteIdent(replaced)}`);
}

async function restoreInto(database: AppDatabase, file: string, io: CliIo): Promise<void> {
  const admin = await connect(withDatabase(database.url, 'postgres'));
  const restoring = `${database.name.slice(0, 50)}_restoring`;
  let created = false;
  try {
    const server = await serverVersion(admin);
    const pgRestore = await requireTool('pg_restore', server.major, `Restoring into PostgreSQL ${server.version}`, io.env, database.binDir);
    const header = await readHeader(pgRestore, file);
    const fromMajor = Number.parseInt(header.fromServer, 10);
    // pg_dump writes for its own server's major: a newer one's settings (e.g. transaction_timeout) fail on an older server.
    if (fromMajor > server.major)
      throw new CliFailure(
        `${file} was made from PostgreSQL ${header.fromServer}; this database runs ${server.version}, an older major version. Restore it into PostgreSQL ${fromMajor} or newer. Nothing was changed.`,
      );
    await refuseWhileInUse(admin, database.name);
    await createLike(admin, database.name, restoring);
    created = true;
    const connection = toolConnection(database.url, restoring);
    // One transaction: a failure anywhere leaves the new database empty, and the old one untouched.
    // No owners or grants: the roles of the machine the backup came from need not exist here.
    const restored = await runTool(
      pgRestore.path,
      ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--no-password', `--dbname=${connection.dbname}`, file],
      connection.env,
    );
    if (restored.code !== 0)
      throw new CliFailure(
        `pg_restore ${pgRestore.version} (${pgRestore.path}) failed; nothing was changed:\n${lastLines(restored.stderr)}`,
      );
    const check = await connect(withDatabase(database.url, restoring));
    const tables = await countRows(check).finally(() => check.end());
    await swapIn(admin, restoring, database.name);
    created = false;
    io.stdout(
      `Restored ${file} (made ${header.createdAt} from PostgreSQL ${header.fromServer} by pg_dump ${header.byPgDump}) into database ${database.name} (${database.where}), with pg_restore ${pgRestore.version} (${pgRestore.path}).\n` +
        describeRows(tables) +
        'The next `pnpm start` applies any migration newer than the backup.\n',
    );
  } finally {
    if (created) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(restoring)}`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

/**
 * `pnpm sira restore FILE`: replaces the server's database with a backup, all or nothing. The
 * backup is restored into a new database in one transaction, which then takes the old one's
 * name: a failure at any point leaves the database as it was.
 */
export const restoreCommand: CliCommand = {
  words: ['restore'],
  usage: 'restore FILE',
  summary:
    "Replaces the server's database with a backup made by `pnpm sira backup` (pg_restore), all or nothing; the server must be stopped.",
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('Name the one backup file to restore, e.g. `pnpm sira restore sira.dump`.');
    const file = invocationPath(positionals[0] as string, io.env);
    await checkDumpFile(file);
    await withAppDatabase(io.env, (database) => restoreInto(database, file, io));
  },
};
