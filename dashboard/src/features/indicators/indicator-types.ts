import type { CountRange } from '../../data/ranges';
import type { Withholding } from '../../data/withholding';
import type { IndicatorUnit } from './indicator-format';

// The shapes the page's pure functions read, as the API returns them: kept structural, so
// the tests can build them by hand and the generated query types fit them as they are.

export type IndicatorStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_TARGET' | 'NO_DATA' | 'WITHHELD';

export interface IndicatorInfo {
  code: string;
  label: string;
  description: string;
  unit: IndicatorUnit;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  timeAggregation: 'CUMULATIVE' | 'PER_PERIOD';
  regionAggregation: 'SUM' | 'RECOMPUTED';
  disaggregations: readonly string[];
}

export interface PeriodInfo {
  code: string;
  kind: 'PROJECT' | 'YEAR';
  label: string;
  start: string;
  end: string;
}

export interface IndicatorResultRow {
  indicator: { code: string };
  /** Null: every region in scope together. */
  region?: { slug: string; name: string } | null;
  period: { code: string };
  periodStart: string;
  periodEnd: string;
  value?: CountRange | null;
  /** Why value is withheld from this viewer; null or absent when it is shown. */
  withheld?: Withholding | null;
  recordCount: number;
  unknownRecords: number;
  baseline?: number | null;
  target?: number | null;
  targetOrigin: { kind: string; source?: string | null };
  progress?: CountRange | null;
  expectedProgress?: number | null;
  status: IndicatorStatus;
}
