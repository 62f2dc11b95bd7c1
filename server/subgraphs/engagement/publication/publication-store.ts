import type { DataSource } from 'typeorm';
import type { DisclosureRules } from '../../../contract/disclosure/disclosure-table';
import { protectTable } from '../../../contract/disclosure/protect-table';
import type { PeriodSpan } from '../../../contract/periods';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { type ProtectedDataset, Publication } from './publication';
import { datasetLattice, TimeLattice } from './publication-lattice';
import { type AtomRow, PUBLICATION_ATOMS } from './publication-sql';

// Every write that changes a count of people bumps its region's version (migration
// PublicationVersion1765000000000), so their sum changes whenever anything published may.
const DATA_VERSION = 'SELECT COALESCE(sum(version), 0)::text AS version FROM engagement.region_data_version';
const PERIODS = `SELECT code, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
                 FROM engagement.reporting_period_ref ORDER BY starts_on, ends_on DESC, code`;

/**
 * Keeps the protected publication of the data as they are now. A request of FUNDER or PUBLIC
 * reads the data version (one small statement); when it moved, the publication is built again
 * from one snapshot of the rollups, once for every request waiting on it. Every instance
 * builds the same publication from the same data, so which one answers never matters.
 */
export class PublicationStore {
  private latest: Publication | undefined;
  private pending: Promise<Publication> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly rules: DisclosureRules,
  ) {}

  async current(): Promise<Publication> {
    const [{ version }] = (await this.db.query(DATA_VERSION)) as [{ version: string }];
    const wanted = BigInt(version);
    if (this.latest?.version === wanted) return this.latest;
    // A build already under way may predate a write this request has seen: then build again.
    // Any other version (newer, or older after a restore) is the data as they are.
    for (;;) {
      this.pending ??= this.build().finally(() => {
        this.pending = undefined;
      });
      this.latest = await this.pending;
      if (this.latest.version >= wanted) return this.latest;
    }
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
    this.latest = undefined;
  }

  /** The reporting periods the publication is made for, from engagement's copy of evaluation's. */
  async periods(): Promise<PeriodSpan[]> {
    return this.db.query(PERIODS);
  }

  private async build(): Promise<Publication> {
    const periods = await this.periods();
    const time = new TimeLattice(periods);
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
    return new Publication(version, periods, datasets);
  }
}
