import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../../core/database/database-url';
import { openSubgraphDatabase } from '../../core/database/subgraph-data-source';
import { loadDataset } from '../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../seed/published-dataset';
import { ACCOUNTS_DATABASE } from '../../subgraphs/accounts/accounts.database';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { TEST_ACCESS } from '../../test-support/auth';
import { createTestDatabase } from '../../test-support/test-database';
import { startSubgraphs } from '../../topologies/in-process-subgraphs';
import { Stops } from '../../topologies/startup';
import { quoteIdent, serverVersion } from '../app-database';
import type { CliIo } from '../cli-command';
import { findTools, toolFolders } from '../postgres-tools';
import { runTool } from '../run-tool';
import { runSira } from '../sira';

/** Every table of every schema but PostgreSQL's own: its row count and an md5 of its rows in order. */
async function fingerprint(db: Client): Promise<Record<string, { rows: number; md5: string }>> {
  const { rows: tables } = await db.query<{ schema: string; table: string }>(
    `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { schema, table } of tables) {
    const { rows } = await db.query<{ rows: string; md5: string }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${quoteIdent(schema)}.${quoteIdent(table)} t`,
    );
    result[`${schema}.${table}`] = { rows: Number(rows[0]?.rows), md5: rows[0]?.md5 as string };
  }
  return result;
}

// A backup and a restore of the server's database through `pnpm sira`, on real PostgreSQL with
// the real pg_dump and pg_restore. They need client programs at least as new as the server: where
// the machine has none (the embedded PostgreSQL 18 beside Debian 12's PostgreSQL 15 tools),
// the refusal is what is tested, and the round trip runs against the machine's PostgreSQL 15.
// Settled by jest's global setup, before any test is declared: what cannot run here is skipped.
const TOOLS_FIT = process.env.SIRA_TEST_BACKUP_TOOLS === 'fit';
const withFittingTools = TOOLS_FIT ? it : it.skip;
const withoutFittingTools = TOOLS_FIT ? it.skip : it;

