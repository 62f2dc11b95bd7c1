import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Where a figure comes from: a published article or report.' })
@Entity({ name: 'source' })
export class Source {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Readable key that makes seeding idempotent, e.g. "soria-roundtable-3-article". */
  @Column({ type: 'text', unique: true })
  ref: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the document has no known address.' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of publication, where known.' })
  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;
}
