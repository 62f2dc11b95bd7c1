import { Client } from 'pg';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, approveRoundtables, createRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { chartCard, tableRows } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import { holdPublicationBuilds } from './support/publication';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN } from './support/users';

/** Soria's row of the attendance table, already shown: region, roundtables, ..., total. */
const soriaRow = async (card: Locator) =>
  (
    await card
      .locator('table.data:visible tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))
  ).find((row) => row[0] === 'Soria');

// Signed out, a reader sees the protected publication, built again after every change of the
// records. While that takes longer than PUBLICATION_WAIT_MS (minutes at 1,000 regions), the page
// says since when its counts of people are, and draws them again, new, once they are published.
// The build is held back by a lock on a table only it reads.
describe('a reader while the publication is built again', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let db: Client;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN], env: { PUBLICATION_WAIT_MS: '300' } });
    browser = await launchChromium();
    page = await newPage(browser);
    db = new Client({ connectionString: system.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await system?.stop();
  });

  it('says how old the counts of people are, and shows the new ones once published', async () => {
    await page.goto(`${system.baseUrl}/?regions=soria`);
    await waitForCharts(page);
    const card = chartCard(page, 'Attendance by mode, per region');
    const before = (await tableRows(card)).find((row) => row[0] === 'Soria');
    expect(before?.[1]).toBe('1');
    expect(before?.at(-1)).toBe('21');
    const note = page.getByRole('status').and(page.locator('.publication-note'));
    await expect(note.textContent()).resolves.toBe('');

    const token = await apiToken(system.baseUrl, ADMIN);
    const created = await createRoundtable(system.baseUrl, token, {
      region: 'soria',
      number: 90,
      date: '2022-05-12',
      format: 'ONSITE',
      attendance: { participants: 40 },
      sources: [{ title: 'Acta de la mesa 90' }],
    });
    await approveRoundtables(system.baseUrl, token, [created]);
    const release = await holdPublicationBuilds(db);
    try {
      await page.reload();
      await waitForCharts(page);
      await note.getByText('Records changed since then are being published').waitFor();
      expect(await note.textContent()).toMatch(/^Counts of people as of .+\. Records changed since then are being published/);
      const stale = (await tableRows(card)).find((row) => row[0] === 'Soria');
      // Roundtables held are counted as they are; the people, as last published.
      expect(stale?.[1]).toBe('2');
      expect(stale?.at(-1)).toBe('21');
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'publication-behind');
    } finally {
      await release();
    }

    // Asked again every 15 s: the new publication, and the figures drawn from it.
    await note.getByText('Figures updated').waitFor({ timeout: 40_000 });
    await eventually(
      () => soriaRow(card),
      (row) => expect(row?.at(-1)).toBe('61'),
    );
  });
});
