import type { GeographyContext } from '../geography.context';
import type { StakeholderCategory } from './stakeholder-category.entity';

export const resolveCategoryReference = (reference: Pick<StakeholderCategory, 'code'>, ctx: GeographyContext) =>
  ctx.categories.find(reference.code) ?? null;
