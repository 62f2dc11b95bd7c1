import { ArrayMaxSize, IsInt, IsOptional, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { errorText } from '../../../core/errors';
import { CODE, SLUG } from '../../../core/keys';
import { ruleMessage } from '../../../core/validate-input';
import { OrganiserRole, RoundtableFormat } from './roundtable-format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const { counts, texts, lists } = RECORDING_LIMITS;
const atMost = (max: number) => ruleMessage('atMost', { max });
const charactersAtMost = (max: number, each = false) => ({ each, ...ruleMessage('charactersAtMost', { max }) });
const listsAtMost = (max: number) => ruleMessage('listAtMost', { max });

@InputType({ description: 'Attendance as a source published it, or as the platform recorded it. Leave a count out when it is not known.' })
export class AttendanceInput {
  @Field(() => Int, { nullable: true, description: 'The exact number of participants, or the minimum when participantsMax is given.' })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: 'The maximum, when only a range is known ("from 9 to 16").' })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  participantsMax?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  online?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  onsite?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of organisations represented.' })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.organisations, atMost(counts.organisations))
  organisations?: number | null;
}

@InputType()
export class CategoryCountInput {
  @Field({ description: 'Stakeholder category code, e.g. NGO.' })
  @Matches(CODE, ruleMessage('notACategoryCode'))
  code: string;

  @Field(() => Int, { nullable: true, description: 'Participants of the category, or the minimum when participantsMax is given.' })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  participants?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, ruleMessage('notNegative'))
  @Max(counts.people, atMost(counts.people))
  participantsMax?: number | null;
}

@InputType()
export class ChallengeMentionInput {
  @Field({ description: 'Challenge code, e.g. TRANSPORT.' })
  @Matches(CODE, ruleMessage('notAChallengeCode'))
  code: string;

  @Field(() => String, { nullable: true, description: 'What was said about it.' })
  @IsOptional()
  @MaxLength(texts.challengeNote, charactersAtMost(texts.challengeNote))
  note?: string | null;
}

@InputType()
export class OrganiserInput {
  @Field({ description: 'Organisation slug, e.g. iom-spain.' })
  @Matches(SLUG, ruleMessage('notAnOrganisationSlug', { example: 'iom-spain' }))
  organisation: string;

  @Field(() => OrganiserRole, { defaultValue: OrganiserRole.ORGANISER })
  role: OrganiserRole;
}

@InputType({ description: 'Where the figures come from.' })
export class SourceInput {
  @Field()
  @MinLength(3, ruleMessage('nameTheDocument'))
  @MaxLength(texts.sourceTitle, charactersAtMost(texts.sourceTitle))
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(texts.sourceUrl, charactersAtMost(texts.sourceUrl))
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, ruleMessage('notAWebAddress'))
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(texts.sourcePublisher, charactersAtMost(texts.sourcePublisher))
  publisher?: string | null;
}

@InputType({ description: 'A roundtable and everything recorded about it; an update replaces all of it.' })
export class RoundtableInput {
  @Field({ description: 'Region slug, e.g. soria.' })
  @Matches(SLUG, ruleMessage('notARegionSlug'))
  region: string;

  @Field(() => Int, { description: 'Number within the platform: 1 for the first roundtable.' })
  @IsInt()
  @Min(1, ruleMessage('notPositive'))
  @Max(counts.roundtableNumber, atMost(counts.roundtableNumber))
  number: number;

  @Field({ description: 'YYYY-MM-DD.' })
  // One message for an empty date, the commonest slip, and another for a date written otherwise.
  @Matches(
    ISO_DATE,
    ruleMessage((value) => errorText(value ? 'fieldNotADate' : 'required')),
  )
  date: string;

  @Field(() => RoundtableFormat, { nullable: true, description: 'Leave out when not published.' })
  @IsOptional()
  format?: RoundtableFormat | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, ruleMessage('atLeastOneMinute'))
  @Max(counts.durationMinutes, ruleMessage('atMostMinutes', { max: counts.durationMinutes }))
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(texts.theme, charactersAtMost(texts.theme))
  theme?: string | null;

  @Field(() => AttendanceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  attendance?: AttendanceInput | null;

  @Field(() => [CategoryCountInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(lists.categories, listsAtMost(lists.categories))
  categories: CategoryCountInput[];

  @Field(() => [ChallengeMentionInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(lists.challenges, listsAtMost(lists.challenges))
  challenges: ChallengeMentionInput[];

  @Field(() => [String], { defaultValue: [] })
  @MaxLength(texts.insight, charactersAtMost(texts.insight, true))
  @MinLength(1, { each: true, ...ruleMessage('notEmpty') })
  @ArrayMaxSize(lists.insights, listsAtMost(lists.insights))
  insights: string[];

  @Field(() => [String], { defaultValue: [] })
  @MaxLength(texts.interest, charactersAtMost(texts.interest, true))
  @MinLength(1, { each: true, ...ruleMessage('notEmpty') })
  @ArrayMaxSize(lists.interests, listsAtMost(lists.interests))
  interests: string[];

  @Field(() => [OrganiserInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(lists.organisers, listsAtMost(lists.organisers))
  organisers: OrganiserInput[];

  @Field(() => [SourceInput], {
    defaultValue: [],
    description:
      "The publications the figures come from (an article, a report). Empty for a platform's own record of its meeting: its figures then rest on the record itself, whose recorder and time the audit trail keeps.",
  })
  @ValidateNested({ each: true })
  @ArrayMaxSize(lists.sources, listsAtMost(lists.sources))
  sources: SourceInput[];
}
