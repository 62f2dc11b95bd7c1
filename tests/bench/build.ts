// The server the harness measures is server/dist: built again when a source is newer.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SERVER_MAIN } from './processes';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '__tests__' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the server when dist is missing or older than a source file; keeps an older build if the build fails. */
export function ensureServerBuilt(log: (line: string) => void): void {
  const serverDir = path.join(REPO_ROOT, 'server');
  const built = existsSync(SERVER_MAIN) ? statSync(SERVER_MAIN).mtimeMs : 0;
  if (built >= newestMtime(serverDir)) {
    log('server/dist is up to date');
    return;
  }
  log('building the server (server/dist is missing or older than its sources)');
  try {
    execFileSync('npx', ['--yes', 'pnpm@10.34.9', '--filter', '@sira/server', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  } catch (error) {
    if (!built) throw error;
    log('WARNING: the build failed; measuring the previous build in server/dist');
  }
}
