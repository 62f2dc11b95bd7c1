import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { addUser } from '../../server/core/auth/local-users';
import { Role } from '../../server/core/auth/viewer';
import { tokenFor } from '../../server/test-support/auth';
import type { GraphQLResponse } from '../../server/test-support/test-system';
import { startTestSystem } from '../../server/test-support/test-system';

const ADMIN = { username: 'alba.admin', name: 'Alba Admin', role: Role.ADMIN, password: 'admin password 1' };
const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { purpose path expiresAt user { username name role regions status version } }
}`;
const ME = '{ myAccount { username name role regions status } }';
const USER = 'query One($status: AccountStatus) { users(status: $status) { totalCount rows { username status version } } }';

type Api = Awaited<ReturnType<typeof startTestSystem>>;

/** A browser's session: the cookie the server set, sent back as a page of the dashboard sends it. */
interface Session {
  cookie: string;
}

// The accounts through the gateway as the dashboard and scripts use them: an invitation's one-time
// link, the session cookie (HttpOnly, SameSite=Strict, a header against cross-site requests),
// Bearer tokens for scripts, and deactivation, sign-out and password changes ending sessions at once.
describe('accounts, links and sessions', () => {
  let dir: string;
  let api: Api;
  let origin: string;
  let db: Client;
  let admin: Session;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-accounts-'));
    const usersFile = path.join(dir, 'users.json');
    await addUser(usersFile, ADMIN);
    api = await startTestSystem({ USERS_FILE: usersFile });
    origin = api.system.url.replace(/\/graphql$/, '');
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    admin = await signIn(ADMIN.username, ADMIN.password);
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const post = (where: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}${where}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  /** The session cookie a response set, as `name=value`. */
  const cookieOf = (response: Response): string => {
    const [setCookie] = response.headers.getSetCookie();
    if (!setCookie) throw new Error(`No cookie was set (${response.status}).`);
    return setCookie.split(';')[0] as string;
  };

  async function signIn(username: string, password: string): Promise<Session> {
    const response = await post('/auth/session', { username, password });
    expect(response.status).toBe(200);
    return { cookie: cookieOf(response) };
  }

  async function gql<Data = Record<string, unknown>>(
    as: Session | string | undefined,
    query: string,
    variables?: Record<string, unknown>,
    { csrf = true } = {},
  ): Promise<{ status: number; body: GraphQLResponse<Data> }> {
    const headers: Record<string, string> = {};
    if (typeof as === 'string') headers.authorization = `Bearer ${as}`;
    else if (as) {
      headers.cookie = as.cookie;
      if (csrf) headers['x-requested-with'] = 'sira-dashboard';
    }
    const response = await post('/graphql', { query, variables }, headers);
    return { status: response.status, body: (await response.json()) as GraphQLResponse<Data> };
  }

  const codeOf = (answer: { body: GraphQLResponse }) => answer.body.errors?.[0]?.extensions?.code;

  async function invite(username: string, role: Role = Role.COORDINATOR, regions = ['soria']) {
    const answer = await gql<{ inviteUser: { path: string; user: { version: number } } }>(admin, INVITE, {
      input: { username, name: `Name of ${username}`, role, regions },
    });
    expect(answer.body.errors).toBeUndefined();
    const link = answer.body.data?.inviteUser as { path: string; user: { version: number } };
    return { ...link, secret: link.path.split('#')[1] as string };
  }

  async function redeem(secret: string, password: string) {
    return post('/auth/link/password', { secret, password });
  }

  /** A new user who set their password with the link, signed in with the cookie it gave. */
  async function newUser(username: string, password = 'a long enough password') {
    const { secret } = await invite(username);
    const response = await redeem(secret, password);
    expect(response.status).toBe(200);
    return { session: { cookie: cookieOf(response) }, secret, password };
  }

  const versionOf = async (username: string) =>
    Number((await db.query('SELECT version FROM accounts.user_account WHERE username = $1', [username])).rows[0].version);

  it('invites with a one-time link, kept only as a hash, that sets the password once and signs the person in', async () => {
    const link = await invite('cepaim.soria');
    expect(link.path).toMatch(/^\/set-password#[\w-]{43}$/);
    const stored = await db.query('SELECT secret_hash, purpose, expires_at - now() AS valid FROM accounts.password_link');
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].secret_hash).not.toContain(link.secret);
    expect(stored.rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].purpose).toBe('INVITATION');
    expect(JSON.stringify((await db.query('SELECT * FROM accounts.audit_entry')).rows)).not.toContain(link.secret);

    const inspected = await post('/auth/link', { secret: link.secret });
    expect(await inspected.json()).toEqual({
      link: { purpose: 'INVITATION', username: 'cepaim.soria', name: 'Name of cepaim.soria', expiresAt: expect.any(String) },
    });
    // Not signed in yet: there is no password to sign in with.
    expect((await post('/auth/session', { username: 'cepaim.soria', password: 'a long enough password' })).status).toBe(401);

    const short = await redeem(link.secret, 'short');
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: string }).error).toBe('The password must be at least 10 characters long.');

    const used = await redeem(link.secret, 'a long enough password');
    expect(used.status).toBe(200);
    const setCookie = used.headers.getSetCookie()[0] as string;
    expect(setCookie).toMatch(/^sira_session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=28\d{3}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(await used.json()).toEqual({
      expiresAt: expect.any(String),
      viewer: { name: 'Name of cepaim.soria', role: 'COORDINATOR', regions: ['soria'] },
    });
    const me = await gql({ cookie: cookieOf(used) }, ME);
    expect(me.body.data).toEqual({
      myAccount: { username: 'cepaim.soria', name: 'Name of cepaim.soria', role: 'COORDINATOR', regions: ['soria'], status: 'ACTIVE' },
    });

    const again = await redeem(link.secret, 'another long password');
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ reason: 'used' });
    expect((await post('/auth/link', { secret: link.secret })).status).toBe(410);
    expect((await post('/auth/link', { secret: 'not-a-secret-this-server-gave' })).status).toBe(404);
    await signIn('cepaim.soria', 'a long enough password');
  });

  it('refuses an expired link, and voids an older one when a new link is made', async () => {
    const first = await invite('late.comer');
    await db.query("UPDATE accounts.password_link SET expires_at = now() - interval '1 second' WHERE username = 'late.comer'");
    const expired = await redeem(first.secret, 'a long enough password');
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ reason: 'expired', error: 'This link has expired. Ask an administrator for a new one.' });

    const renewed = await gql<{ createPasswordLink: { purpose: string; path: string } }>(
      admin,
      'mutation { createPasswordLink(username: "late.comer") { purpose path } }',
    );
    expect(renewed.body.data?.createPasswordLink.purpose).toBe('INVITATION');
    const second = renewed.body.data?.createPasswordLink.path.split('#')[1] as string;
    const third = (
      await gql<{ createPasswordLink: { path: string } }>(admin, 'mutation { createPasswordLink(username: "late.comer") { path } }')
    ).body.data?.createPasswordLink.path.split('#')[1] as string;
    expect(await (await redeem(second, 'a long enough password')).json()).toMatchObject({ reason: 'voided' });
    expect((await redeem(third, 'a long enough password')).status).toBe(200);
  });

  it('ends every session and token of a deactivated user at their next request, cookie and Bearer alike', async () => {
    const { session, password } = await newUser('to.deactivate');
    const scripted = await post('/auth/sign-in', { username: 'to.deactivate', password });
    const { token } = (await scripted.json()) as { token: string };
    expect(codeOf(await gql(session, ME))).toBeUndefined();
    expect(codeOf(await gql(token, ME))).toBeUndefined();

    const deactivated = await gql<{ deactivateUser: { status: string } }>(
      admin,
      'mutation D($v: Int!) { deactivateUser(username: "to.deactivate", expectedVersion: $v) { status } }',
      { v: await versionOf('to.deactivate') },
    );
    expect(deactivated.body.data?.deactivateUser.status).toBe('DEACTIVATED');

    for (const as of [session, token]) {
      const refused = await gql(as, ME);
      expect(refused.status).toBe(401);
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      expect(refused.body.errors?.[0]?.message).toMatch(/^Your sign-in has ended/);
    }
    const current = await fetch(`${origin}/auth/session`, { headers: { cookie: session.cookie } });
    expect(await current.json()).toEqual({ session: null, ended: true });
    expect(current.headers.getSetCookie()[0]).toMatch(/^sira_session=; Max-Age=0;/);
    expect((await post('/auth/session', { username: 'to.deactivate', password })).status).toBe(401);

    await gql(admin, 'mutation R($v: Int!) { reactivateUser(username: "to.deactivate", expectedVersion: $v) { status } }', {
      v: await versionOf('to.deactivate'),
    });
    await signIn('to.deactivate', password);
    // The sessions that ended stay ended.
    expect((await gql(session, ME)).status).toBe(401);
  });

  it('changes its own password with the current one, ending the other sessions but this one', async () => {
    const { session, password } = await newUser('changes.password');
    const other = await signIn('changes.password', password);
    const change =
      'mutation C($current: String!, $next: String!) { changeMyPassword(currentPassword: $current, newPassword: $next) { username } }';

    const wrong = await gql(session, change, { current: 'not my password', next: 'a new long password' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors?.[0]?.extensions?.problems).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
    const short = await gql(session, change, { current: password, next: 'short' });
    expect(short.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'newPassword', message: 'must be at least 10 characters long' },
    ]);

    expect((await gql(session, change, { current: password, next: 'a new long password' })).body.data).toEqual({
      changeMyPassword: { username: 'changes.password' },
    });
    expect(codeOf(await gql(session, ME))).toBeUndefined();
    expect((await gql(other, ME)).status).toBe(401);
    expect((await post('/auth/session', { username: 'changes.password', password })).status).toBe(401);
    await signIn('changes.password', 'a new long password');
    // A token made on the server is no account: there is no password to change.
    expect(codeOf(await gql(await tokenFor(Role.ANALYST), change, { current: 'x', next: 'a new long password' }))).toBe('FORBIDDEN');
  });

  it('stops taking guesses at the current password after ten wrong ones, even the right one', async () => {
    const { session, password } = await newUser('guessed.at');
    const change =
      'mutation C($current: String!) { changeMyPassword(currentPassword: $current, newPassword: "a new long password") { username } }';
    for (let guess = 1; guess <= 10; guess += 1) {
      expect((await gql(session, change, { current: `guess ${guess}` })).body.errors?.[0]?.extensions?.problems).toEqual([
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    expect((await gql(session, change, { current: password })).body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'currentPassword', message: 'was wrong too many times; try again in 15 minutes' },
    ]);
    await signIn('guessed.at', password);
  });

  it('resets a password with a link: the old one works until the link is used, then neither it nor its sessions do', async () => {
    const { session, password } = await newUser('forgets.password');
    const reset = await gql<{ createPasswordLink: { purpose: string; path: string } }>(
      admin,
      'mutation { createPasswordLink(username: "forgets.password") { purpose path } }',
    );
    expect(reset.body.data?.createPasswordLink.purpose).toBe('RESET');
    await signIn('forgets.password', password);
    const secret = reset.body.data?.createPasswordLink.path.split('#')[1] as string;
    expect(await (await post('/auth/link', { secret })).json()).toMatchObject({ link: { purpose: 'RESET', username: 'forgets.password' } });

    expect((await redeem(secret, 'the new long password')).status).toBe(200);
    expect((await gql(session, ME)).status).toBe(401);
    expect((await post('/auth/session', { username: 'forgets.password', password })).status).toBe(401);
    await signIn('forgets.password', 'the new long password');
  });

  it('refuses a cookie request without the header a page on another site cannot send, and takes a Bearer token first', async () => {
    const refused = await gql(admin, '{ users { totalCount } }', undefined, { csrf: false });
    expect(refused.status).toBe(403);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.message).toMatch(/^A request signed in by the session cookie must carry the header x-requested-with/);
    expect(refused.body.data).toBeUndefined();
    expect(codeOf(await gql(admin, '{ users { totalCount } }'))).toBeUndefined();

    // A script's own token decides, whatever cookie comes with it.
    const response = await post(
      '/graphql',
      { query: ME },
      { cookie: admin.cookie, authorization: `Bearer ${await tokenFor(Role.ANALYST)}` },
    );
    expect(((await response.json()) as GraphQLResponse).data).toEqual({ myAccount: null });
  });

  it('signs out on the server: the cookie is cleared, and the token it held stops working', async () => {
    const session = await signIn(ADMIN.username, ADMIN.password);
    const current = await fetch(`${origin}/auth/session`, { headers: { cookie: session.cookie } });
    expect(await current.json()).toEqual({
      session: { expiresAt: expect.any(String), viewer: { name: 'Alba Admin', role: 'ADMIN', regions: [] } },
    });
    const out = await fetch(`${origin}/auth/session`, { method: 'DELETE', headers: { cookie: session.cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^sira_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/);
    expect((await gql(session, ME)).status).toBe(401);
    expect(codeOf(await gql(admin, ME))).toBeUndefined();
  });

  it('turns a token made on the server into a session cookie the dashboard can end', async () => {
    const exchanged = await post('/auth/session', { token: await tokenFor(Role.EVALUATOR) });
    expect(exchanged.status).toBe(200);
    expect(await exchanged.json()).toMatchObject({ viewer: { name: 'Test evaluator', role: 'EVALUATOR', regions: [] } });
    const session = { cookie: cookieOf(exchanged) };
    expect((await gql(session, '{ regions { slug } }')).status).toBe(200);
    await fetch(`${origin}/auth/session`, { method: 'DELETE', headers: { cookie: session.cookie } });
    expect((await gql(session, '{ regions { slug } }')).status).toBe(401);
    const forged = await post('/auth/session', { token: 'a.b.c' });
    expect(forged.status).toBe(401);
  });

  it('keeps an ADMIN, refuses a taken name and a stale version, and names each bad field', async () => {
    const only = await gql(admin, 'mutation D($v: Int!) { deactivateUser(username: "alba.admin", expectedVersion: $v) { status } }', {
      v: await versionOf('alba.admin'),
    });
    expect(codeOf(only)).toBe('CONFLICT');
    expect(only.body.errors?.[0]?.message).toBe(
      'Deactivating alba.admin would leave no active ADMIN to manage users; make another user ADMIN first.',
    );
    const taken = await gql(admin, INVITE, { input: { username: 'alba.admin', name: 'Again', role: 'ANALYST', regions: [] } });
    expect(taken.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'username', message: '"alba.admin" is taken already; choose another user name' },
    ]);
    const bad = await gql(admin, INVITE, { input: { username: 'Bad Name', name: ' ', role: 'COORDINATOR', regions: [] } });
    expect(bad.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'username', message: 'The user name must be 2 to 40 characters of a-z, 0-9, ".", "_" or "-"; got "bad name".' },
      { field: 'name', message: 'must be 1 to 100 characters' },
      { field: 'regions', message: 'A COORDINATOR must be given the regions it may edit.' },
    ]);
    const stale = await gql(admin, 'mutation { deactivateUser(username: "cepaim.soria", expectedVersion: 1) { status } }');
    expect(codeOf(stale)).toBe('CONFLICT');
    const unknown = await gql(admin, 'mutation { createPasswordLink(username: "nobody") { path } }');
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('audits every change to a user, and never a password or a secret', async () => {
    const { session } = await newUser('audited.user');
    await gql(
      session,
      'mutation { changeMyPassword(currentPassword: "a long enough password", newPassword: "another long one") { username } }',
    );
    await gql(
      admin,
      'mutation U($v: Int!) { updateUserAccess(username: "audited.user", expectedVersion: $v, input: { role: ANALYST }) { role } }',
      {
        v: await versionOf('audited.user'),
      },
    );
    const log = await gql<{ accountAuditLog: { action: string; actor: string; before: unknown; after: unknown }[] }>(
      admin,
      '{ accountAuditLog(username: "audited.user") { action actor before after } }',
    );
    const entries = log.body.data?.accountAuditLog ?? [];
    expect(entries.map((entry) => [entry.action, entry.actor])).toEqual([
      ['UPDATE_ACCESS', 'alba.admin'],
      ['CHANGE_PASSWORD', 'audited.user'],
      ['SET_PASSWORD', 'audited.user'],
      ['INVITE', 'alba.admin'],
    ]);
    expect(entries[0]).toMatchObject({ before: { role: 'COORDINATOR', regions: ['soria'] }, after: { role: 'ANALYST', regions: [] } });
    expect(JSON.stringify(entries)).not.toMatch(/password_hash|passwordHash|scrypt|another long one/);
    const imported = await gql<{ accountAuditLog: { action: string; actor: string }[] }>(
      admin,
      '{ accountAuditLog(username: "alba.admin") { action actor } }',
    );
    expect(imported.body.data?.accountAuditLog).toEqual([{ action: 'IMPORT', actor: 'users-file' }]);
  });

  it.each([
    ['an ANALYST', Role.ANALYST],
    ['a COORDINATOR', Role.COORDINATOR],
  ])('refuses %s every ADMIN operation with FORBIDDEN', async (_who, role) => {
    const token = await tokenFor(role, role === Role.COORDINATOR ? ['soria'] : []);
    for (const operation of [
      '{ users { totalCount } }',
      '{ accountAuditLog { action } }',
      'mutation { inviteUser(input: { username: "x.y", name: "X", role: ANALYST }) { path } }',
      'mutation { createPasswordLink(username: "alba.admin") { path } }',
      'mutation { deactivateUser(username: "alba.admin", expectedVersion: 1) { status } }',
    ]) {
      expect(codeOf(await gql(token, operation))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(undefined, '{ users { totalCount } }'))).toBe('FORBIDDEN');
    expect((await gql(undefined, ME)).body.data).toEqual({ myAccount: null });
    expect(await db.query("SELECT 1 FROM accounts.user_account WHERE username = 'x.y'")).toMatchObject({ rowCount: 0 });
  });

  it('lists the users a page at a time, for ADMIN', async () => {
    const answer = await gql<{ users: { totalCount: number; rows: { username: string; status: string }[] } }>(admin, USER, {
      status: 'ACTIVE',
    });
    expect(answer.body.data?.users.rows.every((row) => row.status === 'ACTIVE')).toBe(true);
    expect(answer.body.data?.users.totalCount).toBe(answer.body.data?.users.rows.length);
    expect(answer.body.data?.users.rows.map((row) => row.username)).toContain('alba.admin');
  });
});
