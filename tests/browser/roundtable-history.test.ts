import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, createRoundtable, updateRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, ANALYST, SORIA_COORDINATOR, signIn } from './support/users';

const FIRST = {
  region: 'soria',
  number: 7,
  date: '2022-06-01',
  format: 'ONSITE',
  attendance: { participants: 10, onsite: 10 },
  categories: [{ code: 'NGO' }],
  sources: [{ title: 'Attendance sheet' }],
};
const SECOND = {
  ...FIRST,
  format: 'HYBRID',
  theme: 'Childcare during meetings',
  attendance: { participants: 14, online: 4, onsite: 10 },
  challenges: [{ code: 'CHILDCARE', note: 'Parents could not come without it.' }],
};

// Every change to a roundtable is kept: who made it, when, in which role, and what changed.
// Readers of the audit trail see that history; an administrator can undo a deletion.
describe('the history of a roundtable', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN, ANALYST, SORIA_COORDINATOR] });
    browser = await launchChromium();
    const token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    const created = await createRoundtable(system.baseUrl, token, FIRST);
    await updateRoundtable(system.baseUrl, token, created, SECOND);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const roundtable = (page: Page, number: number): Locator =>
    page.locator('li.roundtable', { has: page.getByRole('heading', { level: 3, name: new RegExp(`^Roundtable ${number} ·`) }) });
  const entries = (item: Locator) =>
    item.locator('.history-entries > li').evaluateAll((lis) =>
      lis.map((li) => ({
        meta: li.querySelector('.history-meta')?.textContent?.replace(/ · [^·]+ · /, ' · … · ') ?? '',
        changes: [...li.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
      })),
    );

  it('lists for an analyst who changed what, before and after', async () => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST, '/regions/soria');
    const item = roundtable(page, 7);
    await item.locator('summary', { hasText: 'History' }).click();
    await eventually(
      () => entries(item),
      (found) =>
        expect(found).toEqual([
          {
            meta: 'Changed · … · Carmen Cepaim (Regional coordinator)',
            changes: [
              ['Format', 'Onsite', 'Hybrid'],
              ['Theme', 'none', 'Childcare during meetings'],
              ['Attendance', 'Total 10 · Onsite 10', 'Total 14 · Online 4 · Onsite 10'],
              ['Challenges raised', 'none', 'Childcare: Parents could not come without it.'],
            ],
          },
          {
            meta: 'Recorded · … · Carmen Cepaim (Regional coordinator)',
            changes: [
              ['Number', 'none', '7'],
              ['Date', 'none', 'Jun 1, 2022'],
              ['Format', 'none', 'Onsite'],
              ['Attendance', 'none', 'Total 10 · Onsite 10'],
              ['Stakeholder categories', 'none', 'NGOs'],
              ['Sources', 'none', 'Attendance sheet'],
            ],
          },
        ]),
    );
    // Reading the trail is not changing the records.
    await expect(item.getByRole('button', { name: /Delete/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Deleted roundtables' }).count()).resolves.toBe(0);
    await item.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'roundtable-history');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets an administrator delete a roundtable, quoting its version, and restore it', async () => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, ADMIN, '/regions/soria');
    await roundtable(page, 7).getByRole('button', { name: 'Delete roundtable 7' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete roundtable 7?' });
    await expect(dialog.textContent()).resolves.toContain(
      'Roundtable 7 of Soria (Jun 1, 2022), version 2, will disappear from every view.',
    );
    // The safe choice has the focus.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep it');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete roundtable 7' }).click();

    const status = page.locator('p.banner.notice[role="status"]');
    await eventually(
      () => status.textContent(),
      (text) => expect(text).toBe('Roundtable 7 deleted.'),
    );
    await eventually(
      () => roundtable(page, 7).count(),
      (count) => expect(count).toBe(0),
    );
    const deleted = page.locator('section.card', { has: page.getByRole('heading', { name: 'Deleted roundtables' }) });
    await eventually(
      () => deleted.locator('li').allTextContents(),
      (items) =>
        expect(items).toEqual([
          expect.stringMatching(/^Roundtable 7 · Jun 1, 2022Deleted .+ by Alba Admin \(Administrator\)Restore roundtable 7$/i),
        ]),
    );

    await deleted.getByRole('button', { name: 'Restore roundtable 7' }).click();
    await eventually(
      () => status.textContent(),
      (text) => expect(text).toBe('Roundtable 7 restored.'),
    );
    await eventually(
      () => roundtable(page, 7).getByText('Total 14 · Online 4 · Onsite 10').count(),
      (count) => expect(count).toBe(1),
    );
    await expect(deleted.getByText('No roundtable of this region has been deleted.').count()).resolves.toBe(1);

    const item = roundtable(page, 7);
    await item.locator('summary', { hasText: 'History' }).click();
    await eventually(
      () => item.locator('.history-meta strong').allTextContents(),
      (actions) => expect(actions).toEqual(['Restored', 'Deleted', 'Changed', 'Recorded']),
    );
    await page.context().close();
  });
});
