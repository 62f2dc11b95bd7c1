import { Field, Int, ObjectType } from 'type-graphql';
import { AgeBand, Gender, ParticipationMode } from '../participant/participant-enums';
import { ImportProblem } from './import-report.types';

@ObjectType({ description: 'One row of a participants file: the participant it records (or, in a dry run, would record).' })
export class ParticipantImportRow {
  @Field(() => Int, { description: 'The line of the file the row starts on; the header is line 1.' })
  line: number;

  @Field({ description: 'Stakeholder category code.' })
  category: string;

  @Field()
  newcomer: boolean;

  @Field(() => Gender, { nullable: true, description: 'Null when not recorded.' })
  gender: Gender | null;

  @Field(() => AgeBand, { nullable: true, description: 'Null when not recorded.' })
  ageBand: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'Organisation slug; null when none was given.' })
  organisation: string | null;

  @Field(() => ParticipationMode)
  mode: ParticipationMode;
}

@ObjectType({
  description:
    "The outcome of importing a roundtable's participants. A file with any problem is written not at all: valid is false and errors names every problem.",
})
export class ParticipantImportReport {
  @Field({ description: 'True when the file has no problems.' })
  valid: boolean;

  @Field()
  dryRun: boolean;

  @Field({ description: 'True when the participants were recorded: a valid file, not a dry run.' })
  written: boolean;

  @Field(() => Int, { description: 'Participants recorded, or in a dry run that would be.' })
  created: number;

  @Field(() => [ParticipantImportRow], { description: 'Every row without problems, in file order.' })
  rows: ParticipantImportRow[];

  @Field(() => [ImportProblem], { description: 'Every problem found, by line and column; empty when valid.' })
  errors: ImportProblem[];
}
