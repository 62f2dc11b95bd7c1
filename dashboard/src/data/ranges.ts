/** A count as the API gives it: exact when min = max, a range otherwise, null when unknown. */
export interface CountRange {
  min: number;
  max: number;
}
export type MaybeRange = CountRange | null | undefined;

export const isKnown = (range: MaybeRange): range is CountRange => range !== null && range !== undefined;
export const isExact = (range: MaybeRange): boolean => isKnown(range) && range.min === range.max;

/**
 * The share part/whole as a range: its lowest value is the least part over the largest
 * whole, its highest the largest part over the least whole (never above 1).
 */
export function shareRange(part: MaybeRange, whole: MaybeRange): CountRange | null {
  if (!isKnown(part) || !isKnown(whole) || whole.max === 0) return null;
  const low = part.min / whole.max;
  const high = whole.min === 0 ? 1 : Math.min(1, part.max / whole.min);
  return { min: low, max: high };
}

/** Text for a count: "26", "9–16", or the word for unknown. */
export function formatRange(range: MaybeRange, formatNumber: (n: number) => string, unknown: string): string {
  if (!isKnown(range)) return unknown;
  return range.min === range.max ? formatNumber(range.min) : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
}
