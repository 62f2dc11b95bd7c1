import type { EntityManager } from 'typeorm';
import {
  attendanceFromInput,
  categoriesFromInput,
  type RecordedAttendance,
  type RecordedCategory,
} from '../../../contract/validation-rules/roundtable-facts';
import type { ReviewState } from '../review/review-state';
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

// A roundtable's own columns are Roundtable's (ROUNDTABLE_COLUMNS). What hangs off it is read in
// RoundtableContent's shape instead (a challenge's `code`, a source without its id): the shape of
// an input, which audit entries keep and a restoration or an import writes back, so those lists
// are not ChallengeMention's or Source's columns. Each is built as JSON by PostgreSQL, so many
// roundtables are read in one statement and one round trip. The ids are joined, not matched with
// = ANY: a list of thousands would be searched once per roundtable.
const SNAPSHOTS = `
SELECT rt.id, rt."regionSlug", to_jsonb(rt) || jsonb_build_object(
  'attendance', (SELECT jsonb_build_object('totalMin', a.total_min, 'totalMax', a.total_max, 'onlineMin', a.online_min,
                          'onlineMax', a.online_max, 'onsiteMin', a.onsite_min, 'onsiteMax', a.onsite_max, 'organisations', a.organisations)
                 FROM engagement.published_attendance a WHERE a.roundtable_id = rt.id),
  'categories', COALESCE((SELECT jsonb_agg(jsonb_build_object('code', c.category_code, 'participantsMin', c.participants_min,
                                   'participantsMax', c.participants_max) ORDER BY c.category_code)
                          FROM engagement.published_category c WHERE c.roundtable_id = rt.id), '[]'),
  'challenges', COALESCE((SELECT jsonb_agg(jsonb_build_object('code', m.challenge_code, 'note', m.note) ORDER BY m.position)
                          FROM engagement.challenge_mention m WHERE m.roundtable_id = rt.id), '[]'),
  'insights', COALESCE((SELECT jsonb_agg(n.text ORDER BY n.position) FROM engagement.insight n WHERE n.roundtable_id = rt.id), '[]'),
  'interests', COALESCE((SELECT jsonb_agg(n.text ORDER BY n.position) FROM engagement.interest n WHERE n.roundtable_id = rt.id), '[]'),
  'organisers', COALESCE((SELECT jsonb_agg(jsonb_build_object('organisation', o.organisation_slug, 'role', o.role) ORDER BY o.position)
                          FROM engagement.roundtable_organiser o WHERE o.roundtable_id = rt.id), '[]'),
  'sources', COALESCE((SELECT jsonb_agg(jsonb_build_object('title', s.title, 'url', s.url, 'publisher', s.publisher) ORDER BY s.title)
                       FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
                       WHERE rs.roundtable_id = rt.id), '[]')
) AS snapshot
FROM (SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt JOIN unnest($1::uuid[]) AS wanted (id) ON wanted.id = rt.id) rt`;

/** The roundtables as they are now, with everything hanging off them, by id (an id that names none is left out). */
export async function readSnapshots(manager: EntityManager, ids: readonly string[]): Promise<Map<string, RoundtableSnapshot>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; snapshot: RoundtableSnapshot }[] = await manager.query(SNAPSHOTS, [[...new Set(ids)]]);
  return new Map(rows.map(({ id, snapshot }) => [id, snapshot]));
}

/**
 * The roundtables just written, as an audit trail's recordChanged reads changes: each one's
 * position in `written`, its id and region, the snapshot it replaced (`before`, none for a new
 * one) and itself as it is now, built by the same statement readSnapshots runs.
 */
export function writtenRoundtables(written: readonly { id: string; before: RoundtableSnapshot | null }[]): {
  sql: string;
  params: unknown[];
} {
  return {
    // Materialized, so each snapshot is built once, not once for each column that reads it.
    sql: `WITH fresh AS MATERIALIZED (${SNAPSHOTS})
          SELECT w.position, w.id AS entity_id, fresh."regionSlug" AS region_slug, NULLIF(b.before, 'null') AS before,
                 fresh.snapshot AS after
          FROM unnest($1::uuid[]) WITH ORDINALITY AS w (id, position)
          JOIN jsonb_array_elements($2::jsonb) WITH ORDINALITY AS b (before, position) ON b.position = w.position
          JOIN fresh ON fresh.id = w.id`,
    // The snapshots replaced travel as one JSON array, parsed once (an array of jsonb would parse each quoted twice).
    params: [written.map(({ id }) => id), JSON.stringify(written.map(({ before }) => before))],
  };
}
