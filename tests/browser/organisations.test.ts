import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ANALYST, SORIA_COORDINATOR, signIn } from './support/users';

// The Organisations page: Soria's coordinator records a local partner, finds it by name and
// region, changes it, reads its history, deletes and restores it; an analyst reads the list and
// the history but is offered no change.
describe('the Organisations page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR, ANALYST] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, SORIA_COORDINATOR);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const table = () => page.getByRole('table', { name: 'Organisations' });
  /** The table's rows, cell by cell, the actions column left out. */
  const rows = () =>
    table()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent?.trim() ?? '')));
  const status = () => page.locator('p.organisation-status').textContent();
  const dialogNamed = (name: string) => page.getByRole('dialog', { name });
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('is in the navigation, lists every organisation a page at a time, and passes axe', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await eventually(rows, (found) =>
      expect(found).toEqual([
        ['Fundación Cepaim', 'NGOs', 'Works across regions', 'Not known'],
        ['ICMC Europe', 'International organisations', 'Works across regions', 'Not known'],
        ['IOM Spain', 'International organisations', 'Works across regions', 'Not known'],
      ]),
    );
    await expect(page.title()).resolves.toMatch(/^Organisations · /);
    // Those working across regions are ADMIN's to change: a coordinator is offered nothing on them.
    await expect(table().locator('tbody').getByRole('button').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
  });

  it("records a partner in the coordinator's own region, from a dialog that names each problem beside its field", async () => {
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    const dialog = dialogNamed('Add an organisation');
    await dialog.waitFor();
    // Only Soria to choose: a coordinator records organisations of its own regions.
    await expect(dialog.getByRole('combobox', { name: 'Region' }).locator('option').allTextContents()).resolves.toEqual(['Soria']);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('S');
    await dialog.getByRole('button', { name: 'Add the organisation' }).click();
    await eventually(
      () => dialog.locator('.field-error').allTextContents(),
      (errors) => expect(errors).toEqual(['Problem: Write its name: at least 2 characters.', 'Problem: Choose its stakeholder category.']),
    );
    await expectNoAxeViolations(page);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Soria Acoge');
    await dialog.getByRole('combobox', { name: 'Stakeholder category' }).selectOption({ label: 'NGOs' });
    await dialog.getByRole('radio', { name: 'No', exact: true }).check();
    await saveScreenshot(page, 'organisations-add-dialog');
    await dialog.getByRole('button', { name: 'Add the organisation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(status, (text) => expect(text).toBe('Soria Acoge recorded.'));
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('organisation-status');
    await eventually(rows, (found) => expect(found).toContainEqual(['Soria Acoge', 'NGOs', 'Soria', 'No']));
  });

  it('finds organisations by a part of the name, by region and by category, in the URL; sorts by region', async () => {
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('ACOG');
    await eventually(rows, (found) => expect(found).toEqual([['Soria Acoge', 'NGOs', 'Soria', 'No']]));
    await expect(new URL(page.url()).search).toBe('?q=ACOG');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Works across regions' });
    await page.getByRole('combobox', { name: 'Stakeholder category' }).selectOption({ label: 'International organisations' });
    await eventually(rows, (found) => expect(found.map((row) => row[0])).toEqual(['ICMC Europe', 'IOM Spain']));
    await expect(new URL(page.url()).search).toBe('?region=-&category=INTERNATIONAL_ORGANISATION');
    // A shared link opens the same list.
    await page.reload();
    await eventually(rows, (found) => expect(found.map((row) => row[0])).toEqual(['ICMC Europe', 'IOM Spain']));
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Every region' });
    await page.getByRole('combobox', { name: 'Stakeholder category' }).selectOption({ label: 'Every category' });
    await table()
      .getByRole('button', { name: /^Region/ })
      .click();
    await eventually(rows, (found) => expect(found[0]?.[0]).toBe('Soria Acoge'));
    await expect(table().locator('th[aria-sort="ascending"]').textContent()).resolves.toMatch(/^Region/);
    await expectNoAxeViolations(page);
  });

  it('changes it, and its history says who changed what', async () => {
    await table().getByRole('button', { name: 'Change Soria Acoge' }).click();
    const dialog = dialogNamed('Change Soria Acoge');
    await dialog.waitFor();
    await expect(dialog.getByRole('textbox', { name: 'Name' }).inputValue()).resolves.toBe('Soria Acoge');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Soria Acoge Asociación');
    await dialog.getByRole('radio', { name: 'Yes', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await eventually(status, (text) => expect(text).toBe('Changes to Soria Acoge Asociación saved.'));
    await eventually(rows, (found) => expect(found).toContainEqual(['Soria Acoge Asociación', 'NGOs', 'Soria', 'Yes']));

    await table().getByRole('button', { name: 'History Soria Acoge Asociación' }).click();
    const history = dialogNamed('History of Soria Acoge Asociación');
    await history.waitFor();
    const entries = history.locator('.organisation-history > li');
    await eventually(
      () => entries.locator('.organisation-history-meta').allTextContents(),
      (metas) => {
        expect(metas).toHaveLength(2);
        expect(metas[0]).toMatch(/^Changed · .+ · Carmen Cepaim \(Regional coordinator\)$/);
        expect(metas[1]).toMatch(/^Recorded · .+ · Carmen Cepaim \(Regional coordinator\)$/);
      },
    );
    const changes = await entries
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim())));
    expect(changes).toEqual([
      ['Name', 'Soria Acoge', 'Soria Acoge Asociación'],
      ['Migrant- or refugee-led', 'No', 'Yes'],
    ]);
    await expectNoAxeViolations(page);
    await history.getByRole('button', { name: 'Close' }).click();
    await history.waitFor({ state: 'hidden' });
    // The focus goes back to the button that opened it.
    await expect(focusedText()).resolves.toBe('History Soria Acoge Asociación');
  });

  it('deletes it after asking, lists it among the deleted, and restores it', async () => {
    await table().getByRole('button', { name: 'Delete Soria Acoge Asociación' }).click();
    const dialog = dialogNamed('Delete Soria Acoge Asociación?');
    await dialog.waitFor();
    // Cancel has the focus: a slip of the Enter key keeps the organisation.
    await expect(focusedText()).resolves.toBe('Cancel');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete the organisation' }).click();
    await eventually(status, (text) =>
      expect(text).toBe('Soria Acoge Asociación deleted. It can be restored from the deleted organisations below.'),
    );
    await eventually(rows, (found) => expect(found.map((row) => row[0])).not.toContain('Soria Acoge Asociación'));
    const deleted = page.locator('section', { has: page.getByRole('heading', { name: 'Deleted organisations' }) });
    await eventually(
      () => deleted.locator('li strong').allTextContents(),
      (names) => expect(names).toEqual(['Soria Acoge Asociación']),
    );
    await deleted.getByRole('button', { name: 'Restore Soria Acoge Asociación' }).click();
    await eventually(status, (text) => expect(text).toBe('Soria Acoge Asociación restored.'));
    await eventually(rows, (found) => expect(found).toContainEqual(['Soria Acoge Asociación', 'NGOs', 'Soria', 'Yes']));
    await eventually(
      () => deleted.textContent(),
      (text) => expect(text).toContain('No organisation you may see has been deleted.'),
    );
  });

  it('lets an analyst read the list and the history, and offers no change', async () => {
    const analyst = await newPage(browser);
    try {
      await signIn(analyst, system.baseUrl, ANALYST, '/organisations');
      const list = analyst.getByRole('table', { name: 'Organisations' });
      await list.getByRole('button', { name: 'History Soria Acoge Asociación' }).waitFor();
      await expect(analyst.getByRole('button', { name: 'Add an organisation' }).count()).resolves.toBe(0);
      await expect(list.getByRole('button', { name: /^(Change|Delete) / }).count()).resolves.toBe(0);
      await expectNoAxeViolations(analyst);
    } finally {
      await analyst.context().close();
    }
  });
});
