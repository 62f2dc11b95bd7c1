import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ANALYST, signIn } from './support/users';

// The three pages in real Chromium against the system as the README starts it, on the
// published data set: what they draw, what their tables and CSV files hold, how filters
// and the language switch behave, and what axe finds. They are read as an ANALYST, who
// sees every figure as published (aggregate-only roles see the protected publication).
describe('dashboard pages', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST] });
    browser = await launchChromium();
    // One tab for the whole file: the sign-in lasts as long as the tab.
    page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  beforeEach(async () => {
    // Each test starts in the browser's language, whatever the one before chose.
    await page.evaluate(() => localStorage.removeItem('sira.locale'));
  });

  const open = async (path: string) => {
    await page.goto(`${system.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };
  /** The card of a chart, found by its title. */
  const card = (title: string): Locator =>
    page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: false }) });
  /** The category labels and the totals the chart writes beside its bars. */
  const axisTexts = (section: Locator) => () =>
    section.locator('.recharts-yAxis-tick-labels text').evaluateAll((texts) =>
      // A long label wraps into several tspans: read it as one line.
      texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || (text.textContent ?? '')),
    );
  const tableRows = async (section: Locator) => {
    await section.getByRole('button', { name: 'Show as table' }).click();
    const rows = section.locator('table.data:visible tbody tr');
    await rows.first().waitFor();
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  };
  const downloadCsv = async (section: Locator) => {
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download CSV' }).click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  };

  it('shows the headline figures and the attendance chart on the overview', async () => {
    await open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Overview');
    const figures = page.locator('dl.cards');
    const figure = (label: string) =>
      figures
        .locator('div')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd');
    await expect(figure('Roundtables held').textContent()).resolves.toBe('2');
    await expect(figure('Participants').textContent()).resolves.toBe('47');
    await expect(figure('Online').textContent()).resolves.toContain('94%');
    const chart = card('Attendance by mode, per region');
    await eventually(axisTexts(chart), (texts) => expect(texts).toEqual(['Guadalajara', 'Soria', '26', '21']));
    await expect(
      chart
        .getByText('Regional multi-stakeholder cooperation platform for migrant and refugee integration launched in Guadalajara')
        .count(),
    ).resolves.toBe(1);
    await saveScreenshot(page, 'overview-en');
    await expectNoAxeViolations(page);
  });

  it("draws Soria's 18 online and 3 onsite on the compare page, and downloads exactly that", async () => {
    await open('/compare');
    const chart = card('Attendance by mode, per region');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);
    await saveScreenshot(page, 'compare-en');
    await expectNoAxeViolations(page);

    // Tooltips give the exact values.
    const bars = chart.locator('.recharts-bar-rectangle');
    let tooltip = '';
    for (let index = 0; index < (await bars.count()) && !tooltip.includes('Soria'); index += 1) {
      await bars.nth(index).hover();
      tooltip =
        (await chart
          .locator('.tooltip')
          .textContent()
          .catch(() => '')) ?? '';
    }
    expect(tooltip).toContain('Soria');
    expect(tooltip).toContain('Online: 18');
    expect(tooltip).toContain('Onsite: 3');
    expect(tooltip).toContain('Total: 21');

    expect(await tableRows(chart)).toEqual([
      ['Guadalajara', '1', '0', '26', '0', '0', '26'],
      ['Soria', '1', '0', '18', '3', '0', '21'],
    ]);
    const csv = await downloadCsv(chart);
    expect(csv.name).toBe('attendance-by-region.csv');
    expect(csv.text).toBe(
      'region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max\r\n' +
        'Guadalajara,1,0,26,26,0,0,0,0,26,26\r\n' +
        'Soria,1,0,18,18,3,3,0,0,21,21\r\n',
    );

    const challenges = card('Challenges raised, region × challenge');
    const challengeCsv = await downloadCsv(challenges);
    expect(challengeCsv.text).toBe(
      'region,challenge_code,challenge,mentions,roundtables,Notes\r\n' +
        // Guadalajara's roundtable records no challenge: said in words, not written as 0.
        'Guadalajara,,,,,No challenge recorded\r\n' +
        'Soria,DIGITAL_GAP,Digital gap,1,1,\r\n' +
        'Soria,LANGUAGE,Language,1,1,\r\n' +
        'Soria,PUBLIC_SPEAKING,Speaking in public,1,1,\r\n' +
        'Soria,TIME_SCHEDULE,Time and schedules,1,1,\r\n' +
        'Soria,TRANSPORT,Transport,1,1,\r\n',
    );

    const categories = card('Stakeholder categories present, per region');
    await expect(categories.locator('.recharts-bar-rectangle').count()).resolves.toBe(13);
  });

  it('puts filters in the URL and redraws the charts from them', async () => {
    await open('/compare');
    const chart = card('Attendance by mode, per region');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByLabel('From').fill('2021-06-01');
    await page.waitForURL(/from=2021-06-01/);
    await eventually(axisTexts(chart), (texts) => expect(texts).toEqual(['Soria', '21']));

    // The same URL shows the same view to a colleague, once signed in with the same role.
    const shared = new URL(page.url());
    const colleague = await newPage(browser);
    await signIn(colleague, system.baseUrl, ANALYST, shared.pathname + shared.search);
    const theirChart = colleague.locator('section.card').first();
    await eventually(axisTexts(theirChart), (texts) => expect(texts).toEqual(['Soria', '21']));
    await colleague.context().close();

    await page.locator('summary', { hasText: 'Regions' }).click();
    await page.getByRole('checkbox', { name: 'Teruel' }).check();
    await page.waitForURL(/regions=teruel/);
    await eventually(axisTexts(chart), (texts) => expect(texts).toEqual(['Teruel', 'No records']));
  });

  it("shows a region's roundtables, figures and sources", async () => {
    await open('/regions/soria');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Soria');
    const timeline = card('Roundtables over time');
    await eventually(axisTexts(timeline), (texts) => expect(texts.join(' ')).toBe('Roundtable 3 · Nov 24, 2021 21'));
    await expect(page.getByText('Total 21 · Online 18 · Onsite 3').count()).resolves.toBe(1);
    await expect(page.getByText('Lack of time or incompatibility of schedules.').count()).resolves.toBe(1);
    expect(await page.locator('.sources cite').first().textContent()).toBe(
      'Third regional multi-stakeholder cooperation platform for migrant and refugee integration in Soria',
    );
    const csv = await downloadCsv(timeline);
    expect(csv.name).toBe('soria-attendance-by-roundtable.csv');
    expect(csv.text).toBe(
      'number,date,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max\r\n' +
        '3,2021-11-24,18,18,3,3,0,0,21,21\r\n',
    );
    await waitForCharts(page);
    await saveScreenshot(page, 'region-soria-en');
    await expectNoAxeViolations(page);
  });

  it('marks a region without roundtables instead of drawing zeros', async () => {
    await open('/regions/isere');
    await eventually(
      () => page.getByText('No records: no roundtable of this region matches the period and filters chosen.').count(),
      (count) => expect(count).toBe(1),
    );
    await expect(page.locator('.recharts-bar-rectangle').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
  });

  it('switches to Spanish, formats per locale, and remembers the choice', async () => {
    await open('/regions/soria');
    await page.getByLabel('Language').selectOption('es');
    await eventually(
      () => page.getByRole('heading', { level: 2 }).first().textContent(),
      (text) => expect(text).toContain('Mesas redondas a lo largo del tiempo (participantes)'),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.getByText('Total 21 · En línea 18 · Presencial 3').count()).resolves.toBe(1);
    await expect(page.getByText('Hablar en público', { exact: true }).count()).resolves.toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await eventually(
      () => page.locator('.roundtable h3').first().textContent(),
      (text) => expect(text).toContain('24 nov 2021'),
    );
    await saveScreenshot(page, 'region-soria-es');
    await expectNoAxeViolations(page);
    for (const [path, heading] of [
      ['/', 'Resumen'],
      ['/compare', 'Comparar regiones'],
    ]) {
      await open(path as string);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      await saveScreenshot(page, `${path === '/' ? 'overview' : 'compare'}-es`);
      await expectNoAxeViolations(page);
    }
  });

  it('shows a designed error when the API refuses, not a blank page', async () => {
    await open('/compare?regions=atlantis');
    // An unknown slug in the URL is dropped by the API with a message, not a crash.
    await eventually(
      () => page.locator('[role="alert"]').first().textContent(),
      (text) => expect(text).toContain('Unknown region "atlantis"'),
    );
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it("keeps the app when a page's code cannot be fetched, and draws the page once it can", async () => {
    // Without the service worker, which would answer from its cache whatever the line does.
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const visitor = await context.newPage();
    await visitor.goto(`${system.baseUrl}/`);
    await visitor.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await visitor.route('**/assets/ComparePage-*.js', (route) => route.abort('internetdisconnected'));

    await visitor.getByRole('navigation').getByRole('link', { name: 'Compare regions' }).click();
    const alert = visitor.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('This page could not be loaded: check the connection and try again.');
    // The header and its navigation are still there, rather than a blank app.
    await expect(visitor.getByRole('navigation').getByRole('link', { name: 'Overview' }).count()).resolves.toBe(1);
    await saveScreenshot(visitor, 'page-code-failed');
    await expectNoAxeViolations(visitor);

    await visitor.unroute('**/assets/ComparePage-*.js');
    await visitor.getByRole('button', { name: 'Try again' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Compare regions' }).waitFor();
    await context.close();
  });

  it('is usable on a phone', async () => {
    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.goto(`${system.baseUrl}/compare`);
    await phone.locator('.recharts-bar-rectangle').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, 'compare-phone');
    await phone.context().close();
  });
});
