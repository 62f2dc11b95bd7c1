import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** An organisation; its columns are read with ORGANISATION_COLUMNS (organisation.service.ts). */
@Directive('@key(fields: "slug")')
@ObjectType({ description: 'An organisation taking part in, or organising, a platform.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Readable key, e.g. "iom-spain".' })
  slug: string;

  @Field()
  name: string;

  categoryCode: string;

  /** Null for organisations that work across regions (e.g. a project partner). */
  regionSlug: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Migrant- or refugee-led; null when not known.' })
  migrantLed: boolean | null;

  @Field()
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update or deletion must quote it.' })
  version: number;
}
