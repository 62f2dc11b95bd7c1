import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../accounts.context';
import { PasswordLink } from '../link/password-link';
import { InviteUserInput, UserAccessInput } from './account.input';
import type { AccountWriteService } from './account-write.service';
import { UserAccount } from './user-account.entity';

const VERSION = 'expectedVersion is the version you read.';

@Resolver()
export class AccountMutations {
  constructor(private readonly accountWrites: AccountWriteService) {}

  @Mutation(() => PasswordLink, {
    description: 'Invites someone (ADMIN only): their account, and the one-time link with which they set their password and sign in.',
  })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: AccountsContext): Promise<PasswordLink> {
    return this.accountWrites.invite(ctx, input);
  }

  @Mutation(() => UserAccount, { description: `Gives a user another role or regions (ADMIN only); their sessions end. ${VERSION}` })
  updateUserAccess(
    @Arg('username') username: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UserAccessInput) input: UserAccessInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserAccount> {
    return this.accountWrites.updateAccess(ctx, username, expectedVersion, input.role, input.regions);
  }

  @Mutation(() => UserAccount, {
    description: `Deactivates a user (ADMIN only): every session and token of theirs stops working at the next request, and their links too. ${VERSION}`,
  })
  deactivateUser(
    @Arg('username') username: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserAccount> {
    return this.accountWrites.deactivate(ctx, username, expectedVersion);
  }

  @Mutation(() => UserAccount, { description: `Lets a deactivated user sign in again with their password (ADMIN only). ${VERSION}` })
  reactivateUser(
    @Arg('username') username: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserAccount> {
    return this.accountWrites.reactivate(ctx, username, expectedVersion);
  }

  @Mutation(() => PasswordLink, {
    description:
      'A new one-time link for a user to set a password (ADMIN only): a reset, or a new invitation for someone who never used theirs. ' +
      'Older links stop working; the current password works until the link is used.',
  })
  createPasswordLink(@Arg('username') username: string, @Ctx() ctx: AccountsContext): Promise<PasswordLink> {
    return this.accountWrites.passwordLink(ctx, username);
  }

  @Mutation(() => UserAccount, {
    description: "Changes the signed-in user's own password; the current one is required. Their other sessions end; this one stays.",
  })
  changeMyPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserAccount> {
    return this.accountWrites.changeOwnPassword(ctx, currentPassword, newPassword);
  }
}
