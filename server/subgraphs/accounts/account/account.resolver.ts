import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { graphqlEnum } from '../../../core/enum-values';
import { PageInput, SortDirection } from '../../../core/paging';
import type { AccountsContext } from '../accounts.context';
import type { AccountAuditService } from '../audit/account-audit.service';
import { AccountAuditEntry } from '../audit/account-audit-entry';
import { assertAdmin } from './account-rules';
import { AccountStatus, UserAccount, UserAccountList } from './user-account.entity';
import type { UserAccountService } from './user-account.service';

export const UserSort = graphqlEnum('UserSort', ['USERNAME', 'NAME', 'ROLE', 'LAST_SIGN_IN']);
export type UserSort = (typeof UserSort)[keyof typeof UserSort];

@Resolver()
export class AccountResolver {
  constructor(
    private readonly userAccounts: UserAccountService,
    private readonly accountAudit: AccountAuditService,
  ) {}

  @Cached('unshared')
  @Query(() => UserAccountList, { nullable: true, description: 'Every user who signs in, a page at a time (ADMIN only).' })
  users(
    @Ctx() ctx: AccountsContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => UserSort, { defaultValue: UserSort.USERNAME }) sort: UserSort = UserSort.USERNAME,
    @Arg('direction', () => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC,
    @Arg('status', () => AccountStatus, { nullable: true }) status?: AccountStatus,
  ): Promise<UserAccountList> {
    assertAdmin(ctx.viewer, 'userList');
    return this.userAccounts.page(page, sort, direction, status ?? undefined);
  }

  @Cached('unshared')
  @Query(() => UserAccount, {
    nullable: true,
    description: 'The signed-in user\'s own account; null without one (not signed in, or a token made with "pnpm sira token").',
  })
  async myAccount(@Ctx() ctx: AccountsContext): Promise<UserAccount | null> {
    if (!ctx.viewer.sessionId) return null;
    return (await this.userAccounts.find(ctx.viewer.subject)) ?? null;
  }

  @Cached('unshared')
  @Query(() => [AccountAuditEntry], {
    nullable: true,
    description: 'Changes to users, newest first: of one user, or of every user (ADMIN only). limit: 1 to 500.',
  })
  accountAuditLog(
    @Ctx() ctx: AccountsContext,
    @Arg('username', () => String, { nullable: true }) username?: string | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<AccountAuditEntry[]> {
    assertAdmin(ctx.viewer, 'userHistory');
    return this.accountAudit.log(username, limit);
  }
}
