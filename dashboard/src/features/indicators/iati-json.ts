import type { Withholding } from '../../data/withholding';
import { hasNoRecords, resultNote } from './indicator-format';
import type { IndicatorInfo, IndicatorResultRow, PeriodInfo } from './indicator-types';

// The IATI activity standard 2.03 result element, written as JSON with its XML names:
// result[].indicator[].{baseline[], period[].{period-start, period-end, target[], actual[]}}.
// Regions are dimensions of one indicator, as IATI 2.03 allows, and all regions together
// is the figure without a dimension.

interface Narrative {
  narrative: { text: string; 'xml:lang': string }[];
}
interface Dimension {
  name: 'region';
  value: string;
}
/**
 * A figure: `value` only when it is one number; a range, an unknown or a withheld value is said
 * in `comment`. A withheld value also carries why, as the API's enum, in `withheld` (an
 * extension of IATI's element: the same reason the dashboard and the other downloads give).
 */
export interface IatiFigure {
  value?: number;
  withheld?: Withholding;
  comment?: Narrative;
  dimension?: Dimension[];
}
export interface IatiIndicator {
  measure: '1' | '2';
  ascending: '0' | '1';
  'aggregation-status': '0' | '1';
  title: Narrative;
  description: Narrative;
  reference: { vocabulary: '99'; code: string }[];
  baseline: (IatiFigure & { year: string; 'iso-date': string })[];
  period: { 'period-start': { 'iso-date': string }; 'period-end': { 'iso-date': string }; target: IatiFigure[]; actual: IatiFigure[] }[];
}
export interface IatiResults {
  version: '2.03';
  'generated-datetime': string;
  result: { type: '1'; 'aggregation-status': '0' | '1'; title: Narrative; indicator: IatiIndicator[] }[];
}

export interface IatiWords {
  /** "9 to 16: the sources give only bounds" for a range. */
  range(min: number, max: number): string;
  unknown: string;
  /** The reason's label and its explanation, e.g. "Fewer than 5: a count of fewer than 5 people…". */
  withheld(reason: Withholding): string;
  /** No roundtable in scope: the API's 0 is a sum over nothing, no actual value. */
  noRecords: string;
  /** Roundtables that record no category, or no challenge: a 0 the comment says in words. */
  noCategory: string;
  noChallenge: string;
}

const narrative = (text: string, locale: string): Narrative => ({ narrative: [{ text, 'xml:lang': locale }] });
const dimension = (row: IndicatorResultRow): Pick<IatiFigure, 'dimension'> =>
  row.region ? { dimension: [{ name: 'region', value: row.region.slug }] } : {};
/** IATI reports a percentage as 40, not 0.4; rounded so that 0.1 × 100 stays 10. */
const inMeasure = (amount: number, share: boolean) => (share ? Number((amount * 100).toFixed(6)) : amount);

function actual(row: IndicatorResultRow, indicator: IndicatorInfo, words: IatiWords, locale: string): IatiFigure {
  const { value } = row;
  const share = indicator.unit === 'SHARE';
  if (row.withheld) return { withheld: row.withheld, comment: narrative(words.withheld(row.withheld), locale), ...dimension(row) };
  if (hasNoRecords(row)) return { comment: narrative(words.noRecords, locale), ...dimension(row) };
  if (!value) return { comment: narrative(words.unknown, locale), ...dimension(row) };
  if (value.min !== value.max) {
    return { comment: narrative(words.range(inMeasure(value.min, share), inMeasure(value.max, share)), locale), ...dimension(row) };
  }
  const note = resultNote(row, indicator, words);
  return { value: inMeasure(value.min, share), ...(note ? { comment: narrative(note, locale) } : {}), ...dimension(row) };
}

/**
 * One result per indicator, each with its baseline (from the project period's rows),
 * and per reporting period its targets and actual values, for all regions together and
 * for each region in scope.
 */
export function iatiResults({
  indicators,
  periods,
  results,
  locale,
  words,
  generatedAt,
}: {
  indicators: readonly IndicatorInfo[];
  periods: readonly PeriodInfo[];
  results: readonly IndicatorResultRow[];
  locale: string;
  words: IatiWords;
  generatedAt: string;
}): IatiResults {
  const project = periods.find((period) => period.kind === 'PROJECT');
  const byRegionName = (a: IndicatorResultRow, b: IndicatorResultRow) =>
    a.region && b.region ? a.region.name.localeCompare(b.region.name, locale) : a.region ? 1 : -1;
  return {
    version: '2.03',
    'generated-datetime': generatedAt,
    result: indicators.map((indicator) => {
      const share = indicator.unit === 'SHARE';
      const aggregation = indicator.regionAggregation === 'SUM' ? '1' : '0';
      const rows = results.filter((row) => row.indicator.code === indicator.code).sort(byRegionName);
      const inPeriod = (code: string) => rows.filter((row) => row.period.code === code);
      const baselines = project
        ? inPeriod(project.code).flatMap((row) =>
            row.baseline === null || row.baseline === undefined
              ? []
              : [{ year: project.start.slice(0, 4), 'iso-date': project.start, value: inMeasure(row.baseline, share), ...dimension(row) }],
          )
        : [];
      return {
        type: '1',
        'aggregation-status': aggregation,
        title: narrative(indicator.label, locale),
        indicator: [
          {
            measure: share ? '2' : '1',
            ascending: indicator.direction === 'HIGHER_IS_BETTER' ? '1' : '0',
            'aggregation-status': aggregation,
            title: narrative(indicator.label, locale),
            description: narrative(indicator.description, locale),
            reference: [{ vocabulary: '99', code: indicator.code }],
            baseline: baselines,
            period: periods
              .map((period) => inPeriod(period.code))
              .filter((periodRows) => periodRows.length > 0)
              .map((periodRows) => ({
                // The days counted: the period, narrowed by the page's dates when they are narrower.
                'period-start': { 'iso-date': periodRows[0]?.periodStart ?? '' },
                'period-end': { 'iso-date': periodRows[0]?.periodEnd ?? '' },
                target: periodRows.flatMap((row) =>
                  row.target === null || row.target === undefined ? [] : [{ value: inMeasure(row.target, share), ...dimension(row) }],
                ),
                actual: periodRows.map((row) => actual(row, indicator, words, locale)),
              })),
          },
        ],
      };
    }),
  };
}
