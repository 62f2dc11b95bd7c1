import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addUser, type NewLocalUser } from '../../../server/core/auth/local-users';
import { createTestDatabase } from '../../../server/test-support/test-database';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
export const DASHBOARD_DIR = path.join(REPO_ROOT, 'dashboard/dist');
export const DASHBOARD_INDEX = path.join(DASHBOARD_DIR, 'index.html');

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

// Settings from the shell that would start another topology than the one under test.
const IGNORED_ENV = [
  'SERVE_SUBGRAPH',
  'GEOGRAPHY_URL',
  'ENGAGEMENT_URL',
  'GEOGRAPHY_DATABASE_URL',
  'ENGAGEMENT_DATABASE_URL',
  'SUPERGRAPH_PATH',
  'USERS_FILE',
];

export interface BuiltSystem {
  baseUrl: string;
  /** The system's own database, for a test that loads more into it as `pnpm seed` would. */
  databaseUrl: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function terminate(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(killer);
}

/** A user to create in the system's users file before it starts, as `pnpm sira user add` would. */
export type TestUser = NewLocalUser & { name: string };

/**
 * The system as the README starts it after `pnpm build`: `node server/dist/main.js` from the
 * repository root, serving the API and the built dashboard, on a fresh database of the
 * test server and a free port. `dashboard: 'optional'` starts it even without a dashboard
 * build (for API-only checks). `users` are written to a users file of its own; `env` adds
 * settings (e.g. JWT_SECRET, for a test that signs its own tokens).
 */
export async function startBuiltSystem({
  dashboard = 'required',
  seed = 'published',
  users = [],
  env: extraEnv = {},
}: {
  dashboard?: 'required' | 'optional';
  seed?: 'published' | 'illustrative';
  users?: TestUser[];
  env?: Record<string, string>;
} = {}): Promise<BuiltSystem> {
  const missing = [SERVER_MAIN, ...(dashboard === 'required' ? [DASHBOARD_INDEX] : [])].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`Not built: ${missing.map((file) => path.relative(REPO_ROOT, file)).join(', ')}. Run pnpm build first.`);
  }
  const usersDir = await mkdtemp(path.join(tmpdir(), 'sira-browser-users-'));
  const usersFile = path.join(usersDir, 'users.json');
  for (const user of users) await addUser(usersFile, user);
  const database = await createTestDatabase();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of IGNORED_ENV) delete env[name];
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: seed,
      DASHBOARD_DIR,
      USERS_FILE: usersFile,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not say it was ready within ${READY_TIMEOUT_MS / 1000} s. Its output:\n${output}`)),
      READY_TIMEOUT_MS,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.SIRA_TEST_LOG) process.stdout.write(chunk);
      const match = /ready at (http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${signal ?? `code ${code}`}) before it was ready. Its output:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  let baseUrl: string;
  try {
    baseUrl = await ready;
  } catch (error) {
    await terminate(child);
    await database.drop();
    await rm(usersDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    async stop() {
      await terminate(child);
      await database.drop();
      await rm(usersDir, { recursive: true, force: true });
    },
  };
}
