import type { GeographyContext } from '../geography.context';
import type { Region } from './region.entity';

export const resolveRegionReference = (reference: Pick<Region, 'slug'>, ctx: GeographyContext) =>
  ctx.loaders.regionBySlug.load(reference.slug);
