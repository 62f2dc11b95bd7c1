import type { EntityManager } from 'typeorm';
import {
  attendanceFromInput,
  categoriesFromInput,
  type RecordedAttendance,
  type RecordedCategory,
} from '../../../contract/validation-rules/roundtable-facts';
import type { ReviewState } from '../review/review-state';
import type { Roundtable } from './roundtable.entity';
import type { RoundtableInput } from './roundtable.input';
import { ROUNDTABLE_COLUMNS } from './roundtable.service';

/** Everything recorded about a roundtable: what an update replaces and what the audit keeps. */
export interface RoundtableContent {
  regionSlug: string;
  number: number;
  date: string;
  format: string | null;
  durationMinutes: number | null;
  theme: string | null;
  illustrative: boolean;
  attendance: RecordedAttendance | null;
  categories: RecordedCategory[];
  challenges: { code: string; note: string | null }[];
  insights: string[];
  interests: string[];
  organisers: { organisation: string; role: string }[];
  sources: { title: string; url: string | null; publisher: string | null }[];
}

export interface RoundtableSnapshot extends RoundtableContent {
  id: string;
  version: number;
  /** Where it stands in review: not content, so an update keeps it and a restoration starts again as DRAFT. */
  reviewState: ReviewState;
  reviewComment: string | null;
}

export function contentFromInput(input: RoundtableInput): RoundtableContent {
  return {
    regionSlug: input.region,
    number: input.number,
    date: input.date,
    format: input.format ?? null,
    durationMinutes: input.durationMinutes ?? null,
    theme: input.theme?.trim() || null,
    illustrative: false,
    attendance: attendanceFromInput(input.attendance),
    categories: categoriesFromInput(input.categories),
    challenges: input.challenges.map((c) => ({ code: c.code, note: c.note?.trim() || null })),
    insights: input.insights.map((text) => text.trim()),
    interests: input.interests.map((text) => text.trim()),
    organisers: input.organisers.map((o) => ({ organisation: o.organisation, role: o.role })),
    sources: input.sources.map((s) => ({ title: s.title.trim(), url: s.url ?? null, publisher: s.publisher?.trim() || null })),
  };
}

/** The roundtable as it is now, with everything hanging off it; null when there is none. */
export async function readSnapshot(manager: EntityManager, id: string): Promise<RoundtableSnapshot | null> {
  const [row]: Roundtable[] = await manager.query(`SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt WHERE rt.id = $1`, [id]);
  if (!row) return null;
  const [attendance] = await manager.query(
    `SELECT total_min AS "totalMin", total_max AS "totalMax", online_min AS "onlineMin", online_max AS "onlineMax",
            onsite_min AS "onsiteMin", onsite_max AS "onsiteMax", organisations
     FROM engagement.published_attendance WHERE roundtable_id = $1`,
    [id],
  );
  const list = (sql: string) => manager.query(sql, [id]);
  // The roundtable's own columns are Roundtable's (ROUNDTABLE_COLUMNS). What hangs off it is read
  // in RoundtableContent's shape instead (a challenge's `code`, a source without its id): the shape
  // of an input, which audit entries keep and a restoration or an import writes back, so those
  // lists are not ChallengeMention's or Source's columns.
  return {
    ...row,
    attendance: attendance ?? null,
    categories: await list(
      `SELECT category_code AS code, participants_min AS "participantsMin", participants_max AS "participantsMax"
       FROM engagement.published_category WHERE roundtable_id = $1 ORDER BY category_code`,
    ),
    challenges: await list(
      'SELECT challenge_code AS code, note FROM engagement.challenge_mention WHERE roundtable_id = $1 ORDER BY position',
    ),
    insights: (await list('SELECT text FROM engagement.insight WHERE roundtable_id = $1 ORDER BY position')).map(
      (r: { text: string }) => r.text,
    ),
    interests: (await list('SELECT text FROM engagement.interest WHERE roundtable_id = $1 ORDER BY position')).map(
      (r: { text: string }) => r.text,
    ),
    organisers: await list(
      'SELECT organisation_slug AS organisation, role FROM engagement.roundtable_organiser WHERE roundtable_id = $1 ORDER BY position',
    ),
    sources: await list(
      `SELECT s.title, s.url, s.publisher FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
       WHERE rs.roundtable_id = $1 ORDER BY s.title`,
    ),
  };
}

/** A source by title and address, created when no record has it yet. */
async function sourceId(manager: EntityManager, source: RoundtableContent['sources'][number], illustrative: boolean): Promise<string> {
  const [found] = await manager.query(
    'SELECT id FROM engagement.source WHERE title = $1 AND url IS NOT DISTINCT FROM $2 ORDER BY illustrative LIMIT 1',
    [source.title, source.url],
  );
  if (found) return found.id;
  const [created] = await manager.query(
    `INSERT INTO engagement.source (ref, title, url, publisher, illustrative)
     VALUES ('recorded-' || gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
    [source.title, source.url, source.publisher, illustrative],
  );
  return created.id;
}

const CHILD_TABLES = [
  'published_attendance',
  'published_category',
  'challenge_mention',
  'insight',
  'interest',
  'roundtable_organiser',
  'roundtable_source',
];

/**
 * Replaces everything hanging off a roundtable with `content`. Every figure cites the
 * roundtable's first source.
 */
export async function replaceChildren(manager: EntityManager, id: string, content: RoundtableContent): Promise<void> {
  for (const table of CHILD_TABLES) await manager.query(`DELETE FROM engagement.${table} WHERE roundtable_id = $1`, [id]);
  const sourceIds: string[] = [];
  for (const source of content.sources) sourceIds.push(await sourceId(manager, source, content.illustrative));
  for (const source of new Set(sourceIds)) {
    await manager.query('INSERT INTO engagement.roundtable_source (roundtable_id, source_id) VALUES ($1, $2)', [id, source]);
  }
  const cited = sourceIds[0] ?? null;
  const a = content.attendance;
  if (a) {
    await manager.query(
      `INSERT INTO engagement.published_attendance
         (roundtable_id, total_min, total_max, online_min, online_max, onsite_min, onsite_max, organisations, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, a.totalMin, a.totalMax, a.onlineMin, a.onlineMax, a.onsiteMin, a.onsiteMax, a.organisations, cited],
    );
  }
  for (const c of content.categories) {
    await manager.query(
      `INSERT INTO engagement.published_category (roundtable_id, category_code, participants_min, participants_max, source_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, c.code, c.participantsMin, c.participantsMax, cited],
    );
  }
  for (const [index, c] of content.challenges.entries()) {
    await manager.query(
      'INSERT INTO engagement.challenge_mention (roundtable_id, challenge_code, note, position, source_id) VALUES ($1, $2, $3, $4, $5)',
      [id, c.code, c.note, index + 1, cited],
    );
  }
  for (const table of ['insight', 'interest'] as const) {
    for (const [index, text] of (table === 'insight' ? content.insights : content.interests).entries()) {
      await manager.query(`INSERT INTO engagement.${table} (roundtable_id, text, position, source_id) VALUES ($1, $2, $3, $4)`, [
        id,
        text,
        index + 1,
        cited,
      ]);
    }
  }
  for (const [index, o] of content.organisers.entries()) {
    await manager.query(
      'INSERT INTO engagement.roundtable_organiser (roundtable_id, organisation_slug, role, position) VALUES ($1, $2, $3, $4)',
      [id, o.organisation, o.role, index + 1],
    );
  }
}
