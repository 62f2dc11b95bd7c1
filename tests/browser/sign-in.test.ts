import type { Browser, Page } from 'playwright-core';
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { axisTexts, chartCard, downloadCsv, tableRows, tooltipOf } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ANALYST, FUNDER, signIn } from './support/users';

const SECRET = 'browser-test-secret-of-at-least-thirty-two-characters';
const SMALL = 'Fewer than 5';
const PROTECTS = 'Withheld to protect a small count';
const NOT_PUBLISHED = 'Not published at this level';
const NOTE = {
  PUBLIC:
    'You are not signed in, so you see the protected publication of aggregates of approved records: counts of fewer than 5 people are withheld, and so are the figures that would give them away; participant records and notes are hidden. How figures are protected',
  FUNDER:
    'As a funder you see the protected publication of aggregates of approved records: counts of fewer than 5 people are withheld, and so are the figures that would give them away; participant records and notes are hidden. How figures are protected',
  ANALYST: 'As an analyst you see everything recorded, read only.',
  EVALUATOR: "As an evaluator you see everything recorded, review and approve roundtables, and set the indicators' baselines and targets.",
};
const ATTENDANCE = 'Attendance by mode, per region';
const ANALYST_ROWS = [
  ['Guadalajara', '1', '0', '26', '0', '0', '26'],
  ['Soria', '1', '0', '18', '3', '0', '21'],
];

