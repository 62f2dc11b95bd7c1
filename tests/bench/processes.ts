// Child processes of the benchmark: started with a log file each, waited for until they answer,
// and all stopped when the harness exits, however it exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LOG_DIR = path.join(REPO_ROOT, 'bench-results', 'logs');
/** Fixed so the harness can sign an ANALYST token the servers accept; at least 32 characters. */
export const BENCH_JWT_SECRET = 'sira-bench-secret-not-for-production-0123456789';

const children = new Set<ChildProcess>();

function killAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}
process.on('exit', () => killAll('SIGKILL'));

export interface Started {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts `node <args>` with env, and waits until GET <url>/health answers 200. */
export async function startProcess(name: string, args: string[], env: Record<string, string>, port: number): Promise<Started> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    children.delete(child);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before answering; see ${LOG_DIR}/${name}.log`);
    const healthy = await fetch(`${url}/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (healthy) return { pid: child.pid as number, url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`${name} did not answer at ${url}/health within 120 s; see ${LOG_DIR}/${name}.log`);
}

/** Stops every child on Ctrl-C or a kill, then exits. */
export function stopChildrenOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll('SIGTERM');
      setTimeout(() => process.exit(130), 1000).unref();
      setTimeout(() => {
        killAll('SIGKILL');
        process.exit(130);
      }, 900);
    });
  }
}

export const SERVER_MAIN = path.join(REPO_ROOT, 'server', 'dist', 'main.js');
export const REGISTER_TS = path.join(REPO_ROOT, 'server', 'cli', 'register-typescript.cjs');

/**
 * Environment of a SIRA server process over the bench database, loading nothing, with the
 * gateway's response cache off: these figures are the work each request costs.
 */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return { DATABASE_URL: databaseUrl, SEED: 'none', JWT_SECRET: BENCH_JWT_SECRET, RESPONSE_CACHE: 'off', ...extra };
}
