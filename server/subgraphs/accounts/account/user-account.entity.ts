import { Field, Int, ObjectType } from 'type-graphql';
import { Role } from '../../../core/auth/viewer';
import { graphqlEnum } from '../../../core/enum-values';

export const AccountStatus = graphqlEnum('AccountStatus', {
  INVITED: 'Invited, and has not yet set a password with the link.',
  ACTIVE: 'Signs in.',
  DEACTIVATED: 'Cannot sign in; every session ended when the account was deactivated.',
});
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

@ObjectType({ description: 'A person who signs in, with the role and regions an ADMIN gave them. No password or hash is ever shown.' })
export class UserAccount {
  @Field({ description: 'What they sign in with: 2 to 40 of a-z, 0-9, ".", "_" and "-"; never changes.' })
  username: string;

  @Field({ description: 'Shown in the header and in the audit trail.' })
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { description: 'Slugs of the regions a COORDINATOR edits; empty for every other role.' })
  regions: string[];

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => Int, { description: 'Quote it when changing the user: a change made meanwhile by someone else is not overwritten.' })
  version: number;

  @Field({ description: 'ISO timestamp.' })
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'The last sign-in, as an ISO timestamp; null if never.' })
  lastSignInAt: string | null;
}

@ObjectType({ description: 'One page of the users, and how many there are in all.' })
export class UserAccountList {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [UserAccount])
  rows: UserAccount[];
}
