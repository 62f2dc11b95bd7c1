import { existsSync, statSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { connect, countRows, describeRows, fileSize, serverVersion, toolConnection, withAppDatabase } from './app-database';
import { type CliCommand, CliFailure, invocationPath, parseCommandArgs, UsageError } from './cli-command';
import { requireTool } from './postgres-tools';
import { lastLines, runTool } from './run-tool';

/**
 * `pnpm sira backup FILE`: the server's database in pg_dump's custom format, taken while the
 * server runs. pg_dump reads one snapshot, exported here so that the rows counted for the
 * summary are exactly those in the file; the file appears whole or not at all.
 */
export const backupCommand: CliCommand = {
  words: ['backup'],
  usage: 'backup FILE [--force]',
  summary:
    "Writes the server's database to FILE in PostgreSQL's custom dump format (pg_dump), while the server runs; --force replaces an existing FILE.",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('Name the one file to write the backup to, e.g. `pnpm sira backup sira.dump`.');
    const file = invocationPath(positionals[0] as string, io.env);
    if (existsSync(file) && !values.force) throw new CliFailure(`${file} exists already: name another file, or add --force to replace it.`);
    if (existsSync(file) && statSync(file).isDirectory()) throw new CliFailure(`${file} is a folder: name a file in it.`);
    if (!existsSync(path.dirname(file))) throw new CliFailure(`There is no folder ${path.dirname(file)} to write ${file} in.`);

    await withAppDatabase(io.env, async (database) => {
      const client = await connect(database.url);
      // Written beside FILE, so that the rename is within one file system and so atomic.
      const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
      try {
        const server = await serverVersion(client);
        const pgDump = await requireTool('pg_dump', server.major, `Backing up PostgreSQL ${server.version}`, io.env, database.binDir);
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
        const tables = await countRows(client);
        const connection = toolConnection(database.url);
        const dumped = await runTool(
          pgDump.path,
          ['--format=custom', `--snapshot=${rows[0]?.snapshot}`, '--no-password', `--file=${partial}`, `--dbname=${connection.dbname}`],
          connection.env,
        );
        if (dumped.code !== 0) throw new CliFailure(`pg_dump ${pgDump.version} (${pgDump.path}) failed:\n${lastLines(dumped.stderr)}`);
        await rename(partial, file);
        const size = (await stat(file)).size;
        io.stdout(
          `Backed up database ${database.name} (PostgreSQL ${server.version}, ${database.where}) to ${file}: ${fileSize(size)}, with pg_dump ${pgDump.version} (${pgDump.path}).\n` +
            describeRows(tables),
        );
      } finally {
        await rm(partial, { force: true });
        await client.end().catch(() => {});
      }
    });
  },
};
