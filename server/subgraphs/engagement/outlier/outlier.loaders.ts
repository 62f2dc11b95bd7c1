import { groupedLoader } from '../../../core/loader';
import type { OutlierService } from './outlier.service';

/** The loaders of roundtables' flagged figures, made fresh for each request: one statement for every roundtable asked. */
export function outlierLoaders(outliers: OutlierService) {
  return {
    outlierFlags: groupedLoader(
      (ids: readonly string[]) => outliers.flagsOf(ids),
      (flag) => flag.roundtableId,
    ),
  };
}
