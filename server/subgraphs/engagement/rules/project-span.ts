import type { EntityManager } from 'typeorm';
import type { ProjectSpan } from '../../../contract/validation-rules/roundtable-facts';

/**
 * The project's days: the earliest start and latest end of engagement's copy of the reporting
 * periods (evaluation owns them), as "startsOn" and "endsOn", null when no period is known. The
 * one place the rules' project dates come from: writes, the stored-data check and the form.
 */
export const PROJECT_SPAN_SQL = `SELECT to_char(min(starts_on), 'YYYY-MM-DD') AS "startsOn", to_char(max(ends_on), 'YYYY-MM-DD') AS "endsOn"
  FROM engagement.reporting_period_ref`;

export async function readProjectSpan(manager: Pick<EntityManager, 'query'>): Promise<ProjectSpan | null> {
  const [row]: { startsOn: string | null; endsOn: string | null }[] = await manager.query(PROJECT_SPAN_SQL);
  return row?.startsOn && row.endsOn ? { startsOn: row.startsOn, endsOn: row.endsOn } : null;
}
