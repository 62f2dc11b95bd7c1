import type { EntityManager } from 'typeorm';
import { errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';

/** How many of a roundtable's participations are of participants of one region, in one mode. */
export interface RecordedGroup {
  regionSlug: string;
  mode: 'ONLINE' | 'ONSITE';
  participants: number;
}

/** The participant records of each roundtable, grouped by the participants' region and mode: one statement for all. */
export async function recordedParticipations(
  manager: EntityManager,
  roundtableIds: readonly string[],
): Promise<Map<string, RecordedGroup[]>> {
  if (roundtableIds.length === 0) return new Map();
  const rows: (RecordedGroup & { roundtableId: string })[] = await manager.query(
    `SELECT p.roundtable_id AS "roundtableId", pt.region_slug AS "regionSlug", p.mode, count(*)::int AS participants
     FROM engagement.participation p JOIN engagement.participant pt ON pt.id = p.participant_id
     WHERE p.roundtable_id = ANY($1::uuid[]) GROUP BY p.roundtable_id, pt.region_slug, p.mode ORDER BY p.roundtable_id, pt.region_slug, p.mode`,
    [[...roundtableIds]],
  );
  const groups = new Map<string, RecordedGroup[]>();
  for (const { roundtableId, ...group } of rows) groups.set(roundtableId, [...(groups.get(roundtableId) ?? []), group]);
  return groups;
}

/**
 * What a roundtable's new region or format would contradict among its participant records
 * (`groups`, as recordedParticipations reads them): participants take part in their own
 * region's roundtables, and an ONLINE (ONSITE) roundtable has ONLINE (ONSITE) participations only.
 */
export function participationsContradicting(
  groups: readonly RecordedGroup[],
  change: { regionSlug: string; format: string | null },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const otherRegions = [...new Set(groups.map((g) => g.regionSlug).filter((slug) => slug !== change.regionSlug))];
  if (otherRegions.length > 0) {
    problems.push(
      fieldProblem('region', errorText('hasOtherRegionsRecords', { regions: otherRegions.join(', '), region: change.regionSlug })),
    );
  }
  if (change.format === 'ONLINE' || change.format === 'ONSITE') {
    const other = change.format === 'ONLINE' ? 'ONSITE' : 'ONLINE';
    const contrary = groups.filter((g) => g.mode === other).reduce((sum, g) => sum + g.participants, 0);
    if (contrary > 0) {
      problems.push(fieldProblem('format', errorText('contraryParticipations', { count: contrary, other, format: change.format })));
    }
  }
  return problems;
}
