import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Framework, MappingRelation } from '../indicator/indicator-enums';

@InputType({ description: "Maps an indicator to an external framework's, or corrects the mapping's wording." })
export class SetFrameworkMappingInput {
  @Field({ description: 'Our indicator code, e.g. PARTICIPANTS.' })
  indicator: string;

  @Field(() => Framework)
  framework: Framework;

  @Field({ description: "The framework's code, e.g. O.2.3." })
  @Matches(/^\S(.*\S)?$/, { message: 'must not start or end with a space' })
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  externalCode: string;

  @Field({ description: "The framework's own wording, exactly as it is published." })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  officialLabel: string;

  @Field(() => MappingRelation)
  relation: MappingRelation;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; required to correct an existing mapping.' })
  @IsOptional()
  version?: number | null;
}
