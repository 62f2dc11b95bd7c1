import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ANALYST, signIn } from './support/users';

// With generated data loaded beside the published facts, every view that shows it says
// so, and one click takes the reader back to the recorded facts alone.
describe('illustrative data in the dashboard', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ seed: 'illustrative', users: [ANALYST] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const banner = () => page.locator('.banner.illustrative');

  it.each([
    ['/', 'overview-illustrative'],
    ['/compare', 'compare-illustrative'],
    ['/regions/teruel', 'region-teruel-illustrative'],
  ])('labels %s as including illustrative data', async (path, screenshot) => {
    await page.goto(`${system.baseUrl}${path}`);
    await eventually(
      () => banner().textContent(),
      (text) => expect(text).toMatch(/This view includes illustrative data: \d+ of \d+ roundtables were generated/),
    );
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('h2 .tag', { hasText: 'Illustrative' }).count()).toBeGreaterThan(0);
    await waitForCharts(page);
    await saveScreenshot(page, screenshot);
    await expectNoAxeViolations(page);
  });

  it('shows recorded facts only, without the label, in one click', async () => {
    await page.goto(`${system.baseUrl}/compare`);
    await page.getByRole('button', { name: 'Show recorded facts only' }).click();
    await page.waitForURL(/recorded=1/);
    await eventually(
      () => banner().count(),
      (count) => expect(count).toBe(0),
    );
    await eventually(
      () => page.locator('section.card').first().locator('.recharts-yAxis-tick-labels text').allTextContents(),
      (texts) => expect(texts).toEqual(['Guadalajara', 'Soria', '26', '21']),
    );
    expect(await page.locator('h2 .tag').count()).toBe(0);
  });
});
