import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StakeholderCategory } from '../category/stakeholder-category.entity';
import type { GeographyContext } from '../geography.context';
import { Region } from '../region/region.entity';
import { Organisation } from './organisation.entity';

@Resolver(() => Organisation)
export class OrganisationFields {
  @FieldResolver(() => StakeholderCategory)
  category(@Root() organisation: Organisation, @Ctx() ctx: GeographyContext): StakeholderCategory {
    const category = ctx.categories.find(organisation.categoryCode);
    if (!category) throw new Error(`Organisation ${organisation.slug} has unknown category ${organisation.categoryCode}`);
    return category;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Null for organisations working across regions.' })
  region(@Root() organisation: Organisation, @Ctx() ctx: GeographyContext): Promise<Region | null> | null {
    return organisation.regionSlug ? ctx.loaders.regionBySlug.load(organisation.regionSlug) : null;
  }
}
