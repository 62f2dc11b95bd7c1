import type { DataSource, EntityManager } from 'typeorm';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { bulkInsert } from '../../../core/database/bulk-insert';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import type { RestorableRecords } from '../../../core/writes/restore-from-audit';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { replaceChildren, type WrittenRoundtable } from './roundtable-children';
import type { RoundtableContent, RoundtableSnapshot } from './roundtable-content';

/** Roundtables as their writes see them: audited in engagement's trail, changed by ADMIN or their region's COORDINATOR. */
export function roundtableRecords(db: DataSource, audit: EngagementAuditService): RestorableRecords<RoundtableSnapshot> {
  return {
    db,
    trail: audit,
    entityType: 'Roundtable',
    kind: 'roundtable',
    named: () => ({ kind: 'roundtable' }),
    assertMayEdit: (viewer, roundtable) => assertMayEditRegion(viewer, roundtable.regionSlug),
  };
}

/** What to say when the database finds the region's number taken by another roundtable. */
export type NumberTaken = (content: { regionSlug: string; number: number }) => DomainError;

/** The database's uniqueness of (region, number) said as a person would. */
export const numberTaken: NumberTaken = (content) =>
  new DomainError(ErrorCode.CONFLICT, errorText('roundtableNumberTaken', { region: content.regionSlug, number: content.number }));

/** The roundtable a unique violation names in its detail ("Key (region_slug, number)=(soria, 3) already exists."), else the first. */
function takenOne<C extends { regionSlug: string; number: number }>(error: { detail?: string }, contents: readonly C[]): C {
  return contents.find((content) => error.detail?.includes(`=(${content.regionSlug}, ${content.number})`)) ?? (contents[0] as C);
}

const refusingTaken =
  (contents: readonly { regionSlug: string; number: number }[], taken: NumberTaken) => (error: { code?: string; detail?: string }) => {
    throw error.code === '23505' ? taken(takenOne(error, contents)) : error;
  };

/** Records a new roundtable and everything hanging off it; returns its id. */
export async function insertRoundtable(manager: EntityManager, content: RoundtableContent, taken = numberTaken): Promise<string> {
  const [id] = await writeRoundtables(manager, [{ id: null, content }], taken);
  return id as string;
}

/** Replaces what is recorded about a roundtable, and everything hanging off it, with `content`; its version moves on. */
export async function updateRoundtable(manager: EntityManager, id: string, content: RoundtableContent, taken = numberTaken): Promise<void> {
  await writeRoundtables(manager, [{ id, content }], taken);
}

/**
 * Writes many roundtables at once: those with an id replaced with their content (each version
 * moves on), those without recorded anew, then everything hanging off them all, in the order
 * given. One statement per table, however many. Returns their ids in the order given. A region's
 * number already taken (by a writer that got there first) refuses them all, naming the first.
 */
export async function writeRoundtables(
  manager: EntityManager,
  roundtables: readonly { id: string | null; content: RoundtableContent }[],
  taken = numberTaken,
): Promise<string[]> {
  const recorded = roundtables.filter((roundtable): roundtable is WrittenRoundtable => roundtable.id !== null);
  await updateRows(manager, recorded, taken);
  const created = await insertRows(
    manager,
    roundtables.filter((roundtable) => roundtable.id === null).map((roundtable) => roundtable.content),
    taken,
  );
  const written = roundtables.map(({ id, content }) => ({ id: id ?? (created.shift() as string), content }));
  // A roundtable just recorded has nothing hanging off it yet: only the others' parts are deleted first.
  await replaceChildren(
    manager,
    written,
    recorded.map((roundtable) => roundtable.id),
  );
  return written.map((roundtable) => roundtable.id);
}

/** The roundtables' own rows, inserted in one statement; their ids in the order given. */
async function insertRows(manager: EntityManager, contents: readonly RoundtableContent[], taken: NumberTaken): Promise<string[]> {
  if (contents.length === 0) return [];
  const rows = await bulkInsert(
    manager,
    'engagement.roundtable',
    { regionSlug: 'text', number: 'int', date: 'date', format: 'text', durationMinutes: 'int', theme: 'text' },
    contents.map(({ regionSlug, number, date, format, durationMinutes, theme }) => ({
      regionSlug,
      number,
      date,
      format,
      durationMinutes,
      theme,
    })),
    // A number taken meanwhile is found below, by the row that did not come back, rather than by the statement failing.
    'ON CONFLICT (region_slug, number) DO NOTHING',
    'id, region_slug, number',
  );
  const idByKey = new Map(rows.map((row) => [`${row.region_slug}#${row.number}`, row.id as string]));
  const ids = contents.map((content) => idByKey.get(`${content.regionSlug}#${content.number}`));
  const first = contents.find((_, index) => ids[index] === undefined);
  if (first) throw taken(first);
  return ids as string[];
}

/** The roundtables' own rows, replaced in one statement; each version moves on. */
async function updateRows(manager: EntityManager, written: readonly WrittenRoundtable[], taken: NumberTaken): Promise<void> {
  if (written.length === 0) return;
  const column = <T>(pick: (content: RoundtableContent) => T) => written.map(({ content }) => pick(content));
  await manager
    .query(
      `UPDATE engagement.roundtable rt SET region_slug = v.region_slug, number = v.number, date = v.date, format = v.format,
              duration_minutes = v.duration_minutes, theme = v.theme, version = rt.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::date[], $5::text[], $6::int[], $7::text[])
            AS v (id, region_slug, number, date, format, duration_minutes, theme)
       WHERE rt.id = v.id`,
      [
        written.map(({ id }) => id),
        column((c) => c.regionSlug),
        column((c) => c.number),
        column((c) => c.date),
        column((c) => c.format),
        column((c) => c.durationMinutes),
        column((c) => c.theme),
      ],
    )
    .catch(
      refusingTaken(
        written.map(({ content }) => content),
        taken,
      ),
    );
}

/** Writes a deleted roundtable again as it was, with its id and the version after the one it was deleted at. */
export async function reinsertRoundtable(manager: EntityManager, deleted: RoundtableSnapshot): Promise<void> {
  await manager
    .query(
      `INSERT INTO engagement.roundtable (id, region_slug, number, date, format, duration_minutes, theme, illustrative, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        deleted.id,
        deleted.regionSlug,
        deleted.number,
        deleted.date,
        deleted.format,
        deleted.durationMinutes,
        deleted.theme,
        deleted.illustrative,
        deleted.version + 1,
      ],
    )
    .catch(refusingTaken([deleted], numberTaken));
  await replaceChildren(manager, [{ id: deleted.id, content: deleted }]);
}
