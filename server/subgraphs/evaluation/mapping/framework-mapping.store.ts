import type { DataSource, EntityManager } from 'typeorm';
import { FrameworkMapping } from '../indicator/indicator.types';

export const MAPPING_COLUMNS = `id, indicator_code AS "indicatorCode", framework, external_code AS "externalCode",
  official_label AS "officialLabel", relation, note, version`;

/** Every framework mapping, in one statement per request, grouped by indicator code. */
export async function readMappings(db: DataSource | EntityManager): Promise<Map<string, FrameworkMapping[]>> {
  const rows: FrameworkMapping[] = await db.query(
    `SELECT ${MAPPING_COLUMNS} FROM evaluation.framework_mapping ORDER BY indicator_code, framework, external_code`,
  );
  const byIndicator = new Map<string, FrameworkMapping[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicatorCode) ?? [];
    list.push(Object.assign(new FrameworkMapping(), row));
    byIndicator.set(row.indicatorCode, list);
  }
  return byIndicator;
}
