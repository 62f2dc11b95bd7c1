import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoundtableFormat } from './roundtable-format';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'One meeting of a regional platform.' })
@Entity({ name: 'roundtable' })
export class Roundtable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_slug', type: 'text' })
  regionSlug: string;

  @Field(() => Int, { description: 'Its number within its platform: 1 for the first roundtable.' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'ISO date, e.g. "2021-11-24".' })
  @Column({ type: 'date' })
  date: string;

  @Field(() => RoundtableFormat, { nullable: true, description: 'Null when the format was not published.' })
  @Column({ type: 'text', nullable: true })
  format: RoundtableFormat | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update must quote it.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
