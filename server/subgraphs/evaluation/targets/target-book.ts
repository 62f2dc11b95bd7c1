import type { DataSource } from 'typeorm';
import type { Indicator } from '../indicator/indicator.types';
import type { IndicatorTarget } from './indicator-target.types';

export const TARGET_COLUMNS = `id, indicator_code AS "indicatorCode", region_slug AS "regionSlug", period_code AS "periodCode",
  baseline::float8 AS baseline, target::float8 AS target, source, note, version,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** The baseline and target a result is judged against, and where they come from. */
export interface EffectiveTarget {
  baseline: number | null;
  target: number | null;
  source: string | null;
  /** How the figures were arrived at: a region's own, the default for every region, or a sum over regions. */
  origin: 'REGION' | 'DEFAULT' | 'SUM_OF_REGIONS' | 'NONE';
}

const NONE: EffectiveTarget = { baseline: null, target: null, source: null, origin: 'NONE' };

const sumOf = (values: (number | null)[]) => (values.every((value) => value !== null) ? values.reduce((a, b) => a + (b ?? 0), 0) : null);

/**
 * Every target, read in one statement per request (there are at most indicators × regions ×
 * periods of them), and the rules for which one applies to a result.
 */
export class TargetBook {
  private readonly byKey: Map<string, IndicatorTarget>;

  constructor(readonly all: readonly IndicatorTarget[]) {
    this.byKey = new Map(all.map((target) => [TargetBook.key(target.indicatorCode, target.regionSlug, target.periodCode), target]));
  }

  static async read(db: DataSource): Promise<TargetBook> {
    return new TargetBook(await db.query(`SELECT ${TARGET_COLUMNS} FROM evaluation.indicator_target`));
  }

  private static key(indicator: string, region: string | null, period: string): string {
    return `${indicator}|${region ?? ''}|${period}`;
  }

  /** A region's own target, else the default for every region. */
  forRegion(indicator: Indicator, regionSlug: string, periodCode: string): EffectiveTarget {
    const own = this.byKey.get(TargetBook.key(indicator.code, regionSlug, periodCode));
    if (own) return { baseline: own.baseline, target: own.target, source: own.source, origin: 'REGION' };
    const fallback = this.byKey.get(TargetBook.key(indicator.code, null, periodCode));
    if (fallback) return { baseline: fallback.baseline, target: fallback.target, source: fallback.source, origin: 'DEFAULT' };
    return NONE;
  }

  /**
   * The target of several regions together: where regions add up, the sum of theirs (none
   * if any region has none); where the total is recomputed (shares, distinct counts), the
   * default, since a level does not add up.
   */
  forRegions(indicator: Indicator, regionSlugs: readonly string[], periodCode: string): EffectiveTarget {
    if (indicator.regionAggregation === 'RECOMPUTED') {
      const fallback = this.byKey.get(TargetBook.key(indicator.code, null, periodCode));
      return fallback ? { baseline: fallback.baseline, target: fallback.target, source: fallback.source, origin: 'DEFAULT' } : NONE;
    }
    if (regionSlugs.length === 0) return NONE;
    const each = regionSlugs.map((slug) => this.forRegion(indicator, slug, periodCode));
    const target = sumOf(each.map((t) => t.target));
    const baseline = sumOf(each.map((t) => t.baseline));
    if (target === null && baseline === null) return NONE;
    const sources = [...new Set(each.map((t) => t.source).filter((s): s is string => s !== null))];
    return { baseline, target, source: sources.join('; ') || null, origin: 'SUM_OF_REGIONS' };
  }
}
