import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CliFailure } from '../cli-command';
import { findTools, requireTool } from '../postgres-tools';

// Stand-ins that answer --version as pg_dump does: which one is chosen, and what a refusal says.
describe('finding pg_dump and pg_restore', () => {
  let root: string;
  const program = async (folder: string, name: string, says: string) => {
    await mkdir(path.join(root, folder), { recursive: true });
    const file = path.join(root, folder, name);
    await writeFile(file, `#!/bin/sh\necho '${says}'\n`);
    await chmod(file, 0o755);
    return path.join(root, folder);
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sira-pg-tools-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('lists each program found with its version, the newest first, ignoring what does not say it is PostgreSQL', async () => {
    const old = await program('old', 'pg_dump', 'pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)');
    const recent = await program('recent', 'pg_dump', 'pg_dump (PostgreSQL) 18.1');
    const other = await program('other', 'pg_dump', 'something else 99');
    const found = await findTools('pg_dump', [old, other, recent, old, path.join(root, 'absent')]);
    expect(found.map(({ version, major }) => ({ version, major }))).toEqual([
      { version: '18.1', major: 18 },
      { version: '15.20', major: 15 },
    ]);
  });

  it('takes the newest at least as new as the server, and refuses with the versions found and what to install', async () => {
    const old = await program('old-restore', 'pg_restore', 'pg_restore (PostgreSQL) 15.20');
    await expect(requireTool('pg_restore', 15, 'Restoring', {}, old)).resolves.toMatchObject({ version: '15.20' });
    const refusal = requireTool('pg_restore', 18, 'Restoring into PostgreSQL 18.4', {}, old);
    await expect(refusal).rejects.toThrow(CliFailure);
    await expect(refusal).rejects.toThrow(
      `Restoring into PostgreSQL 18.4 needs pg_restore 18 or newer. The pg_restore found in PG_BIN_DIR (${old}) is 15.20 (${path.join(old, 'pg_restore')}): too old.`,
    );
    await expect(refusal).rejects.toThrow('postgresql-client-18');
    await expect(requireTool('pg_dump', 18, 'Backing up', {}, path.join(root, 'absent'))).rejects.toThrow(
      `Backing up needs pg_dump 18 or newer. No pg_dump was found in PG_BIN_DIR (${path.join(root, 'absent')}).`,
    );
  });
});
