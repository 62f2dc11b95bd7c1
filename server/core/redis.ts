import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

const RECONNECT_MAX_DELAY_MS = 2000;

/**
 * Connects to Redis, failing at boot with what to set when it cannot be reached. Once
 * connected, a lost connection is retried in the background, and commands sent meanwhile
 * fail at once instead of queueing: callers treat Redis as a cache, never as a dependency.
 */
export async function openRedis(url: string, log: (line: string) => void): Promise<RedisClient> {
  let connected = false;
  let lastError = '';
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(100 * 2 ** retries, RECONNECT_MAX_DELAY_MS) : cause),
    },
  });
  client.on('ready', () => {
    if (connected && lastError) log(`[redis] connected again to ${redactedUrl(url)}`);
    connected = true;
    lastError = '';
  });
  client.on('error', (error: Error) => {
    // One line per distinct failure, not one per retry.
    if (connected && error.message !== lastError) log(`[redis] ${error.message}; retrying in the background`);
    lastError = error.message;
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Could not reach Redis at ${redactedUrl(url)} (${(error as Error).message}). Start it, or unset REDIS_URL to cache in this process only.`,
    );
  }
  return client;
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
