import { execFile } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CliFailure } from './cli-command';

const run = promisify(execFile);

export type PostgresTool = 'pg_dump' | 'pg_restore';

/** One PostgreSQL client program found on this machine, and the version it says it is. */
export interface FoundTool {
  path: string;
  /** e.g. "18.0" */
  version: string;
  major: number;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

/** The numbered folders under `root` (e.g. /usr/lib/postgresql/15, /usr/lib/postgresql/18), each joined with `tail`. */
function versionedDirs(root: string, tail: string, prefix = ''): string[] {
  if (!existsSync(root)) return [];
  try {
    return readdirSync(root)
      .filter((name) => name.startsWith(prefix) && /^\d+(\.\d+)?$/.test(name.slice(prefix.length)))
      .map((name) => path.join(root, name, tail));
  } catch {
    return [];
  }
}

/**
 * Where PostgreSQL's client programs are looked for: PG_BIN_DIR alone when it is set; otherwise
 * PATH, then the folders where packages install each major version side by side (Debian and
 * Ubuntu, the PostgreSQL RPMs, Homebrew, Postgres.app, the Windows installer), which are not on
 * PATH: a machine often has an old pg_dump on PATH and the matching one only there.
 */
export function toolFolders(env: NodeJS.ProcessEnv, binDir: string | undefined): string[] {
  if (binDir) return [binDir];
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [
    ...onPath,
    ...versionedDirs('/usr/lib/postgresql', 'bin'),
    ...versionedDirs('/usr', 'bin', 'pgsql-'),
    ...versionedDirs('/opt/homebrew/opt', 'bin', 'postgresql@'),
    ...versionedDirs('/usr/local/opt', 'bin', 'postgresql@'),
    '/opt/homebrew/opt/libpq/bin',
    '/usr/local/opt/libpq/bin',
    ...versionedDirs('/Applications/Postgres.app/Contents/Versions', 'bin'),
    ...versionedDirs('C:\\Program Files\\PostgreSQL', 'bin'),
  ];
}

/** What `pg_dump --version` says, e.g. "pg_dump (PostgreSQL) 18.0 (Debian 18.0-1)"; undefined when it does not run. */
async function toolVersion(file: string): Promise<FoundTool | undefined> {
  try {
    const { stdout } = await run(file, ['--version'], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout);
    if (!match) return undefined;
    return { path: file, version: `${match[1]}.${match[2] ?? 0}`, major: Number(match[1]) };
  } catch {
    return undefined;
  }
}

/** Every copy of `tool` in the folders, each once, the newest major first. */
export async function findTools(tool: PostgresTool, folders: readonly string[]): Promise<FoundTool[]> {
  // One program reached by several paths (/bin and /usr/bin, a symlink on PATH) is listed once.
  const files = [
    ...new Set(
      folders
        .map((folder) => path.resolve(folder, exe(tool)))
        .filter((file) => existsSync(file))
        .map((file) => realpathSync(file)),
    ),
  ];
  const found = (await Promise.all(files.map(toolVersion))).filter((item): item is FoundTool => item !== undefined);
  return found.sort((a, b) => b.major - a.major);
}

/** How to get PostgreSQL's client programs of a given major version, said once for every refusal. */
export function installAdvice(major: number): string {
  return (
    `Install the PostgreSQL ${major} client programs (Debian/Ubuntu: the postgresql-client-${major} package from apt.postgresql.org; ` +
    `Red Hat family: postgresql${major} from the PostgreSQL RPM repository; macOS: \`brew install postgresql@${major}\`; ` +
    `Windows: the PostgreSQL ${major} installer's command line tools), or set PG_BIN_DIR to the folder that holds their pg_dump and pg_restore. ` +
    'The embedded PostgreSQL package carries only the server, not these programs.'
  );
}

/**
 * The newest `tool` of at least `major`: pg_dump refuses a server newer than itself, and
 * pg_restore cannot read an archive written by a newer pg_dump. Refused with the versions
 * found and what to install when there is none.
 */
export async function requireTool(
  tool: PostgresTool,
  major: number,
  why: string,
  env: NodeJS.ProcessEnv,
  binDir: string | undefined,
): Promise<FoundTool> {
  const found = await findTools(tool, toolFolders(env, binDir));
  const fit = found.find((candidate) => candidate.major >= major);
  if (fit) return fit;
  const where = binDir ? `in PG_BIN_DIR (${binDir})` : 'on PATH or in the usual install folders';
  const seen = found.length
    ? `The ${tool} found ${where} ${found.length === 1 ? 'is' : 'are'} ${found.map((item) => `${item.version} (${item.path})`).join(', ')}: too old.`
    : `No ${tool} was found ${where}.`;
  throw new CliFailure(`${why} needs ${tool} ${major} or newer. ${seen} ${installAdvice(major)}`);
}
