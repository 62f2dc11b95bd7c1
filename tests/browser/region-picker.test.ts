import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ANALYST, signIn } from './support/users';

// The region filter as an analyst uses it with many regions: a search that ignores accents,
// names sorted as the language sorts them, a country's regions chosen or cleared at once,
// all of it by keyboard, and nothing axe finds wrong.
describe('the region picker', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ANALYST] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST);
    await page.goto(`${system.baseUrl}/`);
    await page.locator('.filters summary', { hasText: 'Regions' }).click();
    await page.getByRole('searchbox', { name: 'Find a region' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const search = () => page.getByRole('searchbox', { name: 'Find a region' });
  const shownNames = () => page.locator('.region-picker-groups .checks label').allTextContents();
  const group = (country: string) => page.getByRole('group', { name: country, exact: true });

  it('groups the regions by country, countries and names in the order of the language', async () => {
    const countries = await page.locator('.region-picker-group > legend').allTextContents();
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries).toEqual(expect.arrayContaining(['France', 'Spain', 'Poland', 'Greece']));
    const french = await group('France').locator('.checks label').allTextContents();
    expect(french).toEqual(['Corrèze', 'Isère', 'Saône-et-Loire', 'Vaucluse']);
  });

  it('finds a region typed without its accents or capitals, says how many it shows, and Escape shows them all again', async () => {
    await search().fill('saone');
    await eventually(shownNames, (names) => expect(names).toEqual(['Saône-et-Loire']));
    const total = (await page.locator('.region-picker-count').textContent())?.match(/of (\d+)/)?.[1];
    expect(await page.locator('.region-picker-count').textContent()).toBe(`Regions shown: 1 of ${total}`);
    await search().fill('ISERE');
    await eventually(shownNames, (names) => expect(names).toEqual(['Isère']));
    await search().press('Escape');
    await eventually(shownNames, (names) => expect(names.length).toBe(Number(total)));
  });

  it("chooses and clears a country's regions at once", async () => {
    await group('France').getByRole('button', { name: 'Choose all in France (4)' }).click();
    await page.waitForURL(/isere/);
    for (const name of ['Corrèze', 'Isère', 'Saône-et-Loire', 'Vaucluse'])
      expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Soria' }).isChecked()).toBe(false);
    await expect(page.locator('.filters summary').textContent()).resolves.toContain('(4)');
    await group('France').getByRole('button', { name: 'Clear France' }).click();
    await eventually(
      () => page.getByRole('checkbox', { name: 'Isère' }).isChecked(),
      (checked) => expect(checked).toBe(false),
    );
  });

  it('works by keyboard alone: type, Tab to a region, Space to choose it', async () => {
    await search().focus();
    await page.keyboard.type('vauc');
    await eventually(shownNames, (names) => expect(names).toEqual(['Vaucluse']));
    // The search, then the country's "choose all" (its "clear" is disabled, so skipped), then the region.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose all in France (1)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await eventually(
      () => page.getByRole('checkbox', { name: 'Vaucluse' }).isChecked(),
      (checked) => expect(checked).toBe(true),
    );
    await page.waitForURL(/vaucluse/);
  });

  it('has no accessibility violations, open and searched', async () => {
    await search().fill('');
    await saveScreenshot(page, 'region-picker');
    await expectNoAxeViolations(page);
  });
});