// Who signs in decides what the dashboard shows: an analyst every published figure, a
// funder or an anonymous visitor the protected publication, where counts below 5 are
// withheld with the figures that would give them away, each saying why. Soria's 3 onsite is
// such a count, and its 18 online would give it back from its 21; Guadalajara's 26 is not.
describe('signing in, and what each role sees', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST, FUNDER], env: { JWT_SECRET: SECRET } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await page.context().close();
  });

  const roleNote = () => page.locator('.role-note').textContent();
  const signedInAs = async () => [await page.locator('.viewer-name').textContent(), await page.locator('.viewer-role').textContent()];
  /** Every row of every attendance table on the page, shown or kept for screen readers. */
  const allTableRows = () =>
    page
      .locator('table.data tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));

  it('refuses a wrong password, signs in and out, and keeps no figure of the role before', async () => {
    await page.goto(`${system.baseUrl}/compare`);
    await eventually(roleNote, (text) => expect(text).toBe(NOTE.PUBLIC));
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${system.baseUrl}/sign-in?next=%2Fcompare`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in');
    await saveScreenshot(page, 'sign-in');
    await expectNoAxeViolations(page);

    await page.getByLabel('User name').fill(ANALYST.username);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await eventually(
      () => page.getByRole('alert').textContent(),
      (text) => expect(text).toBe('Unknown user name or wrong password.'),
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('password');
    await expect(page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await saveScreenshot(page, 'sign-in-refused');
    await expectNoAxeViolations(page);

    await page.getByLabel('Password', { exact: true }).fill(ANALYST.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${system.baseUrl}/compare`);
    await eventually(signedInAs, (viewer) => expect(viewer).toEqual(['Ana López', 'Analyst']));
    await expect(roleNote()).resolves.toBe(NOTE.ANALYST);
    expect(await tableRows(chartCard(page, ATTENDANCE))).toEqual(ANALYST_ROWS);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Sign in');
    await expect(roleNote()).resolves.toBe(NOTE.PUBLIC);
    await expect(page.evaluate(() => localStorage.getItem('sira.session'))).resolves.toBeNull();
    await expect(page.context().cookies()).resolves.toEqual([]);
    await eventually(allTableRows, (rows) => {
      expect(rows).toContainEqual(['Soria', '1', '0', PROTECTS, SMALL, '0', '21']);
      expect(rows).not.toContainEqual(ANALYST_ROWS[1]);
    });
    // Nor anywhere else on the page: the analyst's split of Soria is gone with the analyst.
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/Soria\D*18\D*3\b/);
  });

  it.each([
    ['a funder', FUNDER],
    ['an anonymous visitor', undefined],
  ])("shows %s Soria's onsite as withheld, with why, and Guadalajara's 26 as published on /compare", async (_who, user) => {
    if (user) await signIn(page, system.baseUrl, user, '/compare');
    else await page.goto(`${system.baseUrl}/compare`);
    await expect(roleNote()).resolves.toBe(user ? NOTE.FUNDER : NOTE.PUBLIC);
    const chart = chartCard(page, ATTENDANCE);
    await eventually(axisTexts(chart), (texts) => expect(texts).toEqual(['Guadalajara', 'Soria', '26', '21 (a mode has fewer than 5)']));
    await expect(chart.locator('.legend').textContent()).resolves.toContain('Total, split by mode withheld');
    if (user) {
      await waitForCharts(page);
      await saveScreenshot(page, 'compare-funder');
      await expectNoAxeViolations(page);
    }

    const tooltip = await tooltipOf(chart, 'Soria');
    expect(tooltip).toContain(`Onsite: ${SMALL}`);
    expect(tooltip).toContain(`Online: ${PROTECTS}`);
    expect(tooltip).toContain('Total: 21');
    expect(await tableRows(chart)).toEqual([ANALYST_ROWS[0], ['Soria', '1', '0', PROTECTS, SMALL, '0', '21']]);
    const csv = await downloadCsv(page, chart);
    expect(csv.text).toBe(
      'region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max,Withheld counts\r\n' +
        'Guadalajara,1,0,26,26,0,0,0,0,26,26,\r\n' +
        `Soria,1,0,,,,,0,0,21,21,online: ${PROTECTS}; onsite: ${SMALL}\r\n`,
    );
  });

  it("gives a funder the overview's total, and its shares withheld with why rather than computed without Soria's split", async () => {
    await signIn(page, system.baseUrl, FUNDER, '/');
    const figure = (label: string) =>
      page
        .locator('dl.cards div')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd');
    await eventually(
      () => figure('Participants').textContent(),
      (text) => expect(text).toBe('47'),
    );
    await expect(figure('Online').textContent()).resolves.toBe(`${PROTECTS}share of participants whose mode is known`);
    await expect(figure('Onsite').textContent()).resolves.toBe(`${SMALL}share of participants whose mode is known`);
    await waitForCharts(page);
    await saveScreenshot(page, 'overview-funder');
  });

  it("shows a funder the region's roundtable attendance as not published, and its notes hidden, in English and Spanish", async () => {
    await signIn(page, system.baseUrl, FUNDER, '/regions/soria');
    await eventually(
      () => page.getByText(`${NOT_PUBLISHED} (as published)`).count(),
      (count) => expect(count).toBe(1),
    );
    await expect(page.getByText('Total 21 · Online 18 · Onsite 3').count()).resolves.toBe(0);
    await expect(page.getByText('Lack of time or incompatibility of schedules.').count()).resolves.toBe(0);
    await eventually(axisTexts(chartCard(page, 'Roundtables over time')), (texts) =>
      expect(texts).toEqual(['Roundtable 3 · Nov 24, 2021', NOT_PUBLISHED]),
    );
    await waitForCharts(page);
    await saveScreenshot(page, 'region-soria-funder');
    await expectNoAxeViolations(page);

    await page.getByLabel('Language').selectOption('es');
    await eventually(
      () => page.getByText('No publicada a este nivel (según lo publicado)').count(),
      (count) => expect(count).toBe(1),
    );
    await expect(page.locator('.viewer-role').textContent()).resolves.toBe('Entidad financiadora');
  });

  it('signs in with a token from pnpm sira token, and ends the session when it expires', async () => {
    const key = new TextEncoder().encode(SECRET);
    const token = await signToken(key, { role: Role.EVALUATOR, regions: [], subject: 'eva', name: 'Eva Token' }, 8);
    await page.goto(`${system.baseUrl}/sign-in?next=%2Fcompare`);
    await page.locator('summary', { hasText: 'Sign in with a token' }).click();
    await page.getByLabel('Token', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Sign in with the token' }).click();
    await page.waitForURL(`${system.baseUrl}/compare`);
    await eventually(signedInAs, (viewer) => expect(viewer).toEqual(['Eva Token', 'Evaluator']));
    await expect(roleNote()).resolves.toBe(NOTE.EVALUATOR);

    await page.waitForURL(`${system.baseUrl}/sign-in?next=%2Fcompare`, { timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'sign-in' }).textContent()).resolves.toBe(
      'Your sign-in has ended or is no longer valid. Sign in again to continue.',
    );
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);
    await expect(roleNote()).resolves.toBe(NOTE.PUBLIC);
  });

  it('refuses a token the server did not sign, and drops a stored sign-in the server refuses', async () => {
    const forged = await signToken(new TextEncoder().encode('x'.repeat(40)), { role: Role.ADMIN, regions: [], subject: 'mallory' });
    await page.goto(`${system.baseUrl}/sign-in`);
    await page.locator('summary', { hasText: 'Sign in with a token' }).click();
    await page.getByLabel('Token', { exact: true }).fill(forged);
    await page.getByRole('button', { name: 'Sign in with the token' }).click();
    await eventually(
      () => page.getByRole('alert').filter({ hasText: 'token' }).textContent(),
      (text) => expect(text).toBe('The server does not accept this token (signed with another key, or no longer valid).'),
    );
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);

    // A session cookie from before the server's key changed: the first request it makes is refused,
    // and the page forgets whom it stood for.
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    await page.context().addCookies([{ name: 'sira_session', value: forged, url: system.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    await page.evaluate(
      (session) => localStorage.setItem('sira.session', session),
      JSON.stringify({ expiresAt, viewer: { name: 'Mallory', role: 'ADMIN', regions: [] } }),
    );
    await page.goto(`${system.baseUrl}/compare`);
    await page.waitForURL(`${system.baseUrl}/sign-in?next=%2Fcompare`);
    await expect(page.getByRole('status').filter({ hasText: 'sign-in' }).textContent()).resolves.toBe(
      'Your sign-in has ended or is no longer valid. Sign in again to continue.',
    );
    await expect(page.evaluate(() => localStorage.getItem('sira.session'))).resolves.toBeNull();
    await eventually(
      () => page.context().cookies(),
      (cookies) => expect(cookies).toEqual([]),
    );
    await expect(page.locator('.viewer-name').count()).resolves.toBe(0);
  });
});
