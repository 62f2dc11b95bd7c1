import { Field, ID, ObjectType } from 'type-graphql';

/** A challenge mention; its columns are read with CHALLENGE_MENTION_COLUMNS (roundtable-parts.service.ts). */
@ObjectType({ description: 'A challenge raised at a roundtable.' })
export class ChallengeMention {
  @Field(() => ID)
  id: string;

  roundtableId: string;

  challengeCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'What was said, in the words of the source; null for FUNDER and PUBLIC, who see no free text.',
  })
  note: string | null;

  position: number;

  sourceId: string | null;
}
