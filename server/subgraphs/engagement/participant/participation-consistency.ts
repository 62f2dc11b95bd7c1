import type { EntityManager } from 'typeorm';
import { errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';

interface RecordedGroup {
  regionSlug: string;
  mode: 'ONLINE' | 'ONSITE';
  participants: number;
}

/**
 * What a roundtable's new region or format would contradict among its participant records:
 * participants take part in their own region's roundtables, and an ONLINE (ONSITE)
 * roundtable has ONLINE (ONSITE) participations only.
 */
export async function participationsContradicting(
  manager: EntityManager,
  roundtableId: string,
  change: { regionSlug: string; format: string | null },
): Promise<FieldProblem[]> {
  const groups: RecordedGroup[] = await manager.query(
    `SELECT pt.region_slug AS "regionSlug", p.mode, count(*)::int AS participants
     FROM engagement.participation p JOIN engagement.participant pt ON pt.id = p.participant_id
     WHERE p.roundtable_id = $1 GROUP BY pt.region_slug, p.mode ORDER BY pt.region_slug, p.mode`,
    [roundtableId],
  );
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
