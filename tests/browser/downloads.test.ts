import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { chartCard, downloadCsv } from './support/chart-cards';
import { waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { sheetRows, unzip } from './support/unzip';
import { ANALYST, FUNDER, signIn } from './support/users';

const ATTENDANCE = 'Attendance by mode, per region';

// What each role may take away: every chart as CSV and as a spreadsheet with the same cells
// (so a count withheld from a funder stays withheld), and, for the roles that see counts as
// recorded, the roundtables themselves in the import format.
describe('downloads', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST, FUNDER] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const download = async (page: Page, button: Locator) => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  /** The CSV as cells, numbers read as a spreadsheet reads them. */
  const csvCells = (text: string) =>
    text
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));

  it.each([
    ['an analyst', ANALYST],
    ['a funder', FUNDER],
  ])('gives %s a spreadsheet of a chart with exactly the cells of its CSV', async (_who, user) => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, user, '/compare');
    const card = chartCard(page, ATTENDANCE);
    await card.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);
    const csv = await downloadCsv(page, card);
    const xlsx = await download(page, card.getByRole('button', { name: 'Download XLSX' }));
    expect(xlsx.name).toBe('attendance-by-region.xlsx');

    const files = unzip(xlsx.bytes);
    expect(files.get('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    const expected = csvCells(csv.text);
    const rows = sheetRows(files.get('xl/worksheets/sheet1.xml') ?? '').map((row) =>
      [...row, ...Array(expected[0]?.length ?? 0).fill('')].slice(0, expected[0]?.length),
    );
    expect(rows).toEqual(expected);
    if (user === FUNDER) {
      // Soria's onsite 3 is below 5, and its online would give it back: empty in both files,
      // and named with the reason in the last column.
      expect(rows[0]?.at(-1)).toBe('Withheld counts');
      expect(rows[2]?.[0]).toBe('Soria');
      expect(rows[2]?.[3]).toBe('');
      expect(rows[2]?.[5]).toBe('');
      expect(rows[2]?.at(-1)).toBe('online: Withheld to protect a small count; onsite: Fewer than 5');
    } else {
      expect(rows[2]).toEqual(['Soria', '1', '0', '18', '18', '3', '3', '0', '0', '21', '21']);
    }
    await page.context().close();
  });

  it("gives an analyst the region's roundtables exactly as the API exports them", async () => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST, '/regions/soria');
    const file = await download(page, page.getByRole('button', { name: 'Download roundtables (CSV)' }));
    expect(file.name).toBe('soria-roundtables.csv');
    const token = await apiToken(system.baseUrl, ANALYST);
    const api = await graphql<{ roundtablesCsv: string }>(system.baseUrl, token, '{ roundtablesCsv(filter: { regions: ["soria"] }) }');
    expect(file.bytes.toString('utf8')).toBe(api.roundtablesCsv);
    expect(api.roundtablesCsv.split('\r\n')[1]).toMatch(/^soria,3,2021-11-24,hybrid,/);

    await page.getByRole('link', { name: 'Compare regions' }).click();
    const all = await download(page, page.getByRole('button', { name: 'Download roundtables (CSV)' }));
    expect(all.name).toBe('roundtables.csv');
    expect(all.bytes.toString('utf8')).toBe(
      (await graphql<{ roundtablesCsv: string }>(system.baseUrl, token, '{ roundtablesCsv }')).roundtablesCsv,
    );
    await page.context().close();
  });

  it('offers a funder no roundtables CSV, which carries counts as recorded', async () => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, FUNDER, '/regions/soria');
    await page.locator('.roundtable').first().waitFor();
    await expect(page.getByRole('button', { name: 'Download roundtables (CSV)' }).count()).resolves.toBe(0);
    await page.goto(`${system.baseUrl}/compare`);
    await chartCard(page, ATTENDANCE).waitFor();
    await expect(page.getByRole('button', { name: 'Download roundtables (CSV)' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
