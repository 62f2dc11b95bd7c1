import type { DataSource } from 'typeorm';
import { type AnalyticsFilter, resolveScope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { seesPublication, type Viewer } from '../../../core/auth/viewer';
import { formatCsv } from '../../../core/csv/format-csv';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import { cellsFromRecord, ROUNDTABLE_CSV_COLUMNS, type RoundtableCsvRecord } from './roundtable-csv';

// Categories in byte order (COLLATE "C"), as the import compares them; challenges in the
// order they were reported. The source is the one the attendance cites, else any with an address.
const EXPORT_ROWS = (where: string) => `
SELECT rt.region_slug AS region, rt.number, to_char(rt.date, 'YYYY-MM-DD') AS date, rt.format,
       rt.duration_minutes AS "durationMinutes",
       pa.total_min AS participants, CASE WHEN pa.total_max <> pa.total_min THEN pa.total_max END AS "participantsMax",
       pa.online_min AS online, pa.onsite_min AS onsite, pa.organisations,
       ARRAY(SELECT pc.category_code FROM engagement.published_category pc WHERE pc.roundtable_id = rt.id
             ORDER BY pc.category_code COLLATE "C") AS categories,
       ARRAY(SELECT cm.challenge_code FROM engagement.challenge_mention cm WHERE cm.roundtable_id = rt.id
             ORDER BY cm.position) AS challenges,
       (SELECT s.url FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
        WHERE rs.roundtable_id = rt.id AND s.url IS NOT NULL
        ORDER BY s.id IS NOT DISTINCT FROM pa.source_id DESC, s.title LIMIT 1) AS "sourceUrl"
FROM engagement.roundtable rt
LEFT JOIN engagement.published_attendance pa ON pa.roundtable_id = rt.id
${where}
ORDER BY rt.region_slug, rt.number`;

/**
 * Roundtables as the CSV the import reads, so a file can be exported, edited and imported
 * back. It carries each roundtable's counts as recorded, without suppression.
 */
export class RoundtableExportService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
  ) {}

  async csv(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<string> {
    if (seesPublication(viewer)) {
      throw new DomainError(ErrorCode.FORBIDDEN, errorText('exportForRecorders'));
    }
    const params: unknown[] = [];
    const conditions = scopeConditions(await resolveScope(viewer, filter, this.regions), 'rt', params);
    const records: RoundtableCsvRecord[] = await this.db.query(EXPORT_ROWS(whereClause(conditions)), params);
    return formatCsv([ROUNDTABLE_CSV_COLUMNS, ...records.map(cellsFromRecord)]);
  }
}
