import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DisclosureRules, Withheld } from '../../../contract/disclosure/disclosure-table';
import { protectTable } from '../../../contract/disclosure/protect-table';
import type { PeriodSpan } from '../../../contract/periods';
import { DEFAULT_PUBLICATION_WAIT_MS } from '../../../contract/publication-wait';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { logger } from '../../../core/observability/logger';
import { type PublicationLag, publicationBuilds, watchPublicationLag } from '../../../core/observability/metrics';
import { publishedDataVersion } from '../rollup/data-version';
import { type Kept, KeptWhileUnchanged, type Versioned } from '../rollup/kept-while-unchanged';
import { type ProtectedDataset, Publication } from './publication';
import { type DatasetLattice, datasetLattice, TimeLattice } from './publication-lattice';
import { loadLatestSnapshot, loadSnapshot, type PublicationSnapshot, type PublicationTerms, saveSnapshot } from './publication-snapshot';
import { type AtomRow, PUBLICATION_ATOMS } from './publication-sql';

const PERIODS = `SELECT code, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
                 FROM engagement.reporting_period_ref ORDER BY starts_on, ends_on DESC, code`;

/** The two data sets, as a snapshot names them and as the rows tell them apart. */
const DATASETS = [
  ['recorded', false],
  ['illustrative', true],
] as const;

/**
 * Keeps the protected publication of the data as they are now (kept-while-unchanged.ts): a
 * request of FUNDER or PUBLIC reads the data version, and when it moved, the publication is
 * built again from one snapshot of the rollups. Its audit takes seconds at 100 regions and
 * minutes at 1,000: a request waits `waitMs` for it, then is answered from the publication
 * before, which says how old it is (status), while the build goes on for the requests after.
 * Every publication built is kept in the database too (publication-snapshot.ts): an instance
 * that starts answers from it at once, and one whose data another instance has published reads
 * that instead of auditing them again.
 */
export class PublicationStore implements PublicationLag {
  private readonly kept: KeptWhileUnchanged<Publication>;
  private readonly replacedListeners: (() => Promise<void>)[] = [];
  /** What the latest publication built or read here withheld, and of what table (digestOf). */
  private latestDecision: { digest: string; withheld: PublicationSnapshot['withheld'] } | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly rules: DisclosureRules,
    private readonly waitMs = DEFAULT_PUBLICATION_WAIT_MS,
  ) {
    this.kept = new KeptWhileUnchanged(db, (_, wanted) => this.build(wanted), {
      onReplacedPrevious: async () => {
        for (const listener of this.replacedListeners) await listener();
      },
      restore: () => this.restore(),
      // Approved roundtables only: a draft leaves the publication as it is.
      version: publishedDataVersion,
    });
    watchPublicationLag(this);
  }

  behindSeconds(): number {
    // A store whose database is closed answers no one any more.
    return this.db.isInitialized ? this.kept.behindMs() / 1000 : 0;
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

  private async terms(): Promise<PublicationTerms> {
    return { rules: this.rules, periods: await this.periods() };
  }

  /** The publication last kept in the database for these rules and periods, whatever its data version. */
  private async restore(): Promise<Versioned<Publication> | undefined> {
    const terms = await this.terms();
    const snapshot = await loadLatestSnapshot(this.db, terms);
    if (!snapshot) return undefined;
    this.latestDecision ??= { digest: digestOf(terms, snapshot.rows, snapshot.regions), withheld: snapshot.withheld };
    return { version: snapshot.version, value: publicationOf(snapshot, terms.periods) };
  }

  /** A publication of the data as they are, timed by how it was made (sira_publication_build_seconds), failures too. */
  private async build(wanted: bigint): Promise<Versioned<Publication>> {
    const timer = publicationBuilds.startTimer();
    try {
      const { how, built } = await this.readOrAudit(wanted);
      timer({ how });
      return built;
    } catch (error) {
      timer({ how: 'failed' });
      throw error;
    }
  }

  private async readOrAudit(wanted: bigint): Promise<{ how: 'read' | 'decided_before' | 'audited'; built: Versioned<Publication> }> {
    const terms = await this.terms();
    // Built already, by another instance or before this one started: the data as they are.
    const published = await loadSnapshot(this.db, terms, wanted).catch((error) => {
      logger.error({ component: 'publication', err: error }, 'The publication kept in the database could not be read: it is built again');
      return undefined;
    });
    if (published) {
      this.latestDecision = { digest: digestOf(terms, published.rows, published.regions), withheld: published.withheld };
      return { how: 'read', built: { version: published.version, value: publicationOf(published, terms.periods) } };
    }
    const time = new TimeLattice(terms.periods);
    const asOf = new Date();
    const rows: AtomRow[] = await this.db.query(PUBLICATION_ATOMS, [time.boundaries]);
    const version = BigInt(rows.find((row) => row.kind === 'V')?.key ?? 0);
    const regions = [
      ...new Set([...this.regions.all().map((region) => region.slug), ...rows.flatMap((row) => (row.region ? [row.region] : []))]),
    ].sort();
    const lattices = latticesOf(rows, regions, time);
    // The same table always gets the same protection (protect-table.ts): after a write FUNDER and
    // PUBLIC do not see (a draft, say), what was decided is taken again instead of audited again.
    const digest = digestOf(terms, rows, regions);
    const decidedBefore = this.latestDecision?.digest === digest;
    let withheld = decidedBefore ? this.latestDecision?.withheld : undefined;
    if (!withheld) {
      withheld = { recorded: [], illustrative: [] };
      for (const [name, illustrative] of DATASETS) {
        const decided = await protectTable((lattices.get(illustrative) as DatasetLattice).table, this.rules);
        withheld[name] = decided.flatMap((reason, cell): [number, Withheld][] => (reason ? [[cell, reason]] : []));
      }
    }
    this.latestDecision = { digest, withheld };
    const snapshot: PublicationSnapshot = { version, asOf, rows, regions, withheld };
    // Kept for the next start and the other instances; one not kept is built again by them.
    await saveSnapshot(this.db, terms, snapshot).catch((error) =>
      logger.error({ component: 'publication', err: error }, 'The publication could not be kept in the database'),
    );
    return {
      how: decidedBefore ? 'decided_before' : 'audited',
      built: { version, value: publicationOf(snapshot, terms.periods, lattices) },
    };
  }
}

