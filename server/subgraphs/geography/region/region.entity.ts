import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UrbanRuralType } from './urban-rural-type';

@Directive('@key(fields: "slug")')
@ObjectType({ description: 'A rural region with a multi-stakeholder cooperation platform.' })
@Entity({ name: 'region' })
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Lower-case ASCII key used in URLs, the API and CSV files, e.g. "soria".' })
  @Column({ type: 'text', unique: true })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "ES".' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, { nullable: true, description: 'NUTS code, where a source gives it.' })
  @Column({ name: 'nuts_code', type: 'text', nullable: true })
  nutsCode: string | null;

  @Field(() => Int, { nullable: true, description: 'NUTS level (1 to 3) of nutsCode.' })
  @Column({ name: 'nuts_level', type: 'smallint', nullable: true })
  nutsLevel: number | null;

  @Field(() => UrbanRuralType, { nullable: true })
  @Column({ name: 'urban_rural_type', type: 'text', nullable: true })
  urbanRuralType: UrbanRuralType | null;

  @Field(() => String, { nullable: true, description: 'The first-level administrative region, where a source gives it.' })
  @Column({ name: 'admin_region', type: 'text', nullable: true })
  adminRegion: string | null;

  @Field({ description: 'False where sources disagree on which territory the platform covers.' })
  @Column({ name: 'identity_verified', type: 'boolean', default: true })
  identityVerified: boolean;

  @Field(() => String, { nullable: true, description: 'Why the identity is unverified, or other caveats.' })
  @Column({ name: 'identity_note', type: 'text', nullable: true })
  identityNote: string | null;

  @Field({ description: 'True for generated illustrative data, never for recorded facts.' })
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;
}
