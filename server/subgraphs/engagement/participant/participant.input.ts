import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { CODE, SLUG, UUID } from '../../../core/keys';
import { ruleMessage } from '../../../core/validate-input';
import { AgeBand, Gender, ParticipationMode } from './participant-enums';

/** The most roundtables one person can be recorded at in one write; a platform plans four. */
const MAX_PARTICIPATIONS = RECORDING_LIMITS.lists.participations;

@InputType({ description: 'A roundtable the participant took part in, and how.' })
export class ParticipationInput {
  @Field(() => ID, { description: "The roundtable's id; it must be of the participant's region." })
  @Matches(UUID, ruleMessage('fieldNotARoundtableId'))
  roundtableId: string;

  @Field(() => ParticipationMode, { description: 'An ONLINE roundtable takes only ONLINE participations, an ONSITE one only ONSITE.' })
  mode: ParticipationMode;
}

@InputType({
  description:
    'A pseudonymous participant: no name is asked for or kept, the server gives the pseudonym. An update replaces all of it, participations included.',
})
export class ParticipantInput {
  @Field({ description: 'Region slug, e.g. soria.' })
  @Matches(SLUG, ruleMessage('notARegionSlug'))
  region: string;

  @Field({ description: 'Stakeholder category code, e.g. NEWCOMER or NGO.' })
  @Matches(CODE, ruleMessage('notACategoryCode'))
  category: string;

  @Field({ description: 'A refugee or migrant taking part.' })
  newcomer: boolean;

  @Field(() => Gender, { nullable: true, description: 'Leave out when not known.' })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => AgeBand, { nullable: true, description: 'Leave out when not known.' })
  @IsOptional()
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'Slug of the organisation they came for, e.g. fundacion-cepaim.' })
  @IsOptional()
  @Matches(SLUG, ruleMessage('notAnOrganisationSlug', { example: 'fundacion-cepaim' }))
  organisation?: string | null;

  @Field(() => [ParticipationInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_PARTICIPATIONS, ruleMessage('listAtMostRoundtables', { max: MAX_PARTICIPATIONS }))
  participations: ParticipationInput[];
}

const MOST_AT_ONCE = RECORDING_LIMITS.lists.participantBatch;

@InputType({ description: 'Participants to record in one write, all of them or none.' })
export class NewParticipantsInput {
  @Field(() => [ParticipantInput], {
    description: `At least one and at most ${MOST_AT_ONCE}; problems are named by place in the list, e.g. participants.3.category.`,
  })
  @ValidateNested({ each: true })
  @ArrayMinSize(1, ruleMessage('atLeastOneParticipant'))
  @ArrayMaxSize(MOST_AT_ONCE, ruleMessage('listAtMostParticipants', { max: MOST_AT_ONCE }))
  participants: ParticipantInput[];
}
