import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A challenge raised at a roundtable.' })
@Entity({ name: 'challenge_mention' })
export class ChallengeMention {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'roundtable_id', type: 'uuid' })
  roundtableId: string;

  @Column({ name: 'challenge_code', type: 'text' })
  challengeCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'What was said, in the words of the source; null for FUNDER and PUBLIC, who see no free text.',
  })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;
}
