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
 * (contract/disclosure/), changes: a snapshot of another format is never read, so no figure is
 * ever published as an earlier protection decided it.
 */
export const SNAPSHOT_FORMAT = 1;

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

/** The latest publication kept, if it was made in this format, for these rules and periods (and, given one, of this data version). */
export async function loadSnapshot(db: DataSource, terms: PublicationTerms, version?: bigint): Promise<PublicationSnapshot | undefined> {
  const [row] = (await db.query(
    `SELECT version::text AS version, as_of AS "asOf", body FROM engagement.publication_snapshot
     WHERE format = $1 AND rules = $2::jsonb AND periods = $3::jsonb AND ($4::bigint IS NULL OR version = $4::bigint)`,
    [SNAPSHOT_FORMAT, JSON.stringify(terms.rules), JSON.stringify(terms.periods), version?.toString() ?? null],
  )) as { version: string; asOf: Date; body: Buffer }[];
  if (!row) return undefined;
  const body = JSON.parse((await unpacked(row.body)).toString('utf8')) as Body;
  return { version: BigInt(row.version), asOf: row.asOf, ...body };
}
