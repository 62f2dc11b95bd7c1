import { Field, ID, ObjectType } from 'type-graphql';
import { RegionRef } from '../federated-stubs';

/**
 * A source as the API reads it (SOURCE_COLUMNS, roundtable-parts.service.ts). Its table's `ref`,
 * the readable key that makes seeding idempotent, is read by the seed alone.
 */
@ObjectType({ description: "Where a figure comes from: a published article or report, or (recordedBy) a platform's own record." })
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

  @Field(() => RegionRef, {
    nullable: true,
    description:
      "Set on the entries `sources` adds for a platform's own records (roundtables that cite no publication): the region whose platform recorded them, whose figures rest on the records themselves, with who recorded them and when in the audit trail. Null for a publication.",
  })
  recordedBy?: RegionRef | null;
}
