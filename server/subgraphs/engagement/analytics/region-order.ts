import type { CountRange } from '../../../contract/count-range';
import { SortDirection } from '../../../core/paging';

/** A region's measure: a count (people as a range, or roundtables), or null when unknown or withheld. */
export type Measure = CountRange | number | null;

const pair = (measure: Exclude<Measure, null>): [number, number] =>
  typeof measure === 'number' ? [measure, measure] : [measure.min, measure.max];

const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Regions in ranking order, as ranking-sql.ts orders them in SQL: by the measure (a range by its
 * min, then its max) in the direction asked, ties by slug; a region whose measure is null comes
 * last in either direction, by slug, so where the count is withheld the order says nothing of it.
 * `measure` undefined orders by slug alone, in the direction asked.
 */
export function rankRegions<T extends { slug: string }>(
  regions: readonly T[],
  measure: ((region: T) => Measure) | undefined,
  direction: SortDirection,
): T[] {
  const sign = direction === SortDirection.DESC ? -1 : 1;
  if (!measure) return [...regions].sort((a, b) => sign * bySlug(a.slug, b.slug));
  const measured = regions.map((region) => ({ region, value: measure(region) }));
  measured.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
      return bySlug(a.region.slug, b.region.slug);
    }
    const [aMin, aMax] = pair(a.value);
    const [bMin, bMax] = pair(b.value);
    return sign * (aMin - bMin) || sign * (aMax - bMax) || bySlug(a.region.slug, b.region.slug);
  });
  return measured.map(({ region }) => region);
}
