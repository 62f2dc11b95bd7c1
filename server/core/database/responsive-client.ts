import { Client, type ClientConfig, DatabaseError } from 'pg';
import { tracedStatement } from '../observability/tracing-sql';

/**
 * What a statement or a connection fails with when the server stopped answering altogether (a
 * frozen host, a network partition): PostgreSQL's own statement_timeout cannot fire then, and
 * TCP would wait for minutes.
 */
export class DatabaseUnresponsiveError extends Error {
  readonly code = 'DATABASE_UNRESPONSIVE';

  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnresponsiveError';
  }
}

export interface ResponsivenessOptions {
  /** A new connection must be open within this (pg's connectionTimeoutMillis, per connection). */
  connectTimeoutMs: number;
  /** A statement still running after this long makes the pool check that the server answers at all. */
  checkAfterMs: number;
  /** How long the server has to accept a new connection during that check. */
  probeTimeoutMs: number;
}

type AnyFunction = (...args: unknown[]) => unknown;
type Callback = (error?: Error) => void;

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | undefined)?.then === 'function';

/**
 * A pg Client class for one pool, whose statements fail fast once the server stops answering
 * without cutting a statement that is merely slow. When a statement has run `checkAfterMs`, the
 * pool asks whether the server answers anything: another statement of the pool finished lately,
 * or it accepts a new connection within `probeTimeoutMs`. A slow statement on a live server runs
 * on, up to statement_timeout; on a silent one it fails with DatabaseUnresponsiveError and its
 * connection is dropped, so the pool never lends it again. For `checkAfterMs` after the server
 * was found silent, new connections fail at once instead of each waiting out its timeout.
 *
 * The connect timeout is set here, per connection, rather than on the pool, where pg-pool would
 * also bound the wait for a free connection: under a burst of writes that wait is legitimate.
 * Every statement goes through here, so this is where one becomes a span when tracing is on
 * (observability/tracing-sql.ts).
 */
export function responsiveClient(options: ResponsivenessOptions): typeof Client {
  const server = new ServerResponsiveness(options);
  return class ResponsiveClient extends Client {
    constructor(config?: string | ClientConfig) {
      const base = typeof config === 'string' ? { connectionString: config } : (config ?? {});
      super({ ...base, connectionTimeoutMillis: options.connectTimeoutMs });
      server.learnConfig(base);
      const connect = this.connect.bind(this) as () => Promise<unknown>;
      const query = this.query.bind(this) as unknown as AnyFunction;
      // pg-pool connects with a callback; TypeORM queries with the promise form. The callback
      // and stream forms of query are left as they are.
      const guardedConnect = (callback?: Callback) => {
        const opened = server.connect(connect);
        if (!callback) return opened;
        opened.then(() => callback(), callback);
        return undefined;
      };
      const target = { host: this.host, port: this.port, database: this.database, applicationName: base.application_name };
      const watchedQuery: AnyFunction = (...args) => {
        const result = tracedStatement(target, args[0], () => query(...args));
        return isPromise(result) ? server.watch(this, result) : result;
      };
      Object.assign(this, { connect: guardedConnect, query: watchedQuery });
    }
  };
}

class ServerResponsiveness {
  private config: ClientConfig = {};
  private lastAnswerAt = 0;
  private lastSilenceAt = 0;
  private probe: Promise<boolean> | undefined;

  constructor(private readonly options: ResponsivenessOptions) {}

  learnConfig(config: ClientConfig): void {
    this.config = config;
  }

  async connect(open: () => Promise<unknown>): Promise<void> {
    if (this.silentLately()) {
      throw new DatabaseUnresponsiveError('The database is not answering: it accepted no connection and answered no statement lately.');
    }
    try {
      await open();
      this.lastAnswerAt = Date.now();
    } catch (error) {
      // A refusal with a reason (too many clients, starting up, a wrong password) is an answer.
      if (error instanceof DatabaseError) this.lastAnswerAt = Date.now();
      else this.lastSilenceAt = Date.now();
      throw error;
    }
  }

  watch<T>(client: Client, pending: Promise<T>): Promise<T> {
    const startedAt = Date.now();
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const settle = () => {
        settled = true;
        clearTimeout(timer);
      };
      const schedule = () => {
        timer = setTimeout(check, this.options.checkAfterMs);
        timer.unref();
      };
      const check = () => {
        void this.answering().then((answering) => {
          if (settled) return;
          if (answering) return schedule();
          settle();
          reject(
            new DatabaseUnresponsiveError(
              `The database stopped answering: a statement ran ${Date.now() - startedAt} ms and the server accepted no new connection either.`,
            ),
          );
          // Its answer may never come. pg destroys the socket of a client ended with a statement
          // in flight, and the pool drops an ended client instead of lending it again.
          client.end().catch(() => {});
        });
      };
      schedule();
      pending.then(
        (value) => {
          this.lastAnswerAt = Date.now();
          if (settled) return;
          settle();
          resolve(value);
        },
        (error: unknown) => {
          if (error instanceof DatabaseError) this.lastAnswerAt = Date.now();
          if (settled) return;
          settle();
          reject(error);
        },
      );
    });
  }

  private silentLately(): boolean {
    return this.lastSilenceAt > this.lastAnswerAt && Date.now() - this.lastSilenceAt < this.options.checkAfterMs;
  }

  /** Whether the server answered lately, or accepts a connection now; one probe at a time for the pool. */
  private answering(): Promise<boolean> {
    if (this.silentLately()) return Promise.resolve(false);
    if (Date.now() - this.lastAnswerAt < this.options.checkAfterMs) return Promise.resolve(true);
    this.probe ??= this.connects().finally(() => {
      this.probe = undefined;
    });
    return this.probe;
  }

  private async connects(): Promise<boolean> {
    const probe = new Client({ ...this.config, connectionTimeoutMillis: this.options.probeTimeoutMs });
    try {
      await probe.connect();
      this.lastAnswerAt = Date.now();
      return true;
    } catch (error) {
      if (error instanceof DatabaseError) {
        this.lastAnswerAt = Date.now();
        return true;
      }
      this.lastSilenceAt = Date.now();
      return false;
    } finally {
      probe.end().catch(() => {});
    }
  }
}
