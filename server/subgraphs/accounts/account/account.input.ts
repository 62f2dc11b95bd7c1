import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../../../core/auth/viewer';
import { ruleMessage } from '../../../core/validate-input';

@InputType({ description: 'What an ADMIN gives a role: the role, and for a COORDINATOR the slugs of its regions.' })
export class UserAccessInput {
  @Field(() => Role, { description: 'Any role but PUBLIC, which is what anyone is without signing in.' })
  role: Role;

  @Field(() => [String], { defaultValue: [], description: 'Slugs of the regions a COORDINATOR edits; none for another role.' })
  @ArrayMaxSize(100, ruleMessage('listAtMostRegions', { max: 100 }))
  @MaxLength(60, { each: true, ...ruleMessage('eachCharactersAtMost', { max: 60 }) })
  regions: string[];
}

@InputType({ description: 'Someone to invite: what they will sign in with, their name, role and regions.' })
export class InviteUserInput extends UserAccessInput {
  @Field({ description: '2 to 40 of a-z, 0-9, ".", "_" and "-"; it never changes.' })
  @MaxLength(40, ruleMessage('charactersAtMost', { max: 40 }))
  username: string;

  @Field({ description: 'Shown in the header and the audit trail; 1 to 100 characters.' })
  @MaxLength(100, ruleMessage('charactersAtMost', { max: 100 }))
  name: string;
}
