import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { UrbanRuralType } from './urban-rural-type';

/** A region; its columns are read with REGION_COLUMNS (region.service.ts). */
@Directive('@key(fields: "slug")')
@ObjectType({ description: 'A rural region with a multi-stakeholder cooperation platform.' })
export class Region {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lower-case ASCII key used in URLs, the API and CSV files, e.g. "soria".' })
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "ES".' })
  country: string;

  @Field(() => String, { nullable: true, description: 'NUTS code, where a source gives it.' })
  nutsCode: string | null;

  @Field(() => Int, { nullable: true, description: 'NUTS level (1 to 3) of nutsCode.' })
  nutsLevel: number | null;

  @Field(() => UrbanRuralType, { nullable: true })
  urbanRuralType: UrbanRuralType | null;

  @Field(() => String, { nullable: true, description: 'The first-level administrative region, where a source gives it.' })
  adminRegion: string | null;

  @Field({ description: 'False where sources disagree on which territory the platform covers.' })
  identityVerified: boolean;

  @Field(() => String, { nullable: true, description: 'Why the identity is unverified, or other caveats.' })
  identityNote: string | null;

  @Field({ description: 'True for generated illustrative data, never for recorded facts.' })
  illustrative: boolean;
}
