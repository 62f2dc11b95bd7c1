import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { DisclosureRules, Withheld } from '../../../contract/disclosure/disclosure-table';
import type { PeriodSpan } from '../../../contract/periods';
import type { AtomRow } from './publication-sql';

const packed = promisify(gzip);
const unpacked = promisify(gunzip);

/**
 * Bumped whenever what a snapshot holds, or how cells are chosen to be withheld
 * (contract/disclosure/), changes: a snapshot of another format is never read as current, so no
 * figure is ever published as an earlier protection decided it. 2: its version is the published
 * data version (rollup/data-version.ts), no longer the data version.
 */
export const SNAPSHOT_FORMAT = 2;

/**
 * Earlier formats whose cells were chosen as this one's are: after an upgrade, one of them is
 * given as the publication before (never as current) while this format's is built, and its
 * table's decision is taken again if the table is the same. Emptied when the protection changes.
 */
const SAME_PROTECTION_FORMATS: readonly number[] = [1];

/** What a publication is made for besides the data: one made for other rules or periods is another publication. */
export interface PublicationTerms {
  rules: DisclosureRules;
  periods: readonly PeriodSpan[];
}

/** A built publication as kept: the finest counts it was made from, and the cells withheld of each data set's table. */
export interface PublicationSnapshot {
  version: bigint;
  asOf: Date;
  rows: AtomRow[];
  regions: string[];
  /** Per data set (`recorded`, `illustrative`), the withheld cells by index into its table, with why. */
  withheld: Record<'recorded' | 'illustrative', [number, Withheld][]>;
}

interface Body {
  rows: AtomRow[];
  regions: string[];
  withheld: PublicationSnapshot['withheld'];
}

/**
 * Keeps `snapshot` as the latest publication, in place of any other, unless one of later data
 * for the same terms is kept already (two instances building at once: the later data win).
 */
export async function saveSnapshot(db: DataSource, terms: PublicationTerms, snapshot: PublicationSnapshot): Promise<void> {
  const body: Body = { rows: snapshot.rows, regions: snapshot.regions, withheld: snapshot.withheld };
  await db.query(
    `INSERT INTO engagement.publication_snapshot (id, format, rules, periods, version, as_of, body)
     VALUES (1, $1, $2::jsonb, $3::jsonb, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET format = EXCLUDED.format, rules = EXCLUDED.rules, periods = EXCLUDED.periods,
       version = EXCLUDED.version, as_of = EXCLUDED.as_of, body = EXCLUDED.body
     WHERE (publication_snapshot.format, publication_snapshot.rules, publication_snapshot.periods)
             IS DISTINCT FROM (EXCLUDED.format, EXCLUDED.rules, EXCLUDED.periods)
        OR publication_snapshot.version <= EXCLUDED.version`,
    [
      SNAPSHOT_FORMAT,
      JSON.stringify(terms.rules),
      JSON.stringify(terms.periods),
      snapshot.version.toString(),
      snapshot.asOf,
      await packed(JSON.stringify(body)),
    ],
  );
}

/** The publication kept for these rules and periods in this format, of this published data version. */
export function loadSnapshot(db: DataSource, terms: PublicationTerms, version: bigint): Promise<PublicationSnapshot | undefined> {
  return load(db, terms, [SNAPSHOT_FORMAT], version);
}

/**
 * The latest publication kept for these rules and periods, whatever its data version; one of an
 * earlier format of the same protection with the version -1, which no data are ever at.
 */
export function loadLatestSnapshot(db: DataSource, terms: PublicationTerms): Promise<PublicationSnapshot | undefined> {
  return load(db, terms, [SNAPSHOT_FORMAT, ...SAME_PROTECTION_FORMATS]);
}

async function load(
  db: DataSource,
  terms: PublicationTerms,
  formats: readonly number[],
  version?: bigint,
): Promise<PublicationSnapshot | undefined> {
  const [row] = (await db.query(
    `SELECT format, version::text AS version, as_of AS "asOf", body FROM engagement.publication_snapshot
     WHERE format = ANY($1::int[]) AND rules = $2::jsonb AND periods = $3::jsonb AND ($4::bigint IS NULL OR version = $4::bigint)`,
    [formats, JSON.stringify(terms.rules), JSON.stringify(terms.periods), version?.toString() ?? null],
  )) as { format: number; version: string; asOf: Date; body: Buffer }[];
  if (!row) return undefined;
  const body = JSON.parse((await unpacked(row.body)).toString('utf8')) as Body;
  return { version: row.format === SNAPSHOT_FORMAT ? BigInt(row.version) : -1n, asOf: row.asOf, ...body };
}
