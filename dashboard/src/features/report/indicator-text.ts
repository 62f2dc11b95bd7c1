import type { ReportI18n } from '../../app/i18n/report';
import { countWords } from '../../app/i18n/withheld-words';
import type { MaybeRange } from '../../data/ranges';
import type { Withholding } from '../../data/withholding';
import { formatAmount, formatIndicatorValue, formatProgress, type IndicatorUnit } from '../indicators/indicator-format';

/** The figures of one indicator result the report prints. */
export interface ResultFigures {
  value?: MaybeRange;
  withheld?: Withholding | null;
  recordCount: number;
  unknownRecords: number;
  target?: number | null;
  progress?: MaybeRange;
  expectedProgress?: number | null;
}

export type { IndicatorUnit };

type Words = Pick<ReportI18n, 't' | 'tCount' | 'format'>;

/**
 * The value in words: a number or range, or why there is none. A null value is never
 * printed as 0: withheld from this viewer (with the reason, as the dashboard gives it), no
 * roundtable to count, or not published.
 */
export function valueText(result: ResultFigures, unit: IndicatorUnit, words: Words): string {
  const { t } = words;
  if (result.withheld) return t(`withheld.${result.withheld}`);
  if (!result.value && result.recordCount === 0) return t('report.value.noRoundtable');
  return formatIndicatorValue(result.value ?? null, unit, null, words.format, countWords(t, t('report.value.unknown')));
}

/** How many roundtables the value leaves out for want of a figure; undefined when none. */
export function withoutFigureText(result: ResultFigures, { tCount }: Words): string | undefined {
  if (result.withheld || !result.value || result.unknownRecords === 0) return undefined;
  return tCount('report.withoutFigure', result.unknownRecords);
}

export function targetText(result: ResultFigures, unit: IndicatorUnit, words: Words): string {
  return result.target === null || result.target === undefined
    ? words.t('report.noTarget')
    : formatAmount(result.target, unit, words.format);
}

/** Progress from baseline to target as a percentage, with the pace expected when it is not all of it. */
export function progressText(result: ResultFigures, { t, format }: Words): string {
  const progress = formatProgress(result.progress ?? null, format);
  if (!progress) return '–';
  const expected = result.expectedProgress;
  return expected !== null && expected !== undefined && expected < 1
    ? `${progress} ${t('report.expected', { value: format.percent(expected) })}`
    : progress;
}
