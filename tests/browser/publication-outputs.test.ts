import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { sheetRows, unzip } from './support/unzip';
import { FUNDER, signIn } from './support/users';

// One cell of the protected publication reads the same in every output a funder can take away:
// the API, the indicators table, its CSV and XLSX, the IATI file and the printed report. Two
// cells of Soria over the project: its 21 participants, shown, and its share attending in
// person, withheld because its 3 people onsite are fewer than 5.
describe('one publication, every output', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [FUNDER] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, FUNDER, '/indicators?regions=soria');
    await page.locator('table.results-grid').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const download = async (button: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return readFile(await file.path());
  };

  it('gives the API, the CSV, the XLSX, the IATI file and the report the same value and the same reason', async () => {
    const token = await apiToken(system.baseUrl, FUNDER);
    const api = await graphql<{
      indicatorResults: { indicator: { code: string }; value: { min: number } | null; withheld: string | null }[];
    }>(
      system.baseUrl,
      token,
      '{ indicatorResults(codes: ["PARTICIPANTS", "ONSITE_SHARE"], filter: { regions: ["soria"] }, includeTotal: false) { indicator { code } value { min } withheld } }',
    );
    expect(api.indicatorResults).toEqual([
      { indicator: { code: 'PARTICIPANTS' }, value: { min: 21 }, withheld: null },
      { indicator: { code: 'ONSITE_SHARE' }, value: null, withheld: 'SMALL_COUNT' },
    ]);

    const csv = (await download('Download results (CSV)'))
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = csv[0] ?? [];
    const column = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
    const soria = (code: string) => csv.find((row) => row[0] === code && column(row, 'region_slug') === 'soria');
    expect([column(soria('PARTICIPANTS'), 'value_min'), column(soria('PARTICIPANTS'), 'withheld')]).toEqual(['21', '']);
    expect([column(soria('ONSITE_SHARE'), 'value_min'), column(soria('ONSITE_SHARE'), 'withheld')]).toEqual(['', 'SMALL_COUNT']);

    const width = header.length;
    const sheet = sheetRows(unzip(await download('Download results (XLSX)')).get('xl/worksheets/sheet1.xml') ?? '').map((row) =>
      [...row, ...Array(width).fill('')].slice(0, width),
    );
    expect(sheet).toEqual(csv);

    type Actual = { value?: number; withheld?: string; dimension?: { name: string; value: string }[] };
    const iati = JSON.parse((await download('Download IATI results (JSON)')).toString('utf8'));
    const actualOf = (code: string): Actual | undefined => {
      const result = iati.result.find(
        (r: { indicator: { reference: { code: string }[] }[] }) => r.indicator[0]?.reference[0]?.code === code,
      );
      const project = result?.indicator[0]?.period.find(
        (p: { 'period-end': { 'iso-date': string } }) => p['period-end']['iso-date'] === '2023-03-31',
      );
      return project?.actual.find((a: Actual) => a.dimension?.some((d) => d.name === 'region' && d.value === 'soria'));
    };
    expect(actualOf('PARTICIPANTS')?.value).toBe(21);
    expect(actualOf('ONSITE_SHARE')).toMatchObject({ withheld: 'SMALL_COUNT' });
    expect(actualOf('ONSITE_SHARE')?.value).toBeUndefined();

    await page.goto(`${system.baseUrl}/report?regions=soria`);
    const reportRow = (code: string) =>
      page
        .locator(`tbody[data-indicator="${code}"] tr[data-region="soria"]`)
        .locator('th, td')
        .evaluateAll((cells) => cells.map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    await page.locator('tbody[data-indicator="PARTICIPANTS"] tr[data-region="soria"]').waitFor();
    await expect(reportRow('PARTICIPANTS')).resolves.toEqual(['Soria', '21', 'None set', '–', 'No target']);
    await expect(reportRow('ONSITE_SHARE')).resolves.toEqual(['Soria', 'Fewer than 5', 'None set', '–', 'Withheld']);
  });
});
