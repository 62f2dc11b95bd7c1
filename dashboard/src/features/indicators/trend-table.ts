import { type TableModel, withWithheldColumn } from '../../data/table-model';
import { type FigureWords, formatAmount, formatIndicatorValue, type IndicatorUnit } from './indicator-format';
import type { Trend, TrendPoint } from './trend-series';

type Formats = Parameters<typeof formatAmount>[2];

export interface TrendTableLabels {
  period: string;
  value: string;
  target: string;
  projectTarget: string;
  unknownRecords: string;
  /** The header of the column that says which value is withheld, and why. */
  withheld: string;
}

/** The years as the chart draws them, for its table view and downloads: one row per year. */
export function trendTable(
  trend: Trend,
  unit: IndicatorUnit,
  format: Formats,
  labels: TrendTableLabels,
  words: FigureWords,
): TableModel<TrendPoint> {
  const amount = (value: number | null) => (value === null ? '' : formatAmount(value, unit, format));
  return withWithheldColumn(
    {
      rows: trend.points,
      columns: [
        { csv: 'period', label: labels.period, value: (point) => point.label },
        { csv: 'period_start', label: '', value: (point) => point.start, csvOnly: true },
        { csv: 'period_end', label: '', value: (point) => point.end, csvOnly: true },
        {
          csv: 'value_min',
          label: labels.value,
          value: (point) => point.value?.min ?? null,
          display: (point) => formatIndicatorValue(point.value, unit, point.withheld, format, words),
          numeric: true,
          withheld: (point) => point.withheld,
        },
        {
          csv: 'value_max',
          label: '',
          value: (point) => point.value?.max ?? null,
          numeric: true,
          csvOnly: true,
          withheld: (point) => point.withheld,
        },
        {
          csv: 'unknown_records',
          label: labels.unknownRecords,
          value: (point) => point.unknownRecords,
          display: (point) => format.number(point.unknownRecords),
          numeric: true,
        },
        { csv: 'target', label: labels.target, value: (point) => point.target, display: (point) => amount(point.target), numeric: true },
        {
          csv: 'project_target',
          label: labels.projectTarget,
          value: () => trend.projectTarget,
          display: () => amount(trend.projectTarget),
          numeric: true,
        },
      ],
    },
    labels.withheld,
    words.withheld,
  );
}

/** One bar per year: the known minimum, then the uncertain part of a range; nothing where the value is not known. */
export interface TrendBar {
  key: string;
  label: string;
  low: number;
  range: number;
  target: number | null;
  /** The value in words, written above the bar: a range, "not known" or withheld read without the bar. */
  text: string;
  point: TrendPoint;
}

export function trendBars(trend: Trend, unit: IndicatorUnit, format: Formats, words: FigureWords): TrendBar[] {
  return trend.points.map((point) => ({
    key: point.period,
    label: point.label,
    low: point.value?.min ?? 0,
    range: point.value ? point.value.max - point.value.min : 0,
    target: point.target,
    text: formatIndicatorValue(point.value, unit, point.withheld, format, words),
    point,
  }));
}
