import type { ReportI18n } from '../../app/i18n/report';
import { resultWords } from '../../app/i18n/withheld-words';
import type { MaybeRange } from '../../data/ranges';
import type { Withholding } from '../../data/withholding';
import { formatAmount, formatProgress, hasNoRecords, type IndicatorUnit, resultText } from '../indicators/indicator-format';
import type { IndicatorStatus } from '../indicators/indicator-types';

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

type Words = Pick<ReportI18n, 't' | 'format'>;

/**
 * The value in words, as the dashboard gives it: a number or range, or why there is none,
 * never printed as 0: withheld from this viewer (with the reason), no roundtable to count
 * ("No records", though the API's sum over nothing is 0), not published; and roundtables
 * that record no challenge said in words.
 */
export function valueText(result: ResultFigures, indicator: { code: string; unit: IndicatorUnit }, words: Words): string {
  return resultText(result, indicator, words.format, resultWords(words.t, words.t('report.value.unknown')));
}

/** How many roundtables the value leaves out for want of a figure; undefined when none. */
export function withoutFigureText(result: ResultFigures, { t }: Words): string | undefined {
  if (result.withheld || !result.value || result.unknownRecords === 0) return undefined;
  return t('report.withoutFigure', { count: result.unknownRecords });
}

export function targetText(result: ResultFigures, unit: IndicatorUnit, words: Words): string {
  return result.target === null || result.target === undefined
    ? words.t('report.noTarget')
    : formatAmount(result.target, unit, words.format);
}

/** Progress from baseline to target as a percentage, with the pace expected when it is not all of it. */
export function progressText(result: ResultFigures, { t, format }: Words): string {
  // Over no roundtable, the progress the API judged on its 0 is no figure of the scope.
  const progress = hasNoRecords(result) ? null : formatProgress(result.progress ?? null, format);
  if (!progress) return '–';
  const expected = result.expectedProgress;
  return expected !== null && expected !== undefined && expected < 1
    ? `${progress} ${t('report.expected', { value: format.percent(expected) })}`
    : progress;
}

/** The status in words; none over no roundtable, where the API judged a 0 that is no figure (off track, say). */
export function statusText(result: ResultFigures & { status: IndicatorStatus }, { t }: Words): string {
  return hasNoRecords(result) ? '–' : t(`report.status.${result.status}`);
}
