import type { DataSource } from 'typeorm';
import { dataVersion } from './data-version';

/** What is built from the roundtables, with the data version it saw, read in the same snapshot. */
export interface Versioned<T> {
  version: bigint;
  value: T;
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

  constructor(
    private readonly db: DataSource,
    private readonly build: (db: DataSource) => Promise<Versioned<T>>,
  ) {}

  async current(): Promise<T> {
    const wanted = await dataVersion(this.db.manager);
    if (this.latest?.version === wanted) return this.latest.value;
    // A build already under way may predate a write this request has seen: then build again.
    // Any other version (newer, or older after a restore) is the data as they are.
    for (;;) {
      this.pending ??= this.build(this.db).finally(() => {
        this.pending = undefined;
      });
      this.latest = await this.pending;
      if (this.latest.version >= wanted) return this.latest.value;
    }
  }

  /** Builds again at the next request, whatever the version: for a change the version does not follow. */
  forget(): void {
    this.latest = undefined;
  }
}
