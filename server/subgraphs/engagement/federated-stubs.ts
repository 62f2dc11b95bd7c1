import { Directive, Field, ObjectType } from 'type-graphql';

// Types owned by geography that engagement refers to by key. The gateway fetches their
// other fields from geography, so engagement never reads geography's tables.

@Directive('@key(fields: "slug")')
@ObjectType('Region')
export class RegionRef {
  @Field()
  slug: string;
}

@Directive('@key(fields: "slug")')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field()
  slug: string;
}

@Directive('@key(fields: "code")')
@ObjectType('StakeholderCategory')
export class StakeholderCategoryRef {
  @Field()
  code: string;
}
