import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { axisTexts, chartCard } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, REPO_ROOT, startBuiltSystem } from './support/system';
import { FUNDER, signIn } from './support/users';

const PDF_FILE = path.join(REPO_ROOT, 'test-results/report.pdf');
// A4 is 210 mm wide; report.css prints it with 14 mm margins either side, at 96 CSS px per inch.
const PRINTABLE_WIDTH_PX = ((210 - 2 * 14) / 25.4) * 96;

// The funder report in real Chromium, read as a FUNDER (the protected publication: small
// counts withheld, with why) on the published data set: the figures it shows, and how it
// prints on A4.
describe('the printable report', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [FUNDER] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, FUNDER, '/report');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const open = async (pathname: string) => {
    await page.goto(`${system.baseUrl}${pathname}`);
    await page.locator('.report-title h1').waitFor();
  };
  /** The cells of one indicator's row for a region ('all' for all regions together). */
  const indicatorRow = (code: string, region: string) =>
    page
      .locator(`tbody[data-indicator="${code}"] tr[data-region="${region}"]`)
      .locator('th, td')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  /** The rows of a chart's table, as screen readers get it beside the chart. */
  const hiddenTableRows = (card: Locator) =>
    card
      .locator('.sr-only table.data tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  const meta = (term: string) =>
    page
      .locator('.report-meta div')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
      .locator('dd')
      .textContent();

  it('shows the period, the viewer, the indicators against targets and the charts for the whole project', async () => {
    await open('/report');
    await expect(page.locator('.report-title h1').textContent()).resolves.toBe('Report: Share SIRA project (2021–2023)');
    await expect(meta('Viewed as')).resolves.toBe('Funder');
    await expect(meta('Filters applied')).resolves.toBe('None: all regions, all dates in the period');
    await expect(page.locator('.report-privacy').textContent()).resolves.toContain('counts of fewer than 5 people');

    const summary = page.locator('.report-figures');
    await expect(summary.textContent()).resolves.toContain('Regions with roundtables2 of 10');

    await eventually(
      () => indicatorRow('ROUNDTABLES_HELD', 'soria'),
      (cells) => expect(cells).toEqual(['Soria', '1', '4', '25%', 'Off track']),
    );
    await expect(indicatorRow('ROUNDTABLES_HELD', 'all')).resolves.toEqual(['All regions together', '2', '40', '5%', 'Off track']);
    // Soria's 3 onsite of 21 is a small count: its share is withheld, and says why, not shown as 0 or 14%.
    await expect(indicatorRow('ONSITE_SHARE', 'soria')).resolves.toEqual(['Soria', 'Fewer than 5', 'None set', '–', 'Withheld']);
    await expect(indicatorRow('NEWCOMER_PARTICIPANTS', 'soria')).resolves.toEqual(['Soria', 'Unknown', 'None set', '–', 'No data']);

    // Soria's 21 participants are shown; how they split by mode is withheld from a funder, each count with why.
    const attendance = chartCard(page, 'Attendance by mode, per region');
    await attendance.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);
    await eventually(axisTexts(attendance), (texts) =>
      expect(texts).toEqual(['Guadalajara', 'Soria', '26', '21 (a mode has fewer than 5)']),
    );
    await expect(hiddenTableRows(attendance)).resolves.toContainEqual([
      'Soria',
      '1',
      '0',
      'Withheld to protect a small count',
      'Fewer than 5',
      '0',
      '21',
    ]);
    // A footnote says once what each reason in the copy means, and where the method is, in full.
    const footnote = page.locator('.report-withheld');
    await expect(footnote.locator('dt').allTextContents()).resolves.toEqual(['Fewer than 5', 'Withheld to protect a small count']);
    await expect(footnote.textContent()).resolves.toContain(`How figures are protected is explained at ${system.baseUrl}/about/figures`);
    await expect(chartCard(page, 'Stakeholder categories present').locator('.recharts-bar-rectangle').count()).resolves.toBe(13);
    await expect(chartCard(page, 'Challenges raised').locator('table.heat tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('.report-sources li').count()).resolves.toBe(2);

    await saveScreenshot(page, 'report-en');
    await expectNoAxeViolations(page);
  });

  it('keeps the period in the URL and the filters beside it', async () => {
    await open('/report');
    await page.getByLabel('Reporting period').selectOption('2021');
    await page.waitForURL((url) => url.pathname === '/report/2021');
    await eventually(
      () => page.locator('.report-title h1').textContent(),
      (title) => expect(title).toBe('Report: 2021'),
    );
    await eventually(
      () => indicatorRow('ROUNDTABLES_HELD', 'soria'),
      (cells) => expect(cells).toEqual(['Soria', '1', 'None set', '–', 'No target']),
    );

    // A funder's figures are published per reporting period: there are no dates to narrow it by.
    await expect(page.locator('form.filters input[type="date"]').count()).resolves.toBe(0);
    await page.locator('summary', { hasText: 'Regions' }).click();
    await page.getByRole('checkbox', { name: 'Soria' }).check();
    await page.waitForURL((url) => url.pathname === '/report/2021' && url.searchParams.get('regions') === 'soria');
    await eventually(
      () => meta('Filters applied'),
      (text) => expect(text).toBe('regions: Soria'),
    );
    const attendance = chartCard(page, 'Attendance by mode, per region');
    await eventually(axisTexts(attendance), (texts) => expect(texts).toEqual(['Soria', '21 (a mode has fewer than 5)']));

    // Dates in a shared link do not narrow a funder's copy, which counts the whole year, rather than fail.
    await open('/report/2021?from=2021-06-01');
    await expect(meta('Filters applied')).resolves.toBe('None: all regions, all dates in the period');
    await expect(page.locator('.report-meta dt', { hasText: 'Dates counted' }).count()).resolves.toBe(0);
    await eventually(
      () => indicatorRow('ROUNDTABLES_HELD', 'all'),
      (cells) => expect(cells).toEqual(['All regions together', '2', 'None set', '–', 'No target']),
    );
  });

  it('speaks Spanish', async () => {
    await open('/report');
    await page.getByLabel('Language').selectOption('es');
    await eventually(
      () => page.locator('.report-title h1').textContent(),
      (title) => expect(title).toMatch(/^Informe: /),
    );
    await eventually(
      () => indicatorRow('ROUNDTABLES_HELD', 'soria'),
      (cells) => expect(cells.slice(2)).toEqual(['4', '25 %', 'Retrasado']),
    );
    await page.getByLabel('Idioma').selectOption('en');
  });

  it('prints as a clean A4 document', async () => {
    await open('/report');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    try {
      // Navigation, filters and every button are left off the paper.
      await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('form.filters').isVisible()).resolves.toBe(false);
      await expect(page.locator('button:visible').count()).resolves.toBe(0);
      // Each chart is drawn within the printable width, and not collapsed to nothing.
      await eventually(
        () => page.locator('svg.recharts-surface').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width)),
        (widths) => {
          expect(widths.length).toBe(2);
          for (const width of widths) {
            expect(width).toBeGreaterThan(300);
            expect(width).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
          }
        },
      );
      await expect(
        page.locator('.report-sheet').evaluate((sheet) => sheet.scrollWidth <= sheet.getBoundingClientRect().width + 1),
      ).resolves.toBe(true);
      await saveScreenshot(page, 'report-print');

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await mkdir(path.dirname(PDF_FILE), { recursive: true });
      await writeFile(PDF_FILE, pdf);
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(6);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

// With generated data loaded, and ten regions side by side: the copy says so on every
// printed page, and the wide region × item grids still fit the paper.
describe('the printable report with illustrative data', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ seed: 'illustrative', users: [FUNDER] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, FUNDER, '/report');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('labels the illustrative data and prints within the page width', async () => {
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);
    await expect(page.locator('.report .banner.illustrative').textContent()).resolves.toMatch(
      /This view includes illustrative data: \d+ of \d+ roundtables were generated/,
    );
    await expect(page.locator('.report h2 .tag', { hasText: 'Illustrative' }).count()).resolves.toBe(3);
    // The page footer of the printed copy says so too.
    await expect(page.locator('.report-sheet style').textContent()).resolves.toContain('Includes illustrative data');
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.locator('.report .banner.illustrative').isVisible()).resolves.toBe(true);
      await eventually(
        () => page.locator('.report-sheet').evaluate((sheet) => [sheet.scrollWidth, sheet.getBoundingClientRect().width]),
        ([scrolled, width]) => expect(scrolled).toBeLessThanOrEqual((width ?? 0) + 1),
      );
      await expect(page.locator('.report-sheet').evaluate((sheet) => sheet.getBoundingClientRect().width)).resolves.toBeLessThanOrEqual(
        PRINTABLE_WIDTH_PX,
      );
      await saveScreenshot(page, 'report-illustrative-print');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await writeFile(path.join(REPO_ROOT, 'test-results/report-illustrative.pdf'), pdf);
      expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
