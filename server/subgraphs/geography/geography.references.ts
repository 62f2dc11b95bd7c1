import type { ReferenceResolvers } from '../../core/federation';
import type { StakeholderCategory } from './category/stakeholder-category.entity';
import type { GeographyContext } from './geography.context';
import type { Organisation } from './organisation/organisation.entity';
import type { Region } from './region/region.entity';

export const GEOGRAPHY_REFERENCES: ReferenceResolvers = {
  Region: {
    __resolveReference: (reference: Pick<Region, 'slug'>, ctx: GeographyContext) => ctx.loaders.regionBySlug.load(reference.slug),
  },
  Organisation: {
    __resolveReference: (reference: Pick<Organisation, 'slug'>, ctx: GeographyContext) =>
      ctx.loaders.organisationBySlug.load(reference.slug),
  },
  // The taxonomy is held in memory: no loader needed.
  StakeholderCategory: {
    __resolveReference: (reference: Pick<StakeholderCategory, 'code'>, ctx: GeographyContext) =>
      ctx.categories.find(reference.code) ?? null,
  },
};
