import { Directive, Field, ObjectType } from 'type-graphql';

// Geography owns regions; evaluation refers to them by key and adds their indicator results.
@Directive('@key(fields: "slug")')
@ObjectType('Region')
export class RegionRef {
  @Field()
  slug: string;
}
