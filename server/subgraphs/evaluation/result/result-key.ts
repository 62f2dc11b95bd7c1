import type { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { badInput, errorText } from '../../../core/errors';

/** What identifies one indicator result: everything the value and the target depend on. */
export interface ResultKey {
  indicatorCode: string;
  /** null: all the regions the filter selects together. */
  regionSlug: string | null;
  periodCode: string;
  filter: AnalyticsFilter | null;
  /** The day progress is judged at, YYYY-MM-DD. */
  asOf: string;
}

const SEPARATOR = '~';
const ALL_REGIONS = '*';

/** Filter fields in a fixed order with lists sorted, so one scope always gets one id. */
function normalisedFilter(filter: AnalyticsFilter | null): Record<string, unknown> {
  if (!filter) return {};
  const normal: Record<string, unknown> = {};
  for (const key of ['regions', 'countries', 'from', 'to', 'formats', 'illustrative'] as const) {
    const value = filter[key];
    if (value === null || value === undefined) continue;
    normal[key] = Array.isArray(value) ? [...value].sort() : value;
  }
  return normal;
}

/**
 * An IndicatorResult id. The gateway hands it back when it asks for a result's progress,
 * so it carries the whole key, readable in part: ROUNDTABLES_HELD~soria~SIRA~2026-11-22~{json}.
 */
export function resultId(key: ResultKey): string {
  return [
    key.indicatorCode,
    key.regionSlug ?? ALL_REGIONS,
    key.periodCode,
    key.asOf,
    Buffer.from(JSON.stringify(normalisedFilter(key.filter))).toString('base64url'),
  ].join(SEPARATOR);
}

export function parseResultId(id: string): ResultKey {
  const parts = id.split(SEPARATOR);
  if (parts.length !== 5) throw badInput(errorText('notAResultId', { id }));
  const [indicatorCode, region, periodCode, asOf, filter] = parts as [string, string, string, string, string];
  let parsed: AnalyticsFilter;
  try {
    parsed = JSON.parse(Buffer.from(filter, 'base64url').toString('utf8'));
  } catch {
    throw badInput(errorText('notAResultId', { id }));
  }
  return { indicatorCode, regionSlug: region === ALL_REGIONS ? null : region, periodCode, asOf, filter: parsed };
}
