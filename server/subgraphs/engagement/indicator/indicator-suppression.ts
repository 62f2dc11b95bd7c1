import type { CountRange } from '../../../core/count-range';
import { isSmallCount, suppressGroup } from '../../../core/disclosure/suppress';
import { type IndicatorMeasure, PEOPLE_MEASURES } from '../../../core/indicators/indicator-measure';
import type { IndicatorScope } from '../../../core/indicators/indicator-scope';

/** A result counted for one representation, before anything is withheld. */
export interface CountedResult {
  numerator: IndicatorMeasure;
  denominator: IndicatorMeasure | null;
  scope: IndicatorScope;
  numeratorValue: CountRange | null;
  denominatorValue: CountRange | null;
}

const countsPeople = (result: CountedResult) =>
  PEOPLE_MEASURES.has(result.numerator) || (result.denominator !== null && PEOPLE_MEASURES.has(result.denominator));

/** Who is in the whole but not in the part: the denominator less the numerator, as a range. */
function complement(part: CountRange | null, whole: CountRange | null): CountRange | null {
  if (!part || !whole) return null;
  return { min: Math.max(0, whole.min - part.max), max: Math.max(0, whole.max - part.min) };
}

/**
 * A result that points at few people by itself: a small count of people, or a share of people
 * whose part, or whose rest, is a small count (a share of 3 in 40, or of 37 in 40).
 */
function isSmallResult(result: CountedResult, k: number): boolean {
  if (!countsPeople(result)) return false;
  if (result.denominator === null) return isSmallCount(result.numeratorValue, k);
  return isSmallCount(result.numeratorValue, k) || isSmallCount(complement(result.numeratorValue, result.denominatorValue), k);
}

interface Numbered {
  index: number;
  result: CountedResult;
}

/**
 * Results that add up over regions, grouped: counts of one measure of people over the same
 * period and filter. Shares do not add up, nor do counts of distinct things.
 */
function additiveGroups(results: readonly CountedResult[]): Numbered[][] {
  const groups = new Map<string, Numbered[]>();
  results.forEach((result, index) => {
    if (result.denominator !== null || !PEOPLE_MEASURES.has(result.numerator)) return;
    const { from, to, formats, illustrative } = result.scope;
    const key = JSON.stringify([result.numerator, from, to, formats, illustrative]);
    groups.set(key, [...(groups.get(key) ?? []), { index, result }]);
  });
  return [...groups.values()];
}

const singleRegion = ({ result }: Numbered) => (result.scope.regions?.length === 1 ? (result.scope.regions[0] as string) : null);

/**
 * Complementary suppression within one batch. A result over several regions (or all, regions
 * null) is the total of the single-region results inside it; where those cover every region it
 * names (always, for all regions, since the others cannot be ruled out), subtracting the visible
 * ones from it would give a hidden one back, so suppressGroup hides enough of them.
 */
function hiddenByTotals(results: readonly CountedResult[], k: number): Set<number> {
  const hidden = new Set<number>();
  for (const group of additiveGroups(results)) {
    const singles = group.filter((member) => singleRegion(member) !== null);
    const totals = group.filter(({ result }) => result.scope.regions === null || result.scope.regions.length >= 2);
    for (const { result: total } of totals) {
      const named = total.scope.regions;
      const inside = singles.filter((member) => !named || named.includes(singleRegion(member) as string));
      // One cell per region: a region asked for twice is hidden or shown as one.
      const cells = new Map(inside.map((member) => [singleRegion(member) as string, member.result.numeratorValue]));
      if (named && !named.every((region) => cells.has(region))) continue;
      const hiddenRegions = suppressGroup(
        [...cells].map(([name, value]) => ({ name, value })),
        total.numeratorValue,
        k,
      );
      for (const member of inside) if (hiddenRegions.has(singleRegion(member) as string)) hidden.add(member.index);
    }
  }
  return hidden;
}

/**
 * The results of one batch to withhold from a viewer who sees aggregates only (by index): small
 * counts of people, then enough of the regions adding up to a total shown beside them. Counts
 * of roundtables, categories, organisations and challenges point at no one and stay visible.
 */
export function withheldResults(results: readonly CountedResult[], k: number): Set<number> {
  const hidden = hiddenByTotals(results, k);
  results.forEach((result, index) => {
    if (isSmallResult(result, k)) hidden.add(index);
  });
  return hidden;
}

export interface BreakdownCell {
  key: string;
  value: CountRange | null;
}

/**
 * The parts of a count of people to withhold (by key): the parts add up to the result, so they
 * form one additive group with it as total. A withheld result hides every part, or adding them
 * up would show it.
 */
export function withheldParts(
  measure: IndicatorMeasure,
  parts: readonly BreakdownCell[],
  total: CountRange | null,
  resultWithheld: boolean,
  k: number,
): Set<string> {
  if (!PEOPLE_MEASURES.has(measure)) return new Set();
  if (resultWithheld) return new Set(parts.filter((part) => part.value !== null).map((part) => part.key));
  return suppressGroup(
    parts.map((part) => ({ name: part.key, value: part.value })),
    total,
    k,
  );
}
