import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Free text recorded about a roundtable, in the order the source gives it; its columns are read
 * with NOTE_COLUMNS (roundtable-parts.service.ts).
 */
@ObjectType()
abstract class RoundtableNote {
  @Field(() => ID)
  id: string;

  roundtableId: string;

  @Field()
  text: string;

  position: number;

  sourceId: string | null;
}

@ObjectType({ description: 'A conclusion a roundtable reached.' })
export class Insight extends RoundtableNote {}

@ObjectType({ description: 'A topic participants said they want to learn more about.' })
export class Interest extends RoundtableNote {}