/** Names the tables a publication is made of: its terms, regions and finest counts, whatever order the rows came in. */
function digestOf(terms: PublicationTerms, rows: readonly AtomRow[], regions: readonly string[]): string {
  const counts = rows
    .filter((row) => row.kind !== 'V')
    .map((row) =>
      JSON.stringify([
        row.kind,
        row.illustrative,
        row.region,
        row.segment,
        row.key,
        String(row.min),
        String(row.max),
        row.n1,
        row.n2,
        row.n3,
      ]),
    )
    .sort();
  return createHash('sha256')
    .update(JSON.stringify([terms, regions, counts]))
    .digest('base64url');
}

/** Each data set's table of cells and relations, from the finest counts. */
function latticesOf(rows: readonly AtomRow[], regions: readonly string[], time: TimeLattice): Map<boolean, DatasetLattice> {
  return new Map(
    DATASETS.map(([, illustrative]) => [
      illustrative,
      datasetLattice(
        rows.filter((row) => row.illustrative === illustrative),
        regions,
        time,
      ),
    ]),
  );
}

/** The publication a snapshot holds: its tables laid out again (given, when just laid out), with the cells it withholds. */
function publicationOf(
  snapshot: PublicationSnapshot,
  periods: readonly PeriodSpan[],
  lattices = latticesOf(snapshot.rows, snapshot.regions, new TimeLattice(periods)),
): Publication {
  const datasets = new Map<boolean, ProtectedDataset>();
  for (const [name, illustrative] of DATASETS) {
    const lattice = lattices.get(illustrative) as DatasetLattice;
    const withheld = new Array<Withheld | undefined>(lattice.table.cells.length).fill(undefined);
    for (const [cell, reason] of snapshot.withheld[name]) withheld[cell] = reason;
    datasets.set(illustrative, { lattice, withheld, regions: snapshot.regions });
  }
  return new Publication(snapshot.version, snapshot.asOf, periods, datasets);
}
