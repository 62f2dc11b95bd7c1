import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../server/core/auth/viewer';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem, type TestUser } from './support/system';
import { ADMIN, signIn } from './support/users';

const NEWCOMER: TestUser = {
  username: 'nuria.soria',
  name: 'Nuria Coordinadora',
  role: Role.COORDINATOR,
  regions: ['soria'],
  password: 'three unrelated words',
};
const ENDED = 'Your sign-in has ended or is no longer valid. Sign in again to continue.';

// An administrator invites a coordinator from the Users page and passes on the one-time link;
// the coordinator opens it, sets a password and is signed in, in a session that new tabs and
// reloads keep, which page scripts cannot read, and which deactivation ends at the next request.
describe('users, invitations and sessions', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let adminPage: Page;
  let newcomer: BrowserContext;
  let link = '';

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN] });
    browser = await launchChromium();
    adminPage = await newPage(browser);
    await adminPage.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: system.baseUrl });
    await signIn(adminPage, system.baseUrl, ADMIN, '/users');
    newcomer = await browser.newContext({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await newcomer?.close();
    await adminPage?.context().close();
    await browser?.close();
    await system?.stop();
  });

  const viewerName = (page: Page) => page.locator('.viewer-name').textContent();
  // A coordinator's page reads their region ahead for offline use once it is shown. Refused after the
  // change below, that read would send the page to sign in before the click meant to be "the next request".
  const readAheadDone = (page: Page) => page.waitForLoadState('networkidle');
  const userRow = (username: string) =>
    adminPage.locator('table.users-table tbody tr', { has: adminPage.locator('th', { hasText: username }) });

  it('invites a coordinator from the Users page, which shows the one-time link once, with a button that copies it', async () => {
    await adminPage.getByRole('link', { name: 'Users' }).waitFor();
    await expect(adminPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Users');
    await expect(adminPage.title()).resolves.toBe('Users · SIRA Monitor');
    await expectNoAxeViolations(adminPage);

    // A bad user name is refused beside its field, and nothing is invited.
    await adminPage.getByLabel('User name').fill('Nuria Soria');
    await adminPage.getByLabel('Name', { exact: true }).fill(NEWCOMER.name);
    await adminPage.getByRole('button', { name: 'Invite', exact: true }).click();
    await eventually(
      () => adminPage.locator('.field-error').first().textContent(),
      (text) => expect(text).toContain('The user name must be 2 to 40 characters'),
    );
    await expect(adminPage.getByLabel('User name').getAttribute('aria-invalid')).resolves.toBe('true');

    await adminPage.getByLabel('User name').fill(NEWCOMER.username);
    await adminPage.getByLabel('Role').selectOption('COORDINATOR');
    await adminPage.getByLabel('Soria').check();
    await adminPage.getByRole('button', { name: 'Invite', exact: true }).click();
    const shown = adminPage.getByLabel('One-time link');
    await shown.waitFor();
    link = await shown.inputValue();
    expect(link).toMatch(new RegExp(`^${system.baseUrl}/set-password#[\\w-]{43}$`));
    await expect(adminPage.getByRole('heading', { name: `Invitation link for ${NEWCOMER.name}` }).count()).resolves.toBe(1);
    await adminPage.getByRole('button', { name: 'Copy the link' }).click();
    await eventually(
      () => adminPage.evaluate(() => navigator.clipboard.readText()),
      (copied) => expect(copied).toBe(link),
    );
    await expect(adminPage.getByRole('status').filter({ hasText: 'copied' }).textContent()).resolves.toBe('The link is copied.');
    await eventually(
      () => userRow(NEWCOMER.username).locator('td').allTextContents(),
      (cells) => expect(cells.slice(0, 4)).toEqual([NEWCOMER.name, 'Regional coordinator', 'soria', 'Invited']),
    );
    await saveScreenshot(adminPage, 'users-invited');
    await expectNoAxeViolations(adminPage);
  });

  it('signs the coordinator in with the link, once, in a session that survives a new tab and a reload', async () => {
    const page = await newcomer.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: `Welcome, ${NEWCOMER.name}` }).waitFor();
    // The secret leaves the address bar (and the history) as soon as the page has read it.
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'set-password');

    await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
    await page.getByLabel('Password again').fill('something else entirely');
    await page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await expect(page.locator('.field-error').textContent()).resolves.toBe('The two passwords differ.');
    await page.getByLabel('Password again').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await page.waitForURL(`${system.baseUrl}/`);
    await eventually(
      () => viewerName(page),
      (name) => expect(name).toBe(NEWCOMER.name),
    );

    // The token is in an HttpOnly cookie: no script of the page can read it, nor find it stored.
    const cookies = await newcomer.cookies(system.baseUrl);
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
      { name: 'sira_session', httpOnly: true, sameSite: 'Strict' },
    ]);
    const token = cookies[0]?.value as string;
    await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.split('.')[2]);

    const tab = await newcomer.newPage();
    await tab.goto(`${system.baseUrl}/regions/soria`);
    await eventually(
      () => viewerName(tab),
      (name) => expect(name).toBe(NEWCOMER.name),
    );
    await tab.getByRole('link', { name: 'Record a roundtable' }).waitFor();
    await tab.reload();
    await eventually(
      () => viewerName(tab),
      (name) => expect(name).toBe(NEWCOMER.name),
    );
    await tab.getByRole('link', { name: 'Record a roundtable' }).waitFor();
    await tab.close();

    // The link is used up.
    const again = await newcomer.newPage();
    await again.goto(link);
    await eventually(
      () => again.getByRole('alert').textContent(),
      (text) => expect(text).toMatch(/^This link has already been used/),
    );
    await expectNoAxeViolations(again);
    await again.close();
    await page.close();
  });

  it('lets the coordinator change their own password on the Account page', async () => {
    const page = await newcomer.newPage();
    await page.goto(`${system.baseUrl}/`);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await eventually(
      () => page.locator('.account-details').textContent(),
      (text) => expect(text).toBe(`User name${NEWCOMER.username}Name${NEWCOMER.name}RoleRegional coordinatorRegions you recordsoria`),
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('four unrelated words now');
    await page.getByLabel('New password again').fill('four unrelated words now');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await eventually(
      () => page.locator('.field-error').textContent(),
      (text) => expect(text).toBe('is not your current password'),
    );
    await page.getByLabel('Current password').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Change the password' }).click();
    await eventually(
      () => page.getByRole('status').filter({ hasText: 'password' }).textContent(),
      (text) => expect(text).toBe('Your password is changed. Every other session of yours has ended.'),
    );
    await saveScreenshot(page, 'account');
    await expectNoAxeViolations(page);
    NEWCOMER.password = 'four unrelated words now';
    // This session stays.
    await page.reload();
    await eventually(
      () => viewerName(page),
      (name) => expect(name).toBe(NEWCOMER.name),
    );
    await page.close();
  });

  it('ends the session of a deactivated user at their next request, and lets them back after reactivation', async () => {
    const page = await newcomer.newPage();
    await page.goto(`${system.baseUrl}/compare`);
    await eventually(
      () => viewerName(page),
      (name) => expect(name).toBe(NEWCOMER.name),
    );
    await readAheadDone(page);

    await adminPage.reload();
    await userRow(NEWCOMER.username)
      .getByRole('button', { name: `Deactivate ${NEWCOMER.username}` })
      .click();
    await eventually(
      () => adminPage.locator('.users-outcome').textContent(),
      (text) => expect(text).toBe(`${NEWCOMER.name} is deactivated: their sessions ended, and they cannot sign in.`),
    );
    await eventually(
      () => userRow(NEWCOMER.username).locator('td').nth(3).textContent(),
      (status) => expect(status).toBe('Deactivated'),
    );

    // The next request the coordinator's page makes is refused: the sign-in page says why.
    await page.getByRole('link', { name: 'Overview' }).click();
    // The sign-in page, which sends the user back to the page the click opened.
    await eventually(
      async () => page.url(),
      (url) => expect(url).toBe(`${system.baseUrl}/sign-in?next=%2F`),
    );
    await expect(page.getByRole('status').filter({ hasText: 'sign-in' }).textContent()).resolves.toBe(ENDED);
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);
    await eventually(
      () => newcomer.cookies(system.baseUrl),
      (cookies) => expect(cookies).toEqual([]),
    );
    await page.getByLabel('User name').fill(NEWCOMER.username);
    await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await eventually(
      () => page.getByRole('alert').textContent(),
      (text) => expect(text).toBe('Unknown user name or wrong password.'),
    );

    await userRow(NEWCOMER.username)
      .getByRole('button', { name: `Reactivate ${NEWCOMER.username}` })
      .click();
    await eventually(
      () => userRow(NEWCOMER.username).locator('td').nth(3).textContent(),
      (status) => expect(status).toBe('Active'),
    );
    // The refused attempt emptied the password field.
    await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await eventually(
      () => viewerName(page),
      (name) => expect(name).toBe(NEWCOMER.name),
    );
    await page.close();
  });

  it('makes a reset link that sets a new password, and signs out of every tab at once', async () => {
    await userRow(NEWCOMER.username)
      .getByRole('button', { name: `New password link for ${NEWCOMER.username}` })
      .click();
    await adminPage.getByRole('heading', { name: `New password link for ${NEWCOMER.name}` }).waitFor();
    const reset = await adminPage.getByLabel('One-time link').inputValue();

    const page = await newcomer.newPage();
    await page.goto(reset);
    await page.getByRole('heading', { name: `Set a new password, ${NEWCOMER.name}` }).waitFor();
    await page.getByLabel('Password', { exact: true }).fill('five unrelated words at last');
    await page.getByLabel('Password again').fill('five unrelated words at last');
    await page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await page.waitForURL(`${system.baseUrl}/`);
    NEWCOMER.password = 'five unrelated words at last';
    const other = await newcomer.newPage();
    await other.goto(`${system.baseUrl}/compare`);
    await eventually(
      () => viewerName(other),
      (name) => expect(name).toBe(NEWCOMER.name),
    );

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);
    await eventually(
      () => newcomer.cookies(system.baseUrl),
      (cookies) => expect(cookies).toEqual([]),
    );
    // The other tab follows, and a new one starts signed out.
    await eventually(
      () => other.locator('.viewer-name').count(),
      (count) => expect(count).toBe(0),
    );
    const fresh = await newcomer.newPage();
    await fresh.goto(`${system.baseUrl}/compare`);
    await fresh.locator('.role-note').waitFor();
    await expect(fresh.locator('.viewer-name').count()).resolves.toBe(0);
  });

  it('gives a user another role, ending their sessions so that their next sign-in carries it', async () => {
    const page = await newcomer.newPage();
    await signIn(page, system.baseUrl, NEWCOMER, '/compare');
    await readAheadDone(page);

    await adminPage.reload();
    await userRow(NEWCOMER.username)
      .getByRole('button', { name: `Change the role of ${NEWCOMER.username}` })
      .click();
    await adminPage.getByRole('heading', { name: `Role and regions of ${NEWCOMER.name}` }).waitFor();
    await expect(adminPage.locator('.access-editor').getByLabel('Soria').isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(adminPage);
    await adminPage.locator('#access-role').selectOption('ANALYST');
    await adminPage.getByRole('button', { name: 'Save the role' }).click();
    await eventually(
      () => adminPage.locator('.users-outcome').textContent(),
      (text) => expect(text).toBe(`${NEWCOMER.name} is now Analyst; they sign in again to use it.`),
    );
    await expect(userRow(NEWCOMER.username).locator('td').allTextContents()).resolves.toEqual(
      expect.arrayContaining([NEWCOMER.name, 'Analyst', 'None', 'Active']),
    );

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('User name').fill(NEWCOMER.username);
    await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await eventually(
      () => page.locator('.viewer-role').textContent(),
      (role) => expect(role).toBe('Analyst'),
    );
  });
});
