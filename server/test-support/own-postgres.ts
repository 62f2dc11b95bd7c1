import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';

export interface OwnPostgres {
  /** URL of its `postgres` maintenance database. */
  url: string;
  /** Its data folder, where postmaster.pid names the server's process. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL of one test file's own, for tests that do to a server what no other
 * test may see (freeze it, stop it). It runs in a child process: embedded-postgres is an ES
 * module, which jest's module sandbox cannot import (global-setup.ts runs outside it).
 */
export async function startOwnPostgres(dataDir: string, port: number): Promise<OwnPostgres> {
  const child = spawn(
    process.execPath,
    ['--require', path.resolve(__dirname, '../cli/register-typescript.cjs'), __filename, dataDir, String(port)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^ready (\S+)$/m.exec(output);
      if (line) resolve(line[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`The test's own PostgreSQL did not start (exit ${code}): ${output}`)));
  });
  return { url, dataDir, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.stdin?.end();
  });
}

// In the child: start the server, say where it is, and stop it when the parent closes stdin or goes away.
if (require.main === module) {
  const [dataDir, port] = process.argv.slice(2);
  void (async () => {
    const server = await startEmbeddedPostgres({ dataDir: dataDir as string, port: Number(port), durable: false });
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await server.stop().catch(() => {});
      process.exit(0);
    };
    process.stdin.on('end', stop);
    process.stdin.resume();
    process.on('SIGTERM', stop);
    process.stdout.write(`ready ${server.url}\n`);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
