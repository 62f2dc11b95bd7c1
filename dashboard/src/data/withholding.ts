import type { Withholding } from '../__generated__/graphql';
import { formatRange, type MaybeRange } from './ranges';

export type { Withholding };

/** Every reason, in the order a note explains them. */
export const WITHHOLDINGS: readonly Withholding[] = ['SMALL_COUNT', 'PROTECTS_SMALL_COUNT', 'NOT_PUBLISHED'];

/** A count the API withheld from this viewer, and why. */
export interface WithheldCount {
  field: string;
  reason: Withholding;
}

/**
 * A row that says which of its counts the API withheld from this viewer (FUNDER and PUBLIC
 * see a protected publication). A withheld count comes as null, like an unknown one: only
 * this list tells them apart, and says why.
 */
export interface WithWithheld {
  withheld?: readonly WithheldCount[] | null;
}

/** Why `field` of the row is withheld; undefined when it is shown (or merely unknown). */
export const withheldReason = (row: WithWithheld, field: string): Withholding | undefined =>
  row.withheld?.find((count) => count.field === field)?.reason;

/** The words for each reason in the reader's language: the same label in every view and download. */
export type WithheldLabels = Readonly<Record<Withholding, string>>;

export interface CountWords {
  unknown: string;
  withheld: WithheldLabels;
}

/** A count in words: "26", "9–16", why it is withheld, or the word for unknown; never 0 for either of the last two. */
export function countText(
  range: MaybeRange,
  reason: Withholding | null | undefined,
  formatNumber: (n: number) => string,
  words: CountWords,
): string {
  return reason ? words.withheld[reason] : formatRange(range, formatNumber, words.unknown);
}

/** The distinct reasons among `reasons`, in the order a note explains them. */
export function reasonsAmong(reasons: Iterable<Withholding | null | undefined>): Withholding[] {
  const present = new Set(reasons);
  return WITHHOLDINGS.filter((reason) => present.has(reason));
}

/**
 * Why a figure made of several withheld counts is withheld, e.g. a total split by mode: a
 * small count first, since that is what the others protect; not published only when all are.
 */
export function strongestReason(reasons: Iterable<Withholding | null | undefined>): Withholding | undefined {
  return reasonsAmong(reasons)[0];
}

/**
 * Why a figure is withheld that would give a withheld count back if shown (a share beside its
 * total, a total to date beside the one before): it protects that count, or, where the count
 * is not published, is not published either.
 */
export const protectingReason = (withheld: Withholding): Withholding =>
  withheld === 'NOT_PUBLISHED' ? 'NOT_PUBLISHED' : 'PROTECTS_SMALL_COUNT';

/**
 * Why a share of two counts (part / (part + other)) is withheld: its own count's reason
 * first, else that of the other count, which it would give back from the total.
 */
export function shareReason(part: Withholding | null | undefined, other: Withholding | null | undefined): Withholding | undefined {
  return part ?? (other ? protectingReason(other) : undefined);
}
