import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page, Request } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, SERVER_MAIN, startBuiltSystem } from './support/system';
import { ANALYST, signIn } from './support/users';

// The overview, the comparison and the report over more regions than a chart shows: what they
// list and ask for, and how a reader reaches a region not listed. 30 illustrative regions are loaded beside the
// published ten, as `pnpm seed:illustrative -- --regions 30` would into a running system.
describe('the dashboard over many regions', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST] });
    const seed = path.join(path.dirname(SERVER_MAIN), 'cli/seed.js');
    await promisify(execFile)(process.execPath, [seed, '--illustrative', '--regions', '30', '--roundtables-per-region', '2'], {
      env: { ...process.env, DATABASE_URL: system.databaseUrl, LOG_LEVEL: 'warn' },
    });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** The API's answer to `query`, asked from the page, with its session, as the dashboard asks. */
  const askFromPage = <Data>(query: string): Promise<Data> =>
    page.evaluate(async (text) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
        body: JSON.stringify({ query: text }),
      });
      return ((await response.json()) as { data: unknown }).data;
    }, query) as Promise<Data>;

  it("lists the chart's twelve regions with their roundtables, and finds any other by name", async () => {
    await page.goto(`${system.baseUrl}/`);
    const listed = page.locator('#regions-title + ul li');
    await eventually(
      () => listed.count(),
      (count) => expect(count).toBe(12),
    );
    const listedNames = (await listed.locator('a').allTextContents()).map((name) => name.trim());
    const inScope = (await askFromPage<{ regions: { slug: string; name: string }[] }>('{ regions { slug name } }')).regions;
    const others = inScope.filter((region) => !listedNames.includes(region.name));
    expect(others.length).toBe(inScope.length - 12);
    await expect(page.locator('.region-finder').textContent()).resolves.toContain(
      `${others.length} other regions in scope are not listed here: find one by name.`,
    );

    // Typed in lower case, as a reader would: found, and one click from its page.
    const wanted = others[others.length - 1] as { slug: string; name: string };
    await page.locator('.region-finder').getByRole('searchbox', { name: 'Find a region' }).fill(wanted.name.toLowerCase());
    const found = page.locator('.region-finder').getByRole('link', { name: wanted.name, exact: true });
    await found.waitFor();
    await saveScreenshot(page, 'overview-region-finder');
    await expectNoAxeViolations(page);
    await page.locator('.region-finder').getByRole('searchbox', { name: 'Find a region' }).fill('no such region anywhere');
    await expect(page.locator('.region-finder [role="status"]').textContent()).resolves.toBe('No region matches this search.');
    await page.locator('.region-finder').getByRole('searchbox', { name: 'Find a region' }).fill(wanted.name);
    await found.click();
    await page.getByRole('heading', { level: 1, name: wanted.name }).waitFor();
    expect(page.url()).toContain(`/regions/${wanted.slug}`);
  });

  it('names the first twelve sources under the chart, and says how many more there are', async () => {
    await page.goto(`${system.baseUrl}/`);
    const sources = page.locator('.card .sources li');
    await eventually(
      () => sources.count(),
      (count) => expect(count).toBeGreaterThan(0),
    );
    const total = (await askFromPage<{ sources: unknown[] }>('{ sources { title } }')).sources.length;
    expect(total).toBeGreaterThan(12);
    // Twelve listed (fewer lines where two share a title and address, counted ×2), then the rest counted.
    const lines = (await sources.allTextContents()).map((line) => line.trim());
    expect(lines.length).toBeLessThanOrEqual(13);
    expect(lines.at(-1)).toBe(`and ${total - 12} more sources, every one listed in the report`);
    await expectNoAxeViolations(page);
  });

  it('compares the twelve regions with the most roundtables, asking for their figures alone, and says how many there were', async () => {
    const asked: { operationName?: string; variables?: { filter?: { regions?: string[] } } }[] = [];
    const listen = (request: Request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.postDataJSON());
    };
    page.on('request', listen);
    await page.goto(`${system.baseUrl}/compare`);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    page.off('request', listen);

    const withRoundtables = (await askFromPage<{ coverage: { regionsWithRoundtables: number } }>('{ coverage { regionsWithRoundtables } }'))
      .coverage.regionsWithRoundtables;
    expect(withRoundtables).toBeGreaterThan(12);
    await expect(page.getByText(`Showing the 12 regions with the most roundtables out of ${withRoundtables}`).count()).resolves.toBe(1);
    const compare = asked.find((body) => body.operationName === 'Compare');
    expect(compare?.variables?.filter?.regions).toHaveLength(12);
    await expectNoAxeViolations(page);
  });

  it('reports on the twelve regions with the most roundtables one by one, and on every region together', async () => {
    const asked: { operationName?: string; query?: string; variables?: { filter?: { regions?: string[] } } }[] = [];
    const listen = (request: Request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.postDataJSON());
    };
    page.on('request', listen);
    await page.goto(`${system.baseUrl}/report`);
    const rows = page.locator('tbody[data-indicator="ROUNDTABLES_HELD"] tr[data-region]');
    await rows.first().waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    page.off('request', listen);

    // A row per region shown, and the one for all regions.
    await expect(rows.count()).resolves.toBe(13);
    const note = await page.locator('.report-indicators').locator('xpath=preceding-sibling::p[contains(@class, "muted")]').textContent();
    expect(note).toMatch(
      /^One row per region for the 12 regions with the most roundtables, of \d+; the row for all regions counts every one\.$/,
    );
    const shown = asked.find((body) => body.operationName === 'ReportRegions');
    expect(shown?.variables?.filter?.regions).toHaveLength(12);
    // What the report asks over its whole scope names no region and lists none.
    const scope = asked.find((body) => body.operationName === 'Report');
    expect(scope?.variables?.filter?.regions ?? []).toEqual([]);
    expect(scope?.query).toContain('regionRows: false');
    expect(scope?.query).not.toMatch(/attendanceMix|stakeholderMix|challengeFrequency/);
    await saveScreenshot(page, 'report-many-regions');
    await expectNoAxeViolations(page);
  });
});
