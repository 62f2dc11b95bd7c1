import { setTimeout as pause } from 'node:timers/promises';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { logger } from '../observability/logger';

type Listener = () => Promise<void>;
/** Says what went wrong with the listening connection, and the error when there is one. */
type NoticeLog = (line: string, error?: Error) => void;

const logWarning: NoticeLog = (line, error) => logger.warn({ component: 'change-notices', err: error }, line);

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const CLOSE_WAIT_MS = 2_000;

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

/** The channel on which an instance sends itself a mark, to know it has heard everything sent before (caughtUp). */
const MARK_CHANNEL = 'sira_change_notices_mark';

/**
 * Tells every instance of a subgraph that something it keeps in memory changed (the taxonomy's
 * labels), through PostgreSQL's LISTEN/NOTIFY: a write announces it inside its transaction, so
 * the notice goes out when, and only if, it commits, to every instance listening on the same
 * database; each then reads what changed again. Nothing is asked per request: the instances
 * hear of a change instead of checking for one.
 *
 * One connection of its own, opened by the first listener (none while no one listens). When it
 * drops it is opened again, and every listener is called once, since a notice sent meanwhile
 * was lost.
 */
export class ChangeNotices {
  private readonly listeners = new Map<string, Listener[]>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  /** Listeners reading a change now: closing waits for them, so that none reads from a database being closed. */
  private readonly reading = new Set<Promise<void>>();
  /** Marks sent by caughtUp, by payload, each resolved when it comes back. */
  private readonly marks = new Map<string, () => void>();

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
    private readonly log: NoticeLog = logWarning,
  ) {}

  /** Announces a change on `channel`, in the writer's transaction: delivered at commit. */
  static announce(manager: EntityManager, channel: string): Promise<unknown> {
    return manager.query("SELECT pg_notify($1, '')", [channel]);
  }

  /** Calls `onChange` after every change announced on `channel` by any instance, this one included. */
  async listen(channel: string, onChange: Listener): Promise<void> {
    if (this.closed) throw new Error('These change notices are closed');
    const known = this.listeners.get(channel);
    this.listeners.set(channel, [...(known ?? []), onChange]);
    await this.connected();
    if (!known) await this.client?.query(`LISTEN ${quoted(channel)}`);
  }

  /**
   * Resolves once every change committed before this call has been heard and read. PostgreSQL
   * delivers notices in commit order, so when a mark this instance sends itself comes back, every
   * earlier one has come too. Loading a data set waits for it, so that the reading the load set
   * off is over when it returns (before the system says it is ready, before a test counts SQL).
   */
  async caughtUp(): Promise<void> {
    if (this.closed || this.listeners.size === 0) return;
    await this.connected();
    const client = this.client;
    if (!client) return;
    const mark = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    const back = new Promise<void>((resolve) => this.marks.set(mark, resolve));
    await client.query('SELECT pg_notify($1, $2)', [MARK_CHANNEL, mark]);
    await Promise.race([back, pause(CLOSE_WAIT_MS, undefined, { ref: false })]);
    this.marks.delete(mark);
    await Promise.allSettled([...this.reading]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = undefined;
    // A server that stopped answering would never acknowledge the goodbye, nor answer a listener's
    // read: stopping waits for neither longer than CLOSE_WAIT_MS.
    const done = Promise.all([client?.end().catch(() => {}), Promise.allSettled(this.reading)]);
    await Promise.race([done, pause(CLOSE_WAIT_MS, undefined, { ref: false })]);
  }

  private connected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: `${this.applicationName}-notices`,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    client.on('notification', ({ channel, payload }) => {
      if (channel === MARK_CHANNEL) this.marks.get(payload ?? '')?.();
      else this.call(this.listeners.get(channel) ?? []);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of [...this.listeners.keys(), MARK_CHANNEL]) await client.query(`LISTEN ${quoted(channel)}`);
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
  }

  private lost(client: Client, error?: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.log(`[change notices] connection lost${error ? `: ${error.message}` : ''}; listening again in ${this.retryMs} ms`, error);
    client.end().catch(() => {});
    this.retry = setTimeout(() => this.reconnect(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.connected();
    } catch (error) {
      this.log(`[change notices] could not listen again: ${(error as Error).message}; trying again in ${this.retryMs} ms`, error as Error);
      this.retry = setTimeout(() => this.reconnect(), this.retryMs);
      this.retry.unref();
      this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
      return;
    }
    // Whatever was announced while no one listened is read now.
    this.call([...this.listeners.values()].flat());
  }

  private call(listeners: readonly Listener[]): void {
    if (this.closed) return;
    for (const listener of listeners) {
      const reading: Promise<void> = listener()
        .catch((error: Error) => this.log(`[change notices] reading a change failed: ${error.message}`, error))
        .finally(() => this.reading.delete(reading));
      this.reading.add(reading);
    }
  }
}
