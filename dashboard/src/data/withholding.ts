import { formatRange, type MaybeRange } from './ranges';

/**
 * A row that says which of its counts the API withheld from this viewer (FUNDER and
 * PUBLIC see counts of fewer than 5 people suppressed). A withheld count comes as null,
 * like an unknown one: only this list tells them apart.
 */
export interface WithSuppressed {
  suppressed?: readonly string[] | null;
}

export const isSuppressed = (row: WithSuppressed, field: string): boolean => row.suppressed?.includes(field) ?? false;

export interface CountWords {
  unknown: string;
  suppressed: string;
}

/** A count in words: "26", "9–16", the word for suppressed, or the word for unknown; never 0 for either of the last two. */
export function countText(range: MaybeRange, suppressed: boolean, formatNumber: (n: number) => string, words: CountWords): string {
  return suppressed ? words.suppressed : formatRange(range, formatNumber, words.unknown);
}
