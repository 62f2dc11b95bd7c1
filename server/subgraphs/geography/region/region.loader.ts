import { keyedLoader } from '../../../core/loader';
import type { Region } from './region.entity';
import type { RegionService } from './region.service';

export const regionBySlugLoader = (regions: RegionService) =>
  keyedLoader(
    (slugs: readonly string[]) => regions.findBySlugs(slugs),
    (region: Region) => region.slug,
    null,
  );
