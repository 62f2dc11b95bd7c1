import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../../core/enum-values';
import { CODE, SLUG } from '../../../core/keys';
import { SortDirection } from '../../../core/paging';
import { ruleMessage } from '../../../core/validate-input';
import { Organisation } from './organisation.entity';

/** The longest search text: longer than any name (RECORDING_LIMITS.texts.organisationName). */
export const SEARCH_MAX = 200;

@InputType({
  description:
    'Which organisations a list holds; every condition given must hold. `regions` and `acrossRegions` together give ' +
    'the organisations based in those regions and those working across regions: the ones a roundtable there can name.',
})
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Text found in its name or slug, in any case.' })
  @IsOptional()
  @MaxLength(SEARCH_MAX, ruleMessage('charactersAtMost', { max: SEARCH_MAX }))
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only organisations based in these regions (slugs).' })
  @IsOptional()
  @ArrayMaxSize(100, ruleMessage('nameAtMostRegions', { max: 100 }))
  @Matches(SLUG, { each: true, ...ruleMessage('notRegionSlugs') })
  regions?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: organisations working across regions (no region of their own), with those of `regions` if given.',
  })
  @IsOptional()
  acrossRegions?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only organisations of these stakeholder categories (codes).' })
  @IsOptional()
  @ArrayMaxSize(100, ruleMessage('nameAtMostCategories', { max: 100 }))
  @Matches(CODE, { each: true, ...ruleMessage('notCategoryCodes') })
  categories?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only migrant- or refugee-led ones (true), or only those known not to be (false).' })
  @IsOptional()
  migrantLed?: boolean | null;
}

export const OrganisationSortField = graphqlEnum('OrganisationSortField', {
  NAME: 'Its name, alphabetically.',
  REGION: 'The name of its region; those working across regions last.',
  CATEGORY: 'Its stakeholder category, in the taxonomy’s display order.',
  MIGRANT_LED: 'Whether it is migrant- or refugee-led: no, then yes (ascending); not known last.',
});
export type OrganisationSortField = (typeof OrganisationSortField)[keyof typeof OrganisationSortField];

@InputType({ description: 'The order of a page of organisations; ties are broken by name.' })
export class OrganisationOrder {
  @Field(() => OrganisationSortField, { defaultValue: OrganisationSortField.NAME })
  field: OrganisationSortField = OrganisationSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: 'One page of the organisations that match, and how many match in all.' })
export class OrganisationPage {
  @Field(() => Int, { description: 'Every organisation that matches, on this page or another.' })
  totalCount: number;

  @Field(() => [Organisation])
  rows: Organisation[];
}
