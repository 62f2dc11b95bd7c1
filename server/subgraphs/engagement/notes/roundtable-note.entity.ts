import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Free text recorded about a roundtable, in the order the source gives it. */
@ObjectType()
abstract class RoundtableNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'roundtable_id', type: 'uuid' })
  roundtableId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;
}

@ObjectType({ description: 'A conclusion a roundtable reached.' })
@Entity({ name: 'insight' })
export class Insight extends RoundtableNote {}

@ObjectType({ description: 'A topic participants said they want to learn more about.' })
@Entity({ name: 'interest' })
export class Interest extends RoundtableNote {}
