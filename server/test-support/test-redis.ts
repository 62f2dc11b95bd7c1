import { createConnection } from 'node:net';

/** The Redis the tests share instances through: REDIS_URL, or the machine's own. */
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * SIRA_TEST_WITHOUT_REDIS=1 says, on purpose, that this run has no Redis: the tests of what
 * instances share through it are then reported as skipped. Without it, a missing Redis fails
 * them, so that a run cannot pass without checking what it promises. (Test files choose
 * `describe.skip` themselves: this file is built with the server, without jest's globals.)
 */
export const RUN_WITHOUT_REDIS = process.env.SIRA_TEST_WITHOUT_REDIS === '1';

/** Whether that Redis accepts a connection within a second. */
export function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(TEST_REDIS_URL);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379), timeout: 1000 });
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(socket.destroy() && false));
  });
}

/** Throws, saying what to do, when the Redis a test needs does not answer. */
export async function requireRedis(): Promise<void> {
  if (await redisReachable()) return;
  throw new Error(
    `No Redis answers at ${TEST_REDIS_URL}, and this test checks what instances share through one. ` +
      'Start one (Debian: apt-get install redis-server, then redis-server --daemonize yes), ' +
      'point REDIS_URL at one, or set SIRA_TEST_WITHOUT_REDIS=1 to skip the tests that need it.',
  );
}
