import type { IndicatorValue } from '../../../contract/indicators/indicator-scope';

/** One measure counted over one scope, as the figures statement returns it. */
export interface Figure {
  /** Rows whose figure is unknown, left out of min and max rather than counted as 0. */
  unknown: number;
  known: number;
  min: number | null;
  max: number | null;
}

/**
 * A count over a scope: null only when something is in scope and nothing of it is known.
 * Nothing in scope is a known zero.
 */
export function countValue(figure: Figure): IndicatorValue | null {
  if (figure.known === 0 && figure.unknown > 0) return null;
  return { min: figure.min ?? 0, max: figure.max ?? 0 };
}

const fraction = (value: number) => Math.min(1, Math.max(0, value));

/**
 * A share from the ranges of its parts: the lowest numerator over the highest denominator to
 * the highest over the lowest. A share is a part of its whole, so it stays within 0 to 1; a
 * denominator that may be 0 leaves the top open (1). Null when the denominator is unknown or 0.
 */
export function shareValue(numerator: IndicatorValue | null, denominator: IndicatorValue | null): IndicatorValue | null {
  if (!numerator || !denominator || denominator.max === 0) return null;
  return {
    min: fraction(numerator.min / denominator.max),
    max: denominator.min === 0 ? 1 : fraction(numerator.max / denominator.min),
  };
}
