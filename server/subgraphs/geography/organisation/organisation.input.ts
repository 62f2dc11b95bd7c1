import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { CODE, SLUG } from '../../../core/keys';
import { ruleMessage } from '../../../core/validate-input';
import { SLUG_MAX } from './organisation-slug';

const NAME_MAX = RECORDING_LIMITS.texts.organisationName;

@InputType({ description: 'What is recorded about an organisation; an update replaces all of it. Its slug never changes.' })
export class OrganisationInput {
  @Field({ description: 'The name people know it by, e.g. "Fundación Cepaim".' })
  @MinLength(2, ruleMessage('atLeastCharacters', { min: 2 }))
  @MaxLength(NAME_MAX, ruleMessage('charactersAtMost', { max: NAME_MAX }))
  name: string;

  @Field({ description: 'Stakeholder category code, e.g. NGO.' })
  @Matches(CODE, ruleMessage('notACategoryCode'))
  category: string;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the region it is based in; leave out for an organisation that works across regions (ADMIN only).',
  })
  @IsOptional()
  @Matches(SLUG, ruleMessage('notARegionSlug'))
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Migrant- or refugee-led; leave out when not known.' })
  @IsOptional()
  migrantLed?: boolean | null;
}

@InputType({ description: 'A new organisation: its slug, which never changes, and what is recorded about it.' })
export class NewOrganisationInput extends OrganisationInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Readable key used by roundtables and participants, e.g. "fundacion-cepaim". It cannot be changed later. Left out, ' +
      'it is made from the name (lower-case ASCII, hyphenated), with -2, -3... after it when an organisation has, or had, it.',
  })
  @IsOptional()
  @Matches(SLUG, ruleMessage('slugForm'))
  @MaxLength(SLUG_MAX, ruleMessage('charactersAtMost', { max: SLUG_MAX }))
  slug?: string | null;
}
