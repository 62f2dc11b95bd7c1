import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { chartCard } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { sheetRows, unzip } from './support/unzip';
import { ANALYST, EVALUATOR, FUNDER, signIn } from './support/users';

const SORIA_SOURCE = 'Third regional multi-stakeholder cooperation platform for migrant and refugee integration in Soria';

// The indicators page in real Chromium on the published data set: Soria held 1 of the 4
// roundtables each platform should, the figure leads to the roundtable and its source, the
// downloads hold exactly what the table shows, an evaluator sets targets (and is told when
// they stop adding up), and a funder sees no way to.
describe('the indicators page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST, FUNDER, EVALUATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  beforeEach(async () => {
    await page.evaluate(() => localStorage.removeItem('sira.locale'));
  });

  const open = async (on: Page, path: string) => {
    await on.goto(`${system.baseUrl}${path}`);
    await on.locator('table.results-grid').waitFor();
  };
  /** The table's cell for a region (row) and an indicator (column). */
  const cell = async (on: Page, region: string, indicator: string): Promise<Locator> => {
    const headers = await on.locator('table.results-grid thead th').allTextContents();
    const column = headers.findIndex((header) => header.startsWith(indicator));
    if (column < 0) throw new Error(`No column ${indicator} in ${headers.join(' | ')}`);
    const row = on.locator('table.results-grid tbody tr').filter({ has: on.locator('th', { hasText: new RegExp(`^${region}$`) }) });
    return row.locator('th, td').nth(column);
  };
  /** What the eye reads in an element, line by line: text for screen readers only left out. */
  const seen = (element: Locator) =>
    element.evaluate((node) => {
      const hidden = [...node.querySelectorAll<HTMLElement>('.sr-only')];
      for (const part of hidden) part.style.display = 'none';
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, a line per block, is the point.
      const text = (node as HTMLElement).innerText;
      for (const part of hidden) part.style.display = '';
      return text.replace(/\s+/g, ' ').trim();
    });
  const download = async (on: Page, button: string) => {
    const [file] = await Promise.all([on.waitForEvent('download'), on.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };

  it("shows Soria's roundtables held as 1 of its target of 4, with its status in words", async () => {
    await open(page, '/indicators');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Indicators');
    const soria = await cell(page, 'Soria', 'Roundtables held');
    await expect(seen(soria)).resolves.toBe('1 of 4 25% ✗ Off track');
    await expect(soria.getByRole('img').getAttribute('aria-label')).resolves.toBe(
      'Progress: 25% of the way from baseline to target. Expected by now: 100%.',
    );
    await expect(seen(await cell(page, 'All regions', 'Roundtables held'))).resolves.toBe('2 of 40 5% ✗ Off track');
    // An unknown figure is said, not drawn as 0; a share is a percentage.
    await expect(seen(await cell(page, 'Soria', 'Newcomer participants'))).resolves.toBe(
      'not known ? No data 1 roundtable without a figure',
    );
    await expect(seen(await cell(page, 'Soria', 'Share attending in person'))).resolves.toBe('14% – No target');
    await waitForCharts(page);
    await saveScreenshot(page, 'indicators-en');
    await expectNoAxeViolations(page);
  });

  it('keeps the reporting period in the URL', async () => {
    await open(page, '/indicators');
    await page.getByLabel('Reporting period').selectOption('2022');
    await page.waitForURL(/period=2022/);
    await page.getByRole('heading', { level: 2, name: 'Results by region · 2022' }).waitFor();
    await expect(seen(await cell(page, 'Soria', 'Roundtables held'))).resolves.toBe('No records');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Results by region · 2022' }).waitFor();
    await expect(page.getByLabel('Reporting period').inputValue()).resolves.toBe('2022');
  });

  it('drills down from the figure to Soria roundtable 3 and its source', async () => {
    await open(page, '/indicators');
    await page.getByRole('button', { name: '1 Roundtables held, Soria: show the roundtables counted' }).click();
    const dialog = page.getByRole('dialog', { name: /Roundtables held · Soria/ });
    await dialog.getByText(SORIA_SOURCE).waitFor();
    await expect(seen(dialog.locator('.counted-title'))).resolves.toBe('Soria · Roundtable 3 · Nov 24, 2021');
    // Roundtables held splits by format: Soria's was hybrid.
    await expect(dialog.getByRole('table', { name: 'By mode' }).locator('tbody tr').allTextContents()).resolves.toEqual(['Hybrid11']);
    await saveScreenshot(page, 'indicators-drill-down');
    await expectNoAxeViolations(page);
    await dialog.getByRole('link', { name: 'Soria' }).click();
    await page.waitForURL(/\/regions\/soria$/);
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
  });

  it('downloads exactly the rows shown, as CSV and as a spreadsheet with the same cells', async () => {
    await open(page, '/indicators?regions=soria');
    const csv = await download(page, 'Download results (CSV)');
    expect(csv.name).toBe('indicator-results-sira.csv');
    const share = String(3 / 21);
    const expected =
      'indicator_code,indicator,unit,region_slug,region,period,period_start,period_end,value_min,value_max,withheld,baseline,target,target_origin,progress_min,progress_max,expected_progress,status,record_count,unknown_records\r\n' +
      'ROUNDTABLES_HELD,Roundtables held,COUNT,,All regions,SIRA,2021-01-01,2023-03-31,1,1,,0,4,SUM_OF_REGIONS,0.25,0.25,1,OFF_TRACK,1,0\r\n' +
      'PARTICIPANTS,Participants (attendances),COUNT,,All regions,SIRA,2021-01-01,2023-03-31,21,21,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'NEWCOMER_PARTICIPANTS,Newcomer participants (attendances),COUNT,,All regions,SIRA,2021-01-01,2023-03-31,,,,,,NONE,,,,NO_DATA,1,1\r\n' +
      `ONSITE_SHARE,Share attending in person,SHARE,,All regions,SIRA,2021-01-01,2023-03-31,${share},${share},,,,NONE,,,,NO_TARGET,1,0\r\n` +
      'CATEGORIES_REPRESENTED,Stakeholder categories represented,COUNT,,All regions,SIRA,2021-01-01,2023-03-31,5,5,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'ORGANISATIONS_ENGAGED,Organisations engaged,COUNT,,All regions,SIRA,2021-01-01,2023-03-31,3,3,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'CHALLENGES_RAISED,Participation barriers raised,COUNT,,All regions,SIRA,2021-01-01,2023-03-31,5,5,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'ROUNDTABLES_HELD,Roundtables held,COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,1,1,,0,4,DEFAULT,0.25,0.25,1,OFF_TRACK,1,0\r\n' +
      'PARTICIPANTS,Participants (attendances),COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,21,21,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'NEWCOMER_PARTICIPANTS,Newcomer participants (attendances),COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,,,,,,NONE,,,,NO_DATA,1,1\r\n' +
      `ONSITE_SHARE,Share attending in person,SHARE,soria,Soria,SIRA,2021-01-01,2023-03-31,${share},${share},,,,NONE,,,,NO_TARGET,1,0\r\n` +
      'CATEGORIES_REPRESENTED,Stakeholder categories represented,COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,5,5,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'ORGANISATIONS_ENGAGED,Organisations engaged,COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,3,3,,,,NONE,,,,NO_TARGET,1,0\r\n' +
      'CHALLENGES_RAISED,Participation barriers raised,COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,5,5,,,,NONE,,,,NO_TARGET,1,0\r\n';
    expect(csv.bytes.toString('utf8')).toBe(expected);

    const xlsx = await download(page, 'Download results (XLSX)');
    expect(xlsx.name).toBe('indicator-results-sira.xlsx');
    const cells = expected
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const width = cells[0]?.length ?? 0;
    const rows = sheetRows(unzip(xlsx.bytes).get('xl/worksheets/sheet1.xml') ?? '').map((row) =>
      [...row, ...Array(width).fill('')].slice(0, width),
    );
    expect(rows).toEqual(cells);
  });

  it('gives IATI results with the baseline 0 and the target 4 for roundtables held', async () => {
    await open(page, '/indicators?regions=soria');
    const file = await download(page, 'Download IATI results (JSON)');
    expect(file.name).toBe('iati-results.json');
    const iati = JSON.parse(file.bytes.toString('utf8'));
    expect(iati.version).toBe('2.03');
    const held = iati.result.find(
      (result: { indicator: { reference: { code: string }[] }[] }) => result.indicator[0]?.reference[0]?.code === 'ROUNDTABLES_HELD',
    );
    const indicator = held.indicator[0];
    expect(indicator.measure).toBe('1');
    expect(indicator.title.narrative[0].text).toBe('Roundtables held');
    const soria = [{ name: 'region', value: 'soria' }];
    expect(indicator.baseline).toContainEqual({ year: '2021', 'iso-date': '2021-01-01', value: 0, dimension: soria });
    const project = indicator.period.find(
      (period: { 'period-end': { 'iso-date': string } }) => period['period-end']['iso-date'] === '2023-03-31',
    );
    expect(project['period-start']).toEqual({ 'iso-date': '2021-01-01' });
    expect(project.target).toContainEqual({ value: 4, dimension: soria });
    expect(project.actual).toContainEqual({ value: 1, dimension: soria });
    const share = iati.result.find(
      (result: { indicator: { reference: { code: string }[] }[] }) => result.indicator[0]?.reference[0]?.code === 'ONSITE_SHARE',
    );
    expect(share.indicator[0].measure).toBe('2');
  });

  it('reads the same in Spanish, and passes axe there too', async () => {
    await open(page, '/indicators');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Indicadores' }).waitFor();
    await expect(seen(await cell(page, 'Soria', 'Mesas redondas celebradas'))).resolves.toBe('1 de 4 25 % ✗ Desviado');
    await waitForCharts(page);
    await saveScreenshot(page, 'indicators-es');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Mesas redondas celebradas, Soria/ }).click();
    await page.getByRole('dialog').getByText(SORIA_SOURCE).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Cerrar', exact: true }).click();
  });

  it('fits a phone: the table scrolls on its own, the page does not', async () => {
    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await signIn(phone, system.baseUrl, ANALYST, '/indicators');
    await phone.locator('table.results-grid').waitFor();
    await waitForCharts(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, 'indicators-phone');
    await phone.context().close();
  });

  it('shows a funder withheld values as withheld, and no way to change targets', async () => {
    const funder = await newPage(browser);
    await signIn(funder, system.baseUrl, FUNDER, '/indicators?regions=soria');
    await funder.locator('table.results-grid').waitFor();
    // 3 people onsite is a small count: the share is withheld with it, and says why.
    await expect(seen(await cell(funder, 'Soria', 'Share attending in person'))).resolves.toBe('Fewer than 5 • Withheld');
    await expect(seen(await cell(funder, 'Soria', 'Roundtables held'))).resolves.toBe('1 of 4 25% ✗ Off track');
    await expect(funder.getByText('Set a baseline or target').count()).resolves.toBe(0);
    await expect(funder.getByRole('heading', { name: 'Targets that do not add up' }).count()).resolves.toBe(0);
    await waitForCharts(funder);
    await saveScreenshot(funder, 'indicators-funder');
    await expectNoAxeViolations(funder);
    await funder.context().close();
  });

  it('lets an evaluator set a year target, shows what the API refuses beside the field, and warns when targets stop adding up', async () => {
    const evaluator = await newPage(browser);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/indicators');
    const card = chartCard(evaluator, 'Roundtables held, by year');
    await card.locator('summary', { hasText: 'Set a baseline or target' }).click();
    const form = card.locator('form.target-form');
    await form.getByLabel('Period').selectOption('2021');
    await form.getByText('Nothing is set here yet: saving creates it.').waitFor();
    await form.getByLabel('Target').fill('2.5');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.locator('.field-error').textContent()).resolves.toBe('Problem: ROUNDTABLES_HELD is a count: give a whole number');
    await expect(form.getByLabel('Target').getAttribute('aria-invalid')).resolves.toBe('true');

    await form.getByLabel('Target').fill('2');
    await form.getByRole('button', { name: 'Save' }).click();
    const saved = form.getByRole('status');
    const warning =
      'Roundtables held, every region without its own target: the year targets add up to 2, but the project target is 4. Without a year target: 2022 and 2023 (to March).';
    await eventually(
      () => saved.textContent(),
      (text) => expect(text).toBe(`Saved: Roundtables held, Every region (default), 2021 (version 1).${warning}`),
    );
    // The page's notice says so too, and the result for 2021 now has its target.
    const notice = evaluator.locator('section.target-warning');
    await eventually(
      () => notice.locator('li').allTextContents(),
      (items) => expect(items).toEqual([warning]),
    );
    await evaluator.getByLabel('Reporting period').selectOption('2021');
    await eventually(
      async () => seen(await cell(evaluator, 'Soria', 'Roundtables held')),
      (text) => expect(text).toMatch(/^1 of 2 50%/),
    );
    await waitForCharts(evaluator);
    await saveScreenshot(evaluator, 'indicators-evaluator');
    await expectNoAxeViolations(evaluator);
  });

  it('tells an evaluator that someone changed the target meanwhile, and reloads theirs', async () => {
    const evaluator = await newPage(browser);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/indicators');
    const card = chartCard(evaluator, 'Participation barriers raised, by year');
    await card.locator('summary', { hasText: 'Set a baseline or target' }).click();
    const form = card.locator('form.target-form');
    await form.getByLabel('Target').fill('10');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').getByText('(version 1)', { exact: false }).waitFor();

    // Someone else changes it through the API, from version 1 to 2.
    const token = await apiToken(system.baseUrl, EVALUATOR);
    await graphql(
      system.baseUrl,
      token,
      'mutation ($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { version } } }',
      {
        input: { indicator: 'CHALLENGES_RAISED', period: 'SIRA', target: 12, version: 1 },
      },
    );

    await form.getByLabel('Target').fill('11');
    await form.getByRole('button', { name: 'Save' }).click();
    await form
      .getByRole('alert')
      .getByText('Someone changed this target after you opened it (it is now version 2).', { exact: false })
      .waitFor();
    await form.getByRole('button', { name: 'Reload' }).click();
    await eventually(
      () => form.getByLabel('Target').inputValue(),
      (value) => expect(value).toBe('12'),
    );
    await form.getByText('You are changing version 2', { exact: false }).waitFor();
  });
});
