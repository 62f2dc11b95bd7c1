import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../../../core/observability/logger';
import { dataVersion } from './data-version';

/** What is built from the roundtables, with the data version it saw, read in the same snapshot. */
export interface Versioned<T> {
  version: bigint;
  value: T;
}

/** A kept value, and whether it was built from the data as they are (false: from the data before a write). */
export interface Kept<T> {
  value: T;
  current: boolean;
}

/**
 * Something costly built from the roundtables, kept in memory while the data version stays
 * (data-version.ts): a request reads the version (one small statement) and, when it moved, the
 * value is built again, once for every request waiting on it. Every instance builds the same
 * value from the same data, so which one answers never matters. Read and built on the pool,
 * never in a caller's transaction: the value is shared, so it holds only what is committed.
 */
export class KeptWhileUnchanged<T> {
  private latest: Versioned<T> | undefined;
  private pending: Promise<Versioned<T>> | undefined;
  private restoring: Promise<Versioned<T> | undefined> | undefined;
  /** When the value before the one being built was first given out since the data moved on (recent); undefined if it was not. */
  private previousGivenOutAt: number | undefined;

  constructor(
    private readonly db: DataSource,
    /** Builds the value; `wanted` is the data version the request that started it had read. */
    private readonly build: (db: DataSource, wanted: bigint) => Promise<Versioned<T>>,
    private readonly options: {
      /** Told when a value replaces one `recent` gave out as not current, whose readers may keep it. */
      onReplacedPrevious?: () => Promise<void>;
      /** A value kept outside this process, of any version: what `recent` gives while none has been built here. */
      restore?: () => Promise<Versioned<T> | undefined>;
      /** The version the value follows, read as the build reads it: by default every region's data version. */
      version?: (manager: EntityManager) => Promise<bigint>;
    } = {},
  ) {}

  private readVersion(): Promise<bigint> {
    return (this.options.version ?? dataVersion)(this.db.manager);
  }

  /** The value of the data as they are, built first if need be. */
  async current(): Promise<T> {
    const wanted = await this.readVersion();
    if (this.latest?.version === wanted) return this.latest.value;
    return this.upTo(wanted);
  }

  /**
   * The value of the data as they are when it is at hand or built within `waitMs`; past that,
   * the one built before, not current, while the build goes on for the requests after. With
   * none built before, waits for the build: there is nothing else to give.
   */
  async recent(waitMs: number): Promise<Kept<T>> {
    const wanted = await this.readVersion();
    const previous = this.latest ?? (await this.restored());
    if (previous?.version === wanted) return { value: previous.value, current: true };
    const building = this.upTo(wanted).then((value): Kept<T> => ({ value, current: true }));
    if (!previous) return building;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<Kept<T>>((resolve) => {
      timer = setTimeout(() => {
        // Marked as it is decided, so a build ending before this request goes on still tells of it.
        this.previousGivenOutAt ??= Date.now();
        resolve({ value: previous.value, current: false });
      }, waitMs);
    });
    try {
      const kept = await Promise.race([building, waited]);
      if (!kept.current) {
        // No one awaits the build any more: its failure would go unseen, and the next request starts it again.
        building.catch((error) => logger.error({ component: 'kept-while-unchanged', err: error }, 'A build past its wait failed'));
      }
      return kept;
    } finally {
      clearTimeout(timer);
    }
  }

  /** How long requests have been given the value before, not current: 0 while none has been since the last build. */
  behindMs(now = Date.now()): number {
    return this.previousGivenOutAt === undefined ? 0 : now - this.previousGivenOutAt;
  }

  /** Builds again at the next request, whatever the version: for a change the version does not follow. */
  forget(): void {
    this.latest = undefined;
  }

  /** The value kept outside, read once for every request waiting on it, unless one was built here meanwhile. */
  private async restored(): Promise<Versioned<T> | undefined> {
    if (!this.options.restore) return undefined;
    this.restoring ??= this.options
      .restore()
      .catch((error) => {
        logger.error({ component: 'kept-while-unchanged', err: error }, 'Reading the value kept outside failed: it is built instead');
        return undefined;
      })
      .finally(() => {
        this.restoring = undefined;
      });
    const restored = await this.restoring;
    this.latest ??= restored;
    return this.latest;
  }

  /** The value of version `wanted` or a later one, waiting for the build under way or starting one. */
  private async upTo(wanted: bigint): Promise<T> {
    // A build already under way may predate a write this request has seen: then build again.
    // Any other version (newer, or older after a restore) is the data as they are.
    for (;;) {
      this.pending ??= this.build(this.db, wanted)
        .then(async (built) => {
          this.latest = built;
          if (this.previousGivenOutAt !== undefined) {
            this.previousGivenOutAt = undefined;
            await this.options
              .onReplacedPrevious?.()
              .catch((error) =>
                logger.error({ component: 'kept-while-unchanged', err: error }, 'Telling of a value replacing a previous one failed'),
              );
          }
          return built;
        })
        .finally(() => {
          this.pending = undefined;
        });
      const built = await this.pending;
      if (built.version >= wanted) return built.value;
    }
  }
}
