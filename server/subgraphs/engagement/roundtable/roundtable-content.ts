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
  return (await readSnapshots(manager, [id])).get(id) ?? null;
}

/**
 * The roundtables as they are now, with everything hanging off them, by id (an id that names
 * none is left out): one statement per list, whatever their number.
 */
export async function readSnapshots(manager: EntityManager, ids: readonly string[]): Promise<Map<string, RoundtableSnapshot>> {
  if (ids.length === 0) return new Map();
  const wanted = [[...new Set(ids)]];
  const rows: Roundtable[] = await manager.query(
    `SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt WHERE rt.id = ANY($1::uuid[])`,
    wanted,
  );
  if (rows.length === 0) return new Map();
  // Each list is read for every roundtable at once, in the order it is kept in, and dealt out by roundtable.
  const byRoundtable = async <T>(sql: string, shape: (row: Record<string, unknown>) => T = (row) => row as T) => {
    const lists = new Map<string, T[]>();
    for (const { roundtable_id: id, ...row } of (await manager.query(sql, wanted)) as Record<string, unknown>[]) {
      const list = lists.get(id as string) ?? [];
      if (list.length === 0) lists.set(id as string, list);
      list.push(shape(row));
    }
    return (id: string) => lists.get(id) ?? [];
  };
  const attendance = await byRoundtable<RecordedAttendance>(
    `SELECT roundtable_id, total_min AS "totalMin", total_max AS "totalMax", online_min AS "onlineMin", online_max AS "onlineMax",
            onsite_min AS "onsiteMin", onsite_max AS "onsiteMax", organisations
     FROM engagement.published_attendance WHERE roundtable_id = ANY($1::uuid[])`,
  );
  const categories = await byRoundtable<RecordedCategory>(
    `SELECT roundtable_id, category_code AS code, participants_min AS "participantsMin", participants_max AS "participantsMax"
     FROM engagement.published_category WHERE roundtable_id = ANY($1::uuid[]) ORDER BY roundtable_id, category_code`,
  );
  const challenges = await byRoundtable<RoundtableContent['challenges'][number]>(
    `SELECT roundtable_id, challenge_code AS code, note FROM engagement.challenge_mention
     WHERE roundtable_id = ANY($1::uuid[]) ORDER BY roundtable_id, position`,
  );
  const text = (row: Record<string, unknown>) => row.text as string;
  const insights = await byRoundtable(
    'SELECT roundtable_id, text FROM engagement.insight WHERE roundtable_id = ANY($1::uuid[]) ORDER BY roundtable_id, position',
    text,
  );
  const interests = await byRoundtable(
    'SELECT roundtable_id, text FROM engagement.interest WHERE roundtable_id = ANY($1::uuid[]) ORDER BY roundtable_id, position',
    text,
  );
  const organisers = await byRoundtable<RoundtableContent['organisers'][number]>(
    `SELECT roundtable_id, organisation_slug AS organisation, role FROM engagement.roundtable_organiser
     WHERE roundtable_id = ANY($1::uuid[]) ORDER BY roundtable_id, position`,
  );
  const sources = await byRoundtable<RoundtableContent['sources'][number]>(
    `SELECT rs.roundtable_id, s.title, s.url, s.publisher FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
     WHERE rs.roundtable_id = ANY($1::uuid[]) ORDER BY rs.roundtable_id, s.title`,
  );
  // The roundtable's own columns are Roundtable's (ROUNDTABLE_COLUMNS). What hangs off it is read
  // in RoundtableContent's shape instead (a challenge's `code`, a source without its id): the shape
  // of an input, which audit entries keep and a restoration or an import writes back, so those
  // lists are not ChallengeMention's or Source's columns.
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...row,
        attendance: attendance(row.id)[0] ?? null,
        categories: categories(row.id),
        challenges: challenges(row.id),
        insights: insights(row.id),
        interests: interests(row.id),
        organisers: organisers(row.id),
        sources: sources(row.id),
      },
    ]),
  );
}
