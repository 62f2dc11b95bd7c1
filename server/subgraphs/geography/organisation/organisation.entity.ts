import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Directive('@key(fields: "slug")')
@ObjectType({ description: 'An organisation taking part in, or organising, a platform.' })
@Entity({ name: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Readable key, e.g. "iom-spain".' })
  @Column({ type: 'text', unique: true })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  /** Null for organisations that work across regions (e.g. a project partner). */
  @Column({ name: 'region_slug', type: 'text', nullable: true })
  regionSlug: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Migrant- or refugee-led; null when not known.' })
  @Column({ name: 'migrant_led', type: 'boolean', nullable: true })
  migrantLed: boolean | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update or deletion must quote it.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
