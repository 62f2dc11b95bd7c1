import { type TableModel, withNotesColumn, withWithheldColumn } from '../../data/table-model';
import { formatAmount, hasNoRecords, type IndicatorUnit, type ResultWords, resultNote, resultText } from './indicator-format';
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
  /** The header of the column that says in words what a value leaves out, or why there is none. */
  notes: string;
}

/** The words of a trend: a result's, and how many of the roundtables counted have no figure. */
export interface TrendWords extends ResultWords {
  /** E.g. "1 of 3 roundtables without a figure". */
  withoutFigure(unknown: number, count: number): string;
}

type Indicator = { code: string; unit: IndicatorUnit };

/** What a point's value leaves out: its roundtables without a figure, out of those counted; none when withheld or without records. */
function withoutFigure(point: TrendPoint, words: TrendWords): string | undefined {
  if (point.withheld || point.recordCount === 0 || point.unknownRecords === 0) return undefined;
  return words.withoutFigure(point.unknownRecords, point.recordCount);
}

/** A point's value in words (a number, a range, or why there is none) and what it leaves out, as the chart writes both. */
export function pointTexts(point: TrendPoint, indicator: Indicator, format: Formats, words: TrendWords): { text: string; note?: string } {
  const note = withoutFigure(point, words);
  return { text: resultText(point, indicator, format, words), ...(note ? { note } : {}) };
}

/**
 * The years as the chart draws them, for its table view and downloads: one row per year. The
 * value's cell says what the chart writes above its bar; the downloads leave a value that is
 * no figure empty (never 0) and say why, and what a value leaves out, in a Notes column.
 */
export function trendTable(
  trend: Trend,
  indicator: Indicator,
  format: Formats,
  labels: TrendTableLabels,
  words: TrendWords,
): TableModel<TrendPoint> {
  const { unit } = indicator;
  const amount = (value: number | null) => (value === null ? '' : formatAmount(value, unit, format));
  const figure = (point: TrendPoint) => (hasNoRecords(point) ? null : (point.value ?? null));
  const model: TableModel<TrendPoint> = {
    rows: trend.points,
    columns: [
      { csv: 'period', label: labels.period, value: (point) => point.label },
      { csv: 'period_start', label: '', value: (point) => point.start, csvOnly: true },
      { csv: 'period_end', label: '', value: (point) => point.end, csvOnly: true },
      {
        csv: 'value_min',
        label: labels.value,
        value: (point) => figure(point)?.min ?? null,
        display: (point) => {
          const { text, note } = pointTexts(point, indicator, format, words);
          return note ? `${text} (${note})` : text;
        },
        numeric: true,
        withheld: (point) => point.withheld,
      },
      {
        csv: 'value_max',
        label: '',
        value: (point) => figure(point)?.max ?? null,
        numeric: true,
        csvOnly: true,
        withheld: (point) => point.withheld,
      },
      { csv: 'record_count', label: '', value: (point) => point.recordCount, numeric: true, csvOnly: true },
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
  };
  const note = (point: TrendPoint) => {
    const instead = resultNote(point, indicator, words) ?? (!point.withheld && !point.value ? words.unknown : undefined);
    const parts = [instead, withoutFigure(point, words)].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : undefined;
  };
  return withWithheldColumn(withNotesColumn(model, labels.notes, note), labels.withheld, words.withheld);
}

/**
 * One bar per year: the known minimum, the uncertain part of a range, and for a count whose
 * roundtables are not all known an open part on top, since the value counts only those with a
 * figure and the others may add to it. Nothing where the value is not known, withheld or over
 * no roundtable: the words above the bar say which, never a bar of 0.
 */
export interface TrendBar {
  key: string;
  label: string;
  /** Null where there is no value to draw, so no bar is drawn at all, not one of length 0. */
  low: number | null;
  range: number | null;
  /** The open part on top: a length to draw, not a figure (its words say how many roundtables it stands for). */
  unknownPart: number | null;
  target: number | null;
  /** The value in words, written above the bar: a range, "not known", withheld or "No records" read without the bar. */
  text: string;
  /** What the value leaves out, written under it, e.g. "1 of 3 roundtables without a figure". */
  note?: string;
  point: TrendPoint;
}

// The open part's length, a fifth of the tallest figure of the chart: enough to see, not enough to read as a value.
const UNKNOWN_PART_OF_TALLEST = 5;

export function trendBars(trend: Trend, indicator: Indicator, format: Formats, words: TrendWords): TrendBar[] {
  const shown = (point: TrendPoint) => (hasNoRecords(point) ? null : point.value);
  const tallest = Math.max(
    0,
    ...trend.points.map((point) => Math.max(shown(point)?.max ?? 0, point.target ?? 0)),
    trend.projectTarget ?? 0,
  );
  return trend.points.map((point) => {
    const value = shown(point);
    const { text, note } = pointTexts(point, indicator, format, words);
    // A share of the roundtables with a figure may go either way with the others: no part on top, the words say it.
    const openTop = value && note && indicator.unit === 'COUNT';
    return {
      key: point.period,
      label: point.label,
      low: value ? value.min : null,
      range: value ? value.max - value.min : null,
      unknownPart: !value ? null : openTop ? (tallest > 0 ? tallest / UNKNOWN_PART_OF_TALLEST : 1) : 0,
      target: point.target,
      text,
      ...(note ? { note } : {}),
      point,
    };
  });
}
