import type { Formatters } from '../../app/i18n/format';
import type { MaybeRange } from '../../data/ranges';
import type { CountWords, Withholding } from '../../data/withholding';

export type IndicatorUnit = 'COUNT' | 'SHARE';

/** The words for a figure that is not a number, unknown or withheld (and why): never written as 0. */
export type FigureWords = CountWords;

type NumberFormats = Pick<Formatters, 'number' | 'percent'>;

/** One number of an indicator: a share (0..1) as a percentage, a count as it is. */
export function formatAmount(amount: number, unit: IndicatorUnit, format: NumberFormats): string {
  return unit === 'SHARE' ? format.percent(amount) : format.number(amount);
}

/**
 * An indicator value: "4", "9–16", "14 %", "9 %–16 %"; unknown, and why withheld, in words.
 * A range keeps both ends, so it is never read as one number.
 */
export function formatIndicatorValue(
  value: MaybeRange,
  unit: IndicatorUnit,
  withheld: Withholding | null | undefined,
  format: NumberFormats,
  words: FigureWords,
): string {
  if (withheld) return words.withheld[withheld];
  if (!value) return words.unknown;
  const low = formatAmount(value.min, unit, format);
  if (value.min === value.max) return low;
  const high = formatAmount(value.max, unit, format);
  return low === high ? finerShareRange(value.min, value.max, format) : `${low}–${high}`;
}

/**
 * A range of shares whose ends round to the same whole percentage ("35 %–35 %") gets the
 * decimals that tell them apart, so it still reads as a range, in the locale's own percent form.
 */
function finerShareRange(min: number, max: number, format: NumberFormats): string {
  const percentForm = (text: string) => format.percent(0).replace('0', text);
  for (let digits = 1; digits <= 4; digits += 1) {
    const [low, high] = [min, max].map((share) => format.number(Number((share * 100).toFixed(digits))));
    if (low !== high) return `${percentForm(low as string)}–${percentForm(high as string)}`;
  }
  return format.percent(min);
}

/** Progress from baseline (0) to target (1) as a percentage, a range where the value is one. */
export function formatProgress(progress: MaybeRange, format: Pick<Formatters, 'percent'>): string | null {
  if (!progress) return null;
  return progress.min === progress.max ? format.percent(progress.min) : `${format.percent(progress.min)}–${format.percent(progress.max)}`;
}

/** Where a bar of width 0..1 ends: beyond the target is drawn full, and said in words. */
export const clampShare = (share: number): number => Math.min(1, Math.max(0, share));

/** The words a result takes when it has no number to show, or its 0 is better said in words. */
export interface ResultWords extends FigureWords {
  noRecords: string;
  noCategory: string;
  noChallenge: string;
}

/** What every view of a result reads to say it: its value, why it is withheld, and how many roundtables it counts. */
export interface ResultFigure {
  value?: MaybeRange;
  withheld?: Withholding | null;
  recordCount: number;
}

/**
 * No roundtable in scope: the API's value is a sum over nothing, 0, which is no figure of the
 * scope; its progress and status (judged on that 0) are no figure either.
 */
export const hasNoRecords = (result: ResultFigure): boolean => !result.withheld && result.recordCount === 0;

type NoneRecorded = 'noCategory' | 'noChallenge';

// The indicators whose 0, over roundtables, means that none of them records a category or a
// challenge: said in the words the overview, compare and region pages use for it.
const NONE_RECORDED: Readonly<Record<string, NoneRecorded>> = {
  CATEGORIES_REPRESENTED: 'noCategory',
  CHALLENGES_RAISED: 'noChallenge',
};

/** Which words a result's 0 over roundtables takes, if its indicator has some. */
const noneRecorded = (result: ResultFigure, code: string): NoneRecorded | undefined =>
  !result.withheld && result.recordCount > 0 && result.value?.max === 0 ? NONE_RECORDED[code] : undefined;

/**
 * A result in words, the same on the page, in its drill-down, its trend, the report and the
 * downloads: why it is withheld, "No records" over no roundtable, unknown, "No challenge
 * recorded" (or category) where roundtables record none, else its value.
 */
export function resultText(
  result: ResultFigure,
  indicator: { code: string; unit: IndicatorUnit },
  format: NumberFormats,
  words: ResultWords,
): string {
  if (result.withheld) return words.withheld[result.withheld];
  if (result.recordCount === 0) return words.noRecords;
  const none = noneRecorded(result, indicator.code);
  if (none) return words[none];
  return formatIndicatorValue(result.value, indicator.unit, null, format, words);
}

/** What a download's note says of a result where its value is no number, or a 0 better said in words; undefined otherwise. */
export function resultNote(result: ResultFigure, indicator: { code: string }, words: Pick<ResultWords, 'noRecords' | NoneRecorded>) {
  if (hasNoRecords(result)) return words.noRecords;
  const none = noneRecorded(result, indicator.code);
  return none ? words[none] : undefined;
}
