import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs and verifies tokens (HS256). JWT_SECRET when set, the same for the
 * gateway and every subgraph; otherwise a local one generated once into a file only this
 * user can read, so tokens survive restarts and `pnpm sira token` can sign with it.
 */
export async function loadSigningKey(secret: string | undefined, localKeyFile: string): Promise<Uint8Array> {
  if (secret) return new TextEncoder().encode(secret);
  if (!existsSync(localKeyFile)) {
    await mkdir(path.dirname(localKeyFile), { recursive: true });
    await writeFile(localKeyFile, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' }).catch((error: { code?: string }) => {
      // Another process generated it at the same moment: use theirs.
      if (error.code !== 'EEXIST') throw error;
    });
    await chmod(localKeyFile, 0o600);
  }
  return new TextEncoder().encode((await readFile(localKeyFile, 'utf8')).trim());
}
