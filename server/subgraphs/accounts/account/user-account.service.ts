import type { DataSource, EntityManager } from 'typeorm';
import { orderClause, type PageInput, pageClause, SortDirection } from '../../../core/paging';
import type { AccountStatus, UserAccount } from './user-account.entity';

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Every read of a user, whole, and the audit's snapshot of one: never the password hash. */
export const USER_ACCOUNT_COLUMNS = `u.username, u.name, u.role, u.regions,
  CASE WHEN NOT u.active THEN 'DEACTIVATED' WHEN u.password_hash IS NULL THEN 'INVITED' ELSE 'ACTIVE' END AS status,
  u.version, ${ISO('u.created_at')} AS "createdAt", ${ISO('u.last_sign_in_at')} AS "lastSignInAt"`;

export const USER_SORT_COLUMNS = {
  USERNAME: 'u.username',
  NAME: 'lower(u.name)',
  ROLE: 'u.role',
  LAST_SIGN_IN: 'u.last_sign_in_at',
} as const;
export type UserSortKey = keyof typeof USER_SORT_COLUMNS;

type ListedRow = UserAccount & { total: string; sort_key: unknown };

export class UserAccountService {
  constructor(private readonly db: DataSource) {}

  /** One page of the users, with the total, in one statement. */
  async page(
    page: PageInput | undefined,
    sort: UserSortKey = 'USERNAME',
    direction: SortDirection = SortDirection.ASC,
    status?: AccountStatus,
  ): Promise<{ totalCount: number; rows: UserAccount[] }> {
    const params: unknown[] = [];
    const filter = status ? `WHERE listed.status = $${params.push(status)}` : '';
    const rows: ListedRow[] = await this.db.query(
      `SELECT listed.*, count(*) OVER () AS total
         FROM (SELECT ${USER_ACCOUNT_COLUMNS}, ${USER_SORT_COLUMNS[sort]} AS sort_key FROM accounts.user_account u) listed
       ${filter}
       ${orderClause({ key: 'listed.sort_key' }, 'key', direction, 'listed.username')}
       ${pageClause(page, params)}`,
      params,
    );
    return { totalCount: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, sort_key: _key, ...user }) => user) };
  }

  /** The user with this name, read in the caller's transaction when given one. */
  async find(username: string, manager: EntityManager | DataSource = this.db): Promise<UserAccount | undefined> {
    const [user] = await manager.query(`SELECT ${USER_ACCOUNT_COLUMNS} FROM accounts.user_account u WHERE u.username = $1`, [username]);
    return user;
  }
}
