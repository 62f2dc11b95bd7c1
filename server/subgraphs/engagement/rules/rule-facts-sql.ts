import type { RecordedAttendance, RecordedCategory } from '../../../contract/validation-rules/roundtable-facts';
import type { Roundtable } from '../roundtable/roundtable.entity';
import { ROUNDTABLE_COLUMNS } from '../roundtable/roundtable.service';
import { PROJECT_SPAN_SQL } from './project-span';

/** A roundtable with what the rules read of it, as RULE_FACTS_SQL reads it. */
export interface RuleFactsRow extends Roundtable {
  attendance: RecordedAttendance | null;
  categories: RecordedCategory[];
  projectStartsOn: string | null;
  projectEndsOn: string | null;
}

/**
 * Every roundtable the WHERE (alias rt) keeps, whole (ROUNDTABLE_COLUMNS), with its published
 * figures in the shape writes keep them (RoundtableContent's, categories by code as a snapshot
 * lists them) and the project's days: all the rules need, in one statement for any number of
 * roundtables.
 */
export const ruleFactsSql = (where: string) => `
WITH project AS (${PROJECT_SPAN_SQL})
SELECT ${ROUNDTABLE_COLUMNS},
  CASE WHEN pa.roundtable_id IS NULL THEN NULL ELSE json_build_object(
    'totalMin', pa.total_min, 'totalMax', pa.total_max, 'onlineMin', pa.online_min, 'onlineMax', pa.online_max,
    'onsiteMin', pa.onsite_min, 'onsiteMax', pa.onsite_max, 'organisations', pa.organisations) END AS attendance,
  coalesce((
    SELECT json_agg(json_build_object('code', pc.category_code, 'participantsMin', pc.participants_min, 'participantsMax', pc.participants_max)
                    ORDER BY pc.category_code)
    FROM engagement.published_category pc WHERE pc.roundtable_id = rt.id), '[]'::json) AS categories,
  project."startsOn" AS "projectStartsOn", project."endsOn" AS "projectEndsOn"
FROM engagement.roundtable rt
CROSS JOIN project
LEFT JOIN engagement.published_attendance pa ON pa.roundtable_id = rt.id
${where}`;
