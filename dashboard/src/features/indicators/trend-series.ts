import type { CountRange } from '../../data/ranges';
import { protectingReason, type Withholding } from '../../data/withholding';
import type { IndicatorInfo, IndicatorResultRow, PeriodInfo } from './indicator-types';
import { regionKey } from './results-grid';

export interface TrendPoint {
  period: string;
  label: string;
  start: string;
  end: string;
  /** Cumulative to the end of the year for a cumulative indicator, the year's own otherwise. */
  value: CountRange | null;
  /** Why value is withheld: the year's own reason, or, for a total to date after a withheld year, that it would give that year back. */
  withheld: Withholding | null;
  /** Roundtables counted so far (for a cumulative indicator) or in the year; none means no figure at all, not 0. */
  recordCount: number;
  /** Roundtables counted so far whose figure is unknown, left out of value. */
  unknownRecords: number;
  /** The year's target, summed over the years so far for a cumulative indicator; null where a year has none. */
  target: number | null;
}

export interface Trend {
  points: TrendPoint[];
  /** The target for the whole project, drawn as a line across the years. */
  projectTarget: number | null;
  cumulative: boolean;
}

/**
 * An indicator over the years for one region (or all regions together). A cumulative
 * indicator's years add up, so each point is the total to date: unknown years add
 * nothing (their value is unknown, never 0) and, from a withheld year on, the total is
 * withheld too; the roundtables counted, and those without a figure, add up with them, so a
 * total to date over no roundtable yet is no figure. Year targets add up the same way, and
 * only while every year has one.
 */
export function trendFor(
  indicator: Pick<IndicatorInfo, 'code' | 'timeAggregation'>,
  results: readonly IndicatorResultRow[],
  periods: readonly PeriodInfo[],
  region: string,
): Trend {
  const mine = results.filter((row) => row.indicator.code === indicator.code && regionKey(row) === region);
  const of = (code: string) => mine.find((row) => row.period.code === code);
  const project = periods.find((period) => period.kind === 'PROJECT');
  const cumulative = indicator.timeAggregation === 'CUMULATIVE';
  let value: CountRange | null = null;
  let withheld: Withholding | null = null;
  let recordCount = 0;
  let unknownRecords = 0;
  let target: number | null = 0;
  const points = periods
    .filter((period) => period.kind === 'YEAR')
    .flatMap((period): TrendPoint[] => {
      const row = of(period.code);
      if (!row) return [];
      const yearValue = row.value ?? null;
      if (cumulative) {
        // A year without roundtables adds nothing: its value is a sum over nothing, and added to a
        // total not known so far it would turn it into 0.
        const added = row.recordCount > 0 ? yearValue : null;
        withheld = row.withheld ?? (withheld ? protectingReason(withheld) : null);
        value = added ? { min: (value?.min ?? 0) + added.min, max: (value?.max ?? 0) + added.max } : value;
        recordCount += row.recordCount;
        unknownRecords += row.unknownRecords;
        target = target === null || row.target === null || row.target === undefined ? null : target + row.target;
      } else {
        withheld = row.withheld ?? null;
        value = yearValue;
        recordCount = row.recordCount;
        unknownRecords = row.unknownRecords;
        target = row.target ?? null;
      }
      return [
        {
          period: period.code,
          label: period.label,
          start: period.start,
          end: period.end,
          value: withheld ? null : value,
          withheld,
          recordCount,
          unknownRecords,
          target,
        },
      ];
    });
  return { points, projectTarget: project ? (of(project.code)?.target ?? null) : null, cumulative };
}
