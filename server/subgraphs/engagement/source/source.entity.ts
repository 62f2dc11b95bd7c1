import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A source as the API reads it (SOURCE_COLUMNS, roundtable-parts.service.ts). Its table's `ref`,
 * the readable key that makes seeding idempotent, is read by the seed alone.
 */
@ObjectType({ description: 'Where a figure comes from: a published article or report.' })
export class Source {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the document has no known address.' })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of publication, where known.' })
  publishedOn: string | null;

  @Field()
  illustrative: boolean;
}
