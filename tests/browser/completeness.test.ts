import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { EVALUATOR, signIn } from './support/users';

// Completeness on the Data quality page, over the published data set: every region of the
// project expects 4 roundtables over it (its built-in target) and nothing per year; Guadalajara
// and Soria recorded one each in 2021, approved before review began. Each cell tells its share
// in words as well as in colour, a period without a target says "not set", and a cell opens the
// region's page over its period.
describe('completeness on the Data quality page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let evaluator: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [EVALUATOR] });
    browser = await launchChromium();
    evaluator = await newPage(browser);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/quality');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const section = (page: Page) => page.locator('#completeness');
  const rowsOf = (table: Locator) =>
    table
      .locator('table.completeness tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? '')));
  const cell = (page: Page, region: string, column: number) =>
    section(page).locator('table.completeness tbody tr', { hasText: region }).locator('td').nth(column).locator('a');

  it('shows each region against what it was expected to hold, in words as well as colour', async () => {
    await section(evaluator).getByRole('heading', { level: 2, name: 'Completeness and timeliness' }).waitFor();
    await eventually(
      () => rowsOf(section(evaluator)),
      (rows) => expect(rows).toHaveLength(10),
    );
    const headings = await section(evaluator).locator('table.completeness thead th').allTextContents();
    // Each heading sorts: its label, then the sort words a screen reader hears.
    expect(headings.map((text) => text.replace(/( ▲)?, (Sort by|sorted).*$/, ''))).toEqual([
      'Region',
      'Share SIRA project (2021–2023)',
      '2021',
      '2022',
      '2023 (to March)',
    ]);
    const soria = (await rowsOf(section(evaluator))).find((row) => row[0] === 'Soria');
    expect(soria).toEqual([
      'Soria',
      'Soria, Share SIRA project (2021–2023): 25%; 1 approved, 1 recorded of 4 expected; on time: not known',
      'Soria, 2021: not set; 1 approved, 1 recorded; no target; on time: not known',
      'Soria, 2022: not set; 0 approved, 0 recorded; no target; on time: not known',
      'Soria, 2023 (to March): not set; 0 approved, 0 recorded; no target; on time: not known',
    ]);
    // A quarter of the target has the second shade; no target has none, never the shade of 0.
    await expect(cell(evaluator, 'Soria', 1).getAttribute('class')).resolves.toBe('completeness-cell rate-1');
    await expect(cell(evaluator, 'Teruel', 1).getAttribute('class')).resolves.toBe('completeness-cell rate-0');
    await expect(cell(evaluator, 'Soria', 2).getAttribute('class')).resolves.toBe('completeness-cell rate-unknown');
    await saveScreenshot(evaluator, 'data-quality-completeness');
    await expectNoAxeViolations(evaluator);
  });

  it('sorts the regions by a period column, as the API orders them', async () => {
    const table = section(evaluator);
    await table.getByRole('button', { name: /^2021/ }).click();
    await table.getByRole('button', { name: /^2021/ }).click();
    await expect(table.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(/^2021/);
    // The two regions with a record in 2021 first, ties by region.
    await eventually(
      () => rowsOf(table),
      (rows) => expect(rows.slice(0, 3).map((row) => row[0])).toEqual(['Guadalajara', 'Soria', 'Corrèze']),
    );
  });

  it('downloads every figure of every region, a column each', async () => {
    const [file] = await Promise.all([
      evaluator.waitForEvent('download'),
      section(evaluator).getByRole('button', { name: 'Download all (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('completeness-by-region-and-period.csv');
    const lines = (await readFile(await file.path(), 'utf8')).trimEnd().split('\r\n');
    expect(lines).toHaveLength(11);
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 10)).toEqual([
      'Region',
      'Share SIRA project (2021–2023): expected',
      'Share SIRA project (2021–2023): recorded',
      'Share SIRA project (2021–2023): approved',
      'Share SIRA project (2021–2023): submitted',
      'Share SIRA project (2021–2023): on time',
      'Share SIRA project (2021–2023): overdue drafts',
      'Share SIRA project (2021–2023): share recorded',
      'Share SIRA project (2021–2023): share approved',
      'Share SIRA project (2021–2023): on-time rate',
    ]);
    expect(header).toHaveLength(1 + 4 * 9);
    // Unknown stays empty, never 0: no on-time rate, no target in 2021.
    const soria = lines.find((line) => line.startsWith('Soria,'))?.split(',');
    expect(soria?.slice(0, 10)).toEqual(['Soria', '4', '1', '1', '0', '0', '0', '0.25', '0.25', '']);
    expect(soria?.slice(10, 13)).toEqual(['', '1', '1']);
  });

  it("opens a cell's region page over its period", async () => {
    await cell(evaluator, 'Soria', 3).click();
    await evaluator.waitForURL(/\/regions\/soria\?/);
    expect(new URL(evaluator.url()).search).toBe('?from=2022-01-01&to=2022-12-31');
  });
});
