import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../../core/auth/viewer';
import { graphqlEnum } from '../../../core/enum-values';

/** What a change did to a user. Passwords and link secrets are never in an entry, only that one was set or made. */
export const AccountAction = graphqlEnum('AccountAction', {
  INVITE: 'An ADMIN invited the user (an invitation link was made).',
  CREATE: 'The user was added, or replaced, on the server with `pnpm sira user add`.',
  IMPORT: 'The user was read from the users file (USERS_FILE) for the first time.',
  UPDATE_ACCESS: "The user's role or regions changed; their sessions ended.",
  DEACTIVATE: 'The user was deactivated; their sessions ended and their links stopped working.',
  REACTIVATE: 'The user may sign in again.',
  PASSWORD_LINK: 'An ADMIN made a new link for the user to set a password.',
  SET_PASSWORD: 'The user set a password with a link; their other sessions ended.',
  CHANGE_PASSWORD: 'The user changed their own password; their other sessions ended.',
});
export type AccountAction = (typeof AccountAction)[keyof typeof AccountAction];

@ObjectType({ description: 'One change to a user: who made it, when, and the user before and after (never a password).' })
export class AccountAuditEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'When, as an ISO timestamp.' })
  at: string;

  @Field({ description: 'The user or service that made the change.' })
  actor: string;

  @Field()
  actorName: string;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => AccountAction)
  action: AccountAction;

  @Field({ description: 'The user changed.' })
  username: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The user before the change; null for a new one.' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}