describe('pnpm sira backup and restore', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Client;
  let folder: string;
  let out: string;
  let err: string;
  let io: CliIo;
  let major: number;
  const subgraphStops = new Stops(console.error);
  let subgraphsRunning = false;
  const stopSubgraphs = async () => {
    if (subgraphsRunning) await subgraphStops.stopAll();
    subgraphsRunning = false;
  };

  const sira = async (...argv: string[]) => {
    out = '';
    err = '';
    return runSira(argv, io);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    folder = await mkdtemp(path.join(tmpdir(), 'sira-backup-'));
    db = new Client({ connectionString: database.url });
    await db.connect();
    major = (await serverVersion(db)).major;
    io = {
      env: { DATABASE_URL: database.url, PATH: process.env.PATH, PG_BIN_DIR: process.env.PG_BIN_DIR },
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      interactive: false,
      askHidden: async () => '',
    };
    // Every schema with rows: the published data set, and an account.
    const subgraphs = await startSubgraphs(SUBGRAPHS, { urlFor: () => database.url, access: TEST_ACCESS, stops: subgraphStops });
    subgraphsRunning = true;
    await loadDataset(subgraphs.geography, subgraphs.engagement, PUBLISHED_DATASET, subgraphs.evaluation);
    io.env.SIRA_PASSWORD = 'a long enough password';
    expect(await sira('user', 'add', 'cepaim', '--role', 'coordinator', '--region', 'soria')).toBe(0);
  });
  afterAll(async () => {
    await stopSubgraphs();
    await db?.end().catch(() => {});
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  withoutFittingTools('refuses, naming both versions and what to install, where no pg_dump is as new as the server', async () => {
    expect(await sira('backup', path.join(folder, 'refused.dump'))).toBe(1);
    expect(err).toContain(`needs pg_dump ${major} or newer`);
    expect(err).toContain(`postgresql-client-${major}`);
    expect(err).toContain('PG_BIN_DIR');
    await expect(stat(path.join(folder, 'refused.dump'))).rejects.toThrow();
  });

  withFittingTools('restores every table of every schema as it was backed up, all or nothing, and refuses what it should', async () => {
    const file = path.join(folder, 'sira.dump');
    const before = await fingerprint(db);
    const tables = Object.keys(before);
    const rows = Object.values(before).reduce((sum, table) => sum + table.rows, 0);
    expect(tables.length).toBeGreaterThan(20);
    expect(new Set(tables.map((name) => name.split('.')[0]))).toEqual(new Set(['accounts', 'engagement', 'evaluation', 'geography']));

    // Taken while the subgraphs run and hold connections: pg_dump reads one snapshot.
    expect(await sira('backup', file)).toBe(0);
    expect(out).toMatch(
      /^Backed up database sira_test_\w+ \(PostgreSQL [\d.]+, PostgreSQL at [^)]+\) to .+sira\.dump: [\d.]+ kB, with pg_dump /,
    );
    expect(out).toContain(`in all: ${tables.length} tables, ${rows.toLocaleString('en')} rows`);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP');

    const written = await stat(file);
    expect(await sira('backup', file)).toBe(1);
    expect(err).toBe(`${file} exists already: name another file, or add --force to replace it.\n`);
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs);
    expect(await sira('backup', file, '--force')).toBe(0);

    // A running server holds connections to the database: the restore refuses and changes nothing.
    expect(await sira('restore', file)).toBe(1);
    expect(err).toMatch(/^Database sira_test_\w+ is in use \(.*sira-geography-notices.*\): stop `pnpm start`/);
    await stopSubgraphs();

    // Rows deleted and changed, a table added: the restore brings back exactly what was backed up.
    await db.query('DELETE FROM engagement.participation WHERE ctid IN (SELECT ctid FROM engagement.participation LIMIT 5)');
    await db.query("UPDATE geography.region SET name = name || ' (changed)'");
    await db.query('DELETE FROM accounts.user_account');
    await db.query('CREATE TABLE engagement.left_over (id int); INSERT INTO engagement.left_over VALUES (1)');
    expect(await fingerprint(db)).not.toEqual(before);
    await db.end();

    expect(await sira('restore', file)).toBe(0);
    expect(out).toMatch(/^Restored .+sira\.dump \(made .+ from PostgreSQL [\d.]+.* by pg_dump [\d.]+.*\) into database sira_test_\w+/);
    expect(out).toContain(`in all: ${tables.length} tables, ${rows.toLocaleString('en')} rows`);
    db = new Client({ connectionString: database.url });
    await db.connect();
    expect(await fingerprint(db)).toEqual(before);

    // Not a dump, or a damaged one: refused, and the database is as it was.
    const text = path.join(folder, 'notes.txt');
    await writeFile(text, 'region,number\nsoria,1\n');
    expect(await sira('restore', text)).toBe(1);
    expect(err).toBe(
      `${text} is not a backup made by \`pnpm sira backup\` (PostgreSQL's custom dump format starts with "PGDMP"); nothing was changed.\n`,
    );
    const [pgDump] = await findTools('pg_dump', toolFolders(process.env, process.env.PG_BIN_DIR || undefined));
    const plain = path.join(folder, 'plain.sql');
    expect((await runTool(pgDump?.path as string, ['--format=plain', `--file=${plain}`, `--dbname=${database.url}`], {})).code).toBe(0);
    expect(await sira('restore', plain)).toBe(1);
    expect(err).toBe(
      `${plain} is a plain SQL dump, not one in PostgreSQL's custom format: restore it with psql, or make the backup with \`pnpm sira backup\`; nothing was changed.\n`,
    );
    const damaged = path.join(folder, 'damaged.dump');
    const bytes = await readFile(file);
    await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await db.end();
    expect(await sira('restore', damaged)).toBe(1);
    expect(err).toContain('nothing was changed');
    expect(await sira('restore', path.join(folder, 'missing.dump'))).toBe(1);
    expect(err).toBe(`There is no file ${path.join(folder, 'missing.dump')}.\n`);
    // A user who may not create databases: the restore, which builds the new one beside the old, says so.
    const role = `sira_no_createdb_${process.pid}`;
    const admin = new Client({ connectionString: withDatabase(database.url, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'a-password-for-the-test'`);
    const asRole = new URL(database.url);
    asRole.username = role;
    asRole.password = 'a-password-for-the-test';
    try {
      err = '';
      expect(await runSira(['restore', file], { ...io, env: { ...io.env, DATABASE_URL: asRole.toString() } })).toBe(1);
      expect(err).toBe(
        'PostgreSQL refused: permission denied to create database. A restore builds the new database beside the old one: the user needs CREATEDB. Nothing was changed.\n',
      );
    } finally {
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
    db = new Client({ connectionString: database.url });
    await db.connect();
    expect(await fingerprint(db)).toEqual(before);
  });

  withFittingTools('leaves a backup from before a migration to be migrated forward at the next start', async () => {
    // The database as an earlier version left it: the accounts' latest migration undone.
    const accounts = new DataSource({
      type: 'postgres',
      url: database.url,
      schema: ACCOUNTS_DATABASE.schema,
      migrations: ACCOUNTS_DATABASE.migrations,
      migrationsTableName: 'migrations',
    });
    await accounts.initialize();
    const latest = accounts.migrations
      .map((migration) => migration.name)
      .sort()
      .at(-1);
    await accounts.undoLastMigration({ transaction: 'all' });
    await accounts.destroy();
    const file = path.join(folder, 'older.dump');
    expect(await sira('backup', file)).toBe(0);
    await db.end();
    expect(await sira('restore', file)).toBe(0);

    db = new Client({ connectionString: database.url });
    await db.connect();
    const applied = async () => (await db.query<{ name: string }>('SELECT name FROM accounts.migrations')).rows.map((row) => row.name);
    expect(await applied()).not.toContain(latest);
    // What the server does at start: the migrations newer than the backup run.
    const opened = await openSubgraphDatabase(ACCOUNTS_DATABASE, database.url);
    await opened.dataSource.destroy();
    expect(await applied()).toContain(latest);
  });
});
