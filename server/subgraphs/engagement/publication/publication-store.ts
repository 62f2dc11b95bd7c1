import type { DataSource } from 'typeorm';
import type { DisclosureRules } from '../../../contract/disclosure/disclosure-table';
import { protectTable } from '../../../contract/disclosure/protect-table';
import type { PeriodSpan } from '../../../contract/periods';
import { DEFAULT_PUBLICATION_WAIT_MS } from '../../../contract/publication-wait';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { type Kept, KeptWhileUnchanged } from '../rollup/kept-while-unchanged';
import { type ProtectedDataset, Publication } from './publication';
import { datasetLattice, TimeLattice } from './publication-lattice';
import { type AtomRow, PUBLICATION_ATOMS } from './publication-sql';

const PERIODS = `SELECT code, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
                 FROM engagement.reporting_period_ref ORDER BY starts_on, ends_on DESC, code`;

/**
 * Keeps the protected publication of the data as they are now (kept-while-unchanged.ts): a
 * request of FUNDER or PUBLIC reads the data version, and when it moved, the publication is
 * built again from one snapshot of the rollups. Its audit takes seconds at 100 regions and
 * minutes at 1,000: a request waits `waitMs` for it, then is answered from the publication
 * before, which says how old it is (status), while the build goes on for the requests after.
 */
export class PublicationStore {
  private readonly kept: KeptWhileUnchanged<Publication>;
  private readonly replacedListeners: (() => Promise<void>)[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly rules: DisclosureRules,
    private readonly waitMs = DEFAULT_PUBLICATION_WAIT_MS,
  ) {
    this.kept = new KeptWhileUnchanged(
      db,
      async () => {
        const publication = await this.build();
        return { version: publication.version, value: publication };
      },
      async () => {
        for (const listener of this.replacedListeners) await listener();
      },
    );
  }

  /** The publication FUNDER and PUBLIC are answered from now, and whether it is of the data as they are. */
  served(): Promise<Kept<Publication>> {
    return this.kept.recent(this.waitMs);
  }

  /**
   * Calls `listener` when a new publication replaces one given out while it was being built:
   * answers kept from the one before (the response cache) are then out of date, as after a write.
   */
  onReplacedPrevious(listener: () => Promise<void>): void {
    this.replacedListeners.push(listener);
  }

  /** Brings engagement's copy of evaluation's reporting periods up to date; evaluation's are the only source. */
  async applyPeriods(periods: readonly PeriodSpan[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM engagement.reporting_period_ref WHERE NOT (code = ANY($1::text[]))', [periods.map((p) => p.code)]);
      for (const period of periods) {
        await manager.query(
          `INSERT INTO engagement.reporting_period_ref (code, starts_on, ends_on) VALUES ($1, $2, $3)
           ON CONFLICT (code) DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
          [period.code, period.startsOn, period.endsOn],
        );
      }
    });
    // The publication is made per period: a change of periods is a change of what it holds.
    this.kept.forget();
  }

  /** The reporting periods the publication is made for, from engagement's copy of evaluation's. */
  async periods(): Promise<PeriodSpan[]> {
    return this.db.query(PERIODS);
  }

  private async build(): Promise<Publication> {
    const periods = await this.periods();
    const time = new TimeLattice(periods);
    const asOf = new Date();
    const rows: AtomRow[] = await this.db.query(PUBLICATION_ATOMS, [time.boundaries]);
    const version = BigInt(rows.find((row) => row.kind === 'V')?.key ?? 0);
    const regions = [
      ...new Set([...this.regions.all().map((region) => region.slug), ...rows.flatMap((row) => (row.region ? [row.region] : []))]),
    ].sort();
    const datasets = new Map<boolean, ProtectedDataset>();
    for (const illustrative of [false, true]) {
      const lattice = datasetLattice(
        rows.filter((row) => row.illustrative === illustrative),
        regions,
        time,
      );
      datasets.set(illustrative, { lattice, withheld: await protectTable(lattice.table, this.rules), regions });
    }
    return new Publication(version, asOf, periods, datasets);
  }
}
