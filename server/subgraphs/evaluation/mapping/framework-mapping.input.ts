import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ruleMessage } from '../../../core/validate-input';
import { Framework, MappingRelation } from '../indicator/indicator-enums';

@InputType({ description: "Maps an indicator to an external framework's, or corrects the mapping's wording." })
export class SetFrameworkMappingInput {
  @Field({ description: 'Our indicator code, e.g. PARTICIPANTS.' })
  indicator: string;

  @Field(() => Framework)
  framework: Framework;

  @Field({ description: "The framework's code, e.g. O.2.3." })
  @Matches(/^\S(.*\S)?$/, ruleMessage('noEdgeSpaces'))
  @Length(1, 60, ruleMessage('charactersBetween', { min: 1, max: 60 }))
  externalCode: string;

  @Field({ description: "The framework's own wording, exactly as it is published." })
  @Length(1, 500, ruleMessage('charactersBetween', { min: 1, max: 500 }))
  officialLabel: string;

  @Field(() => MappingRelation)
  relation: MappingRelation;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, ruleMessage('charactersBetween', { min: 1, max: 2000 }))
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; required to correct an existing mapping.' })
  @IsOptional()
  version?: number | null;
}
