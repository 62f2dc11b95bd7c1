import type { FormattedExecutionResult } from 'graphql';
import type { ResponseCacheConfig } from '../core/config';
import { openRedis, type RedisClient } from '../core/redis';

/**
 * Where cached responses live. Every entry carries the generation it was computed in;
 * `invalidate` starts a new generation, so every entry stored before it becomes a miss.
 */
export interface ResponseStore {
  /** The current generation, and the entry under `key` (the answer and its JSON) if it belongs to it. */
  lookup(key: string): Promise<{ generation: number; result?: FormattedExecutionResult; json?: string }>;
  /** Keeps `result` (whose JSON is `json`) unless the generation has moved on since `generation` was read. */
  store(key: string, generation: number, result: FormattedExecutionResult, json: string): Promise<void>;
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

interface MemoryEntry {
  generation: number;
  result: FormattedExecutionResult;
  json: string;
  bytes: number;
  expiresAt: number;
}

/**
 * One process's cache: least recently used entries go first once their JSON passes
 * `maxBytes` in all, and none lives longer than `ttlMs`, which bounds how stale an answer
 * can be after a write this process did not see (through another instance).
 */
export class MemoryResponseStore implements ResponseStore {
  private generation = 0;
  private bytes = 0;
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  private readonly entries = new Map<string, MemoryEntry>();

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return { generation: this.generation };
    this.entries.delete(key);
    if (entry.expiresAt <= this.now() || entry.generation !== this.generation) {
      this.bytes -= entry.bytes;
      return { generation: this.generation };
    }
    this.entries.set(key, entry);
    return { generation: this.generation, result: entry.result, json: entry.json };
  }

  async store(key: string, generation: number, result: FormattedExecutionResult, json: string) {
    if (generation !== this.generation || json.length > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, { generation, result, json, bytes: json.length, expiresAt: this.now() + this.ttlMs });
    this.bytes += json.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  async invalidate() {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  async close() {
    this.entries.clear();
  }

  /** For tests: how many entries and bytes are held. */
  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/**
 * The cache shared by every gateway instance: the generation is one Redis counter, so a
 * write through one instance makes every instance miss. An entry is stored as
 * "<generation>\n<json>" with the TTL, and read with the counter in one round trip.
 * Redis being unreachable makes a lookup a miss and a store a no-op, never a failed request.
 */
export class RedisResponseStore implements ResponseStore {
  private readonly generationKey: string;
  private lastFailure = 0;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
    private readonly log: (line: string) => void,
  ) {
    this.generationKey = `${prefix}response:generation`;
  }

  async lookup(key: string) {
    try {
      const [generationText, stored] = await this.redis.mGet([this.generationKey, this.entryKey(key)]);
      const generation = Number(generationText ?? 0);
      if (!stored) return { generation };
      const newline = stored.indexOf('\n');
      if (Number(stored.slice(0, newline)) !== generation) return { generation };
      const json = stored.slice(newline + 1);
      return { generation, result: JSON.parse(json) as FormattedExecutionResult, json };
    } catch (error) {
      this.failed('read', error);
      // A generation no entry has: the answer is computed, and not stored.
      return { generation: Number.NaN };
    }
  }

  async store(key: string, generation: number, _result: FormattedExecutionResult, json: string) {
    if (Number.isNaN(generation)) return;
    try {
      await this.redis.set(this.entryKey(key), `${generation}\n${json}`, { expiration: { type: 'EX', value: this.ttlSeconds } });
    } catch (error) {
      this.failed('store', error);
    }
  }

  async invalidate() {
    try {
      await this.redis.incr(this.generationKey);
    } catch (error) {
      // The write is done and must not be reported as failed; the TTL bounds what other instances still serve.
      this.failed('invalidate', error);
    }
  }

  async close() {
    await this.redis.close();
  }

  private entryKey(key: string) {
    return `${this.prefix}response:${key}`;
  }

  private failed(what: string, error: unknown) {
    if (Date.now() - this.lastFailure < 10_000) return;
    this.lastFailure = Date.now();
    this.log(`[response cache] could not ${what} in Redis: ${(error as Error).message}`);
  }
}

/** The store the configuration asks for; none when caching is off. */
export async function openResponseStore(config: ResponseCacheConfig, log: (line: string) => void): Promise<ResponseStore | undefined> {
  if (config.mode === 'off') return undefined;
  if (config.mode === 'memory') return new MemoryResponseStore(config.maxMegabytes * 1_000_000, config.ttlSeconds * 1000);
  const redis = await openRedis(config.redisUrl as string, log);
  return new RedisResponseStore(redis, config.redisKeyPrefix, config.ttlSeconds, log);
}
