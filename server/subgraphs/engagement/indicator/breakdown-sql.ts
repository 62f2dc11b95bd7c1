import { Disaggregation } from '../../../contract/indicators/disaggregation';
import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import { type Scope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { AgeBand, Gender } from '../participant/participant-enums';
import { FROM_PUBLICATIONS, NOT_RECORDED } from '../publication/publication-parts';
import { ATTENDANCE, CATEGORIES, MEASURE_SQL, PROFILES } from './measure-sql';

/** SQL giving one row (roundtable_id, key, min, max) per roundtable and part of a measure in scope. */
type PartsSql = (scope: Scope, params: unknown[]) => string;

const PROFILE_KEYS: Partial<Record<Disaggregation, string>> = {
  [Disaggregation.NEWCOMER_STATUS]: `CASE WHEN p.newcomer THEN 'NEWCOMER' ELSE 'OTHER' END`,
  [Disaggregation.GENDER]: `COALESCE(p.gender, '${NOT_RECORDED}')`,
  [Disaggregation.AGE_BAND]: `COALESCE(p.age_band, '${NOT_RECORDED}')`,
  [Disaggregation.MODE]: 'p.mode',
};

/** The participant records each count of people is made of. */
const RECORDS_OF: Partial<Record<IndicatorMeasure, string>> = {
  [IndicatorMeasure.PARTICIPANTS]: 'true',
  [IndicatorMeasure.NEWCOMER_PARTICIPANTS]: 'p.newcomer',
  [IndicatorMeasure.ONSITE_PARTICIPANTS]: `p.mode = 'ONSITE'`,
  [IndicatorMeasure.KNOWN_MODE_PARTICIPANTS]: 'true',
};

/**
 * A split from participant records (NOT_RECORDED where a record does not say), plus one
 * FROM_PUBLICATIONS part per roundtable counted from its published figures instead, which say
 * nothing of the split, so the parts add up to the measure. Newcomers are never published, so
 * their split has no such part.
 */
const fromProfiles =
  (records: string, key: string, published: { known: string; min: string; max: string }): PartsSql =>
  (scope, params) => {
    const recordConditions = [...scopeConditions(scope, 'p', params), records];
    const publishedConditions = [...scopeConditions(scope, 'a', params), 'NOT a.from_records', published.known];
    return `SELECT p.roundtable_id, ${key} AS key, p.participants AS min, p.participants AS max
            FROM ${PROFILES} ${whereClause(recordConditions)}
            UNION ALL
            SELECT a.roundtable_id, '${FROM_PUBLICATIONS}', ${published.min}, ${published.max}
            FROM ${ATTENDANCE} ${whereClause(publishedConditions)}`;
  };

const attendanceByMode: PartsSql = (scope, params) =>
  `SELECT a.roundtable_id, m.key, m.min, m.max
   FROM ${ATTENDANCE}
   CROSS JOIN LATERAL (VALUES ('ONLINE', a.online_min, a.online_max), ('ONSITE', a.onsite_min, a.onsite_max),
                              ('UNKNOWN', a.unknown_mode_min, a.unknown_mode_max)) AS m (key, min, max)
   ${whereClause([...scopeConditions(scope, 'a', params), 'a.total_min IS NOT NULL'])}`;

const roundtablesByFormat: PartsSql = (scope, params) =>
  `SELECT a.roundtable_id, COALESCE(a.format, 'UNKNOWN') AS key, 1 AS min, 1 AS max
   FROM ${ATTENDANCE} ${whereClause(scopeConditions(scope, 'a', params))}`;

const byCategory: PartsSql = (scope, params) =>
  `SELECT c.roundtable_id, c.category_code AS key, c.participants_min AS min, c.participants_max AS max
   FROM ${CATEGORIES} ${whereClause(scopeConditions(scope, 'c', params))}`;

/** The parts of a measure split one way; callers check MEASURE_BREAKDOWNS first. */
export function partsSql(measure: IndicatorMeasure, by: Disaggregation): PartsSql {
  if (measure === IndicatorMeasure.ROUNDTABLES && by === Disaggregation.MODE) return roundtablesByFormat;
  // Attendance by mode includes the published splits, which participant records alone would miss.
  if (measure === IndicatorMeasure.PARTICIPANTS && by === Disaggregation.MODE) return attendanceByMode;
  if (measure === IndicatorMeasure.PARTICIPANTS && by === Disaggregation.STAKEHOLDER_CATEGORY) return byCategory;
  const { known, row } = MEASURE_SQL[measure];
  const records = RECORDS_OF[measure];
  const key = PROFILE_KEYS[by];
  if (records && key && row) return fromProfiles(records, key, { known, ...row });
  throw new Error(`No SQL splits ${measure} by ${by}`);
}

// Parts in the order people read them; stakeholder categories, having no fixed order, alphabetically.
export const PART_ORDER: Record<Disaggregation, readonly string[]> = {
  [Disaggregation.MODE]: ['ONLINE', 'ONSITE', 'HYBRID', 'UNKNOWN'],
  [Disaggregation.NEWCOMER_STATUS]: ['NEWCOMER', 'OTHER'],
  [Disaggregation.GENDER]: Object.values(Gender),
  [Disaggregation.AGE_BAND]: Object.values(AgeBand),
  [Disaggregation.STAKEHOLDER_CATEGORY]: [],
  [Disaggregation.REGION]: [],
  [Disaggregation.PERIOD]: [],
};

/** Compares parts by PART_ORDER, then by key; NOT_RECORDED, then FROM_PUBLICATIONS, come last. */
export function partOrder(by: Disaggregation) {
  const LAST = [NOT_RECORDED, FROM_PUBLICATIONS];
  const rank = (key: string) =>
    LAST.includes(key) ? Number.MAX_SAFE_INTEGER - 1 + LAST.indexOf(key) : PART_ORDER[by].indexOf(key) + 1 || PART_ORDER[by].length + 1;
  return (a: { key: string }, b: { key: string }) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key);
}
