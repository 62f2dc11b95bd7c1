import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const SALT_BYTES = 16;
// N = 2^15 costs about 32 MiB and a few tens of milliseconds: slow for guessing, quick for signing in.
const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt refuses when 128·N·r reaches maxmem; leave headroom above what the parameters need.
  const maxmem = 256 * options.N * options.r;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N=32768,r=8,p=1$<salt>$<hash>` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMETERS);
  const parameters = `N=${PARAMETERS.N},r=${PARAMETERS.r},p=${PARAMETERS.p}`;
  return [PREFIX, parameters, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parseHash(stored: string): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | undefined {
  const [prefix, parameters, salt, key, ...rest] = stored.split('$');
  if (prefix !== PREFIX || !parameters || !salt || !key || rest.length > 0) return undefined;
  const values = Object.fromEntries(parameters.split(',').map((pair) => pair.split('=') as [string, string]));
  const [N, r, p] = [Number(values.N), Number(values.r), Number(values.p)];
  if (![N, r, p].every((value) => Number.isInteger(value) && value > 0)) return undefined;
  return { N, r, p, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** Whether `password` matches a hash from hashPassword; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false;
  const key = await derive(password, parsed.salt, parsed);
  return timingSafeEqual(key, parsed.key);
}
