import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, createRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, REPO_ROOT, startBuiltSystem } from './support/system';
import { SORIA_COORDINATOR, signIn } from './support/users';

/** How a row of the sheet is typed: the start of each choice's label, as typed into a focused select. */
interface Person {
  category: string;
  newcomer: boolean;
  gender: string;
  age: string;
  mode: 'Onsite' | 'Online';
}

// Twenty people who came to Soria's fourth roundtable: every fourth kind of person, every gender
// (one in five not recorded), three age bands (one in three not recorded), half of them online.
const CATEGORIES = ['Refugees', 'NGOs', 'Refugees', 'Volunteers'];
const GENDERS = ['Female', 'Male', 'Non-', 'Chose', 'Not'];
const AGES = ['25', '35', 'Not'];
const PEOPLE: Person[] = Array.from({ length: 20 }, (_, i) => ({
  category: CATEGORIES[i % 4] as string,
  newcomer: i % 2 === 0,
  gender: GENDERS[i % 5] as string,
  age: AGES[i % 3] as string,
  mode: i % 2 === 0 ? 'Onsite' : 'Online',
}));

// A coordinator enters a roundtable's participants on the attendance sheet by keyboard alone:
// twenty rows, one request, and the newcomer, gender and age figures of the indicators count
// them, those not recorded apart; then edits, deletes and restores one, and reads its history.
describe('the attendance sheet', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let roundtableId: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, SORIA_COORDINATOR, '/regions/soria');
    const token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    roundtableId = (
      await createRoundtable(system.baseUrl, token, {
        region: 'soria',
        number: 4,
        date: '2022-05-10',
        format: 'HYBRID',
        sources: [{ title: 'Attendance sheet kept by the platform' }],
      })
    ).id;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  /** The rows of a table as text, cell by cell, a row's heading cell first. */
  const rowsOf = (table: Locator) =>
    table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
  const countsTable = (caption: string) => page.getByRole('region', { name: caption, exact: true }).locator('table');

  it('takes twenty participants typed by keyboard alone, in one save, and counts them', async () => {
    // From the region page, the roundtable's own link.
    await page.goto(`${system.baseUrl}/regions/soria`);
    const item = page.locator('li.roundtable', { has: page.getByRole('heading', { name: /^Roundtable 4 ·/ }) });
    await item.getByRole('link', { name: 'Participants Roundtable 4' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants · Roundtable 4 · Soria' }).waitFor();
    await expectNoAxeViolations(page);

    // The sheet's first cell; from here on, keys only.
    await page.getByRole('combobox', { name: 'Row 1: Category' }).focus();
    let newcomerTicked = false;
    for (const [index, person] of PEOPLE.entries()) {
      const row = index + 1;
      await expect(focused()).resolves.toBe(`Row ${row}: Category`);
      await page.keyboard.type(person.category);
      await page.keyboard.press('Tab');
      // A new row starts with the newcomer status of the row before it.
      if (person.newcomer !== newcomerTicked) await page.keyboard.press('Space');
      newcomerTicked = person.newcomer;
      await page.keyboard.press('Tab');
      await page.keyboard.type(person.gender);
      await page.keyboard.press('Tab');
      await page.keyboard.type(person.age);
      await page.keyboard.press('Tab');
      // The organisation is left as "None recorded".
      await page.keyboard.press('Tab');
      await page.keyboard.type(person.mode.slice(0, 3));
      // Enter adds the next row and moves to its first cell; after the last, Tab goes on to Save.
      if (row < PEOPLE.length) await page.keyboard.press('Enter');
    }
    const sheet = page.getByRole('region', { name: 'New participants, not saved yet' }).locator('table');
    await expect(sheet.locator('tbody tr').count()).resolves.toBe(20);
    await expect(page.getByRole('combobox', { name: 'Row 20: Gender' }).inputValue()).resolves.toBe('');
    await expect(page.getByRole('combobox', { name: 'Row 19: Gender' }).inputValue()).resolves.toBe('UNDISCLOSED');
    await saveScreenshot(page, 'attendance-sheet-typed');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab'); // Remove row 20
    await page.keyboard.press('Tab'); // Add a row
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Save 20 participants');
    await page.keyboard.press('Enter');
    await eventually(
      () => page.locator('p.banner.notice[role="status"]').textContent(),
      (text) => expect(text).toBe('20 participants recorded.'),
    );

    await eventually(
      () => rowsOf(countsTable('By gender')),
      (rows) =>
        expect(rows).toEqual([
          ['Female', '4'],
          ['Male', '4'],
          ['Non-binary', '4'],
          ['Chose not to say', '4'],
          ['Not recorded', '4'],
        ]),
    );
    await expect(rowsOf(countsTable('By newcomer status'))).resolves.toEqual([
      ['Refugees and migrants', '10'],
      ['Everyone else', '10'],
    ]);
    await expect(rowsOf(countsTable('By age band'))).resolves.toEqual([
      ['Under 18', '0'],
      ['18 to 24', '0'],
      ['25 to 34', '7'],
      ['35 to 49', '7'],
      ['50 to 64', '0'],
      ['65 and over', '0'],
      ['Not recorded', '6'],
    ]);
    await expect(rowsOf(countsTable('By how they took part'))).resolves.toEqual([
      ['Onsite', '10'],
      ['Online', '10'],
    ]);
    const recorded = page.getByRole('region', { name: 'Participant records of this roundtable' }).locator('tbody tr');
    await expect(recorded.count()).resolves.toBe(20);
    // Pseudonymous: a code, never a name.
    await expect(recorded.locator('th code').allTextContents()).resolves.toEqual(Array(20).fill(expect.stringMatching(/^P-[0-9A-F]{8}$/)));
    await saveScreenshot(page, 'attendance-sheet-saved');
    await expectNoAxeViolations(page);
  });

  it("shows them in Soria's newcomer indicator and in its splits by gender and age band, those not recorded apart", async () => {
    await page.goto(`${system.baseUrl}/indicators?regions=soria`);
    const newcomers = page.getByRole('button', { name: /Newcomer participants \(attendances\), Soria: show the roundtables counted$/ });
    await expect(newcomers.textContent()).resolves.toMatch(/^10\b/);
    await newcomers.click();
    const dialog = page.getByRole('dialog', { name: /Newcomer participants \(attendances\) · Soria/ });
    const parts = (name: string) =>
      dialog
        .getByRole('table', { name })
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent?.trim())));
    await eventually(
      () => parts('By gender'),
      (rows) =>
        expect(rows).toEqual([
          ['Female', '2'],
          ['Male', '2'],
          ['Non-binary', '2'],
          ['Chose not to say', '2'],
          ['Not said in participant records', '2'],
        ]),
    );
    await expect(parts('By age band')).resolves.toEqual(
      expect.arrayContaining([
        ['25 to 34', '4'],
        ['35 to 49', '3'],
        ['Not said in participant records', '3'],
      ]),
    );
    await saveScreenshot(page, 'attendance-sheet-indicators');
    await expectNoAxeViolations(page);
  });

  it('edits one participant, deletes it after asking, restores it, and tells its history', async () => {
    await page.goto(`${system.baseUrl}/roundtables/${roundtableId}/participants`);
    const first = page.getByRole('region', { name: 'Participant records of this roundtable' }).locator('tbody tr').first();
    const code = (await first.locator('th code').textContent()) as string;

    await first.getByRole('button', { name: `Edit ${code}` }).click();
    const editor = page.getByRole('dialog', { name: `Edit ${code}` });
    await editor.getByLabel('Age band').selectOption({ label: '65 and over' });
    await editor.getByRole('button', { name: 'Save the changes' }).click();
    await eventually(
      () => page.locator('p.banner.notice[role="status"]').textContent(),
      (text) => expect(text).toBe(`${code} saved (version 2).`),
    );

    const row = page.getByRole('region', { name: 'Participant records of this roundtable' }).locator('tbody tr', { hasText: code });
    await row.getByRole('button', { name: `History of ${code}` }).click();
    const history = page.getByRole('dialog', { name: `History of ${code}` });
    await history.getByText('Changed').waitFor();
    await expect(
      history
        .getByRole('table', { name: /^Changes of/ })
        .first()
        .locator('tbody tr')
        .allTextContents(),
    ).resolves.toEqual([expect.stringMatching(/^Age band.*65 and over$/)]);
    await expectNoAxeViolations(page);
    await history.getByRole('button', { name: 'Close' }).click();

    await row.getByRole('button', { name: `Delete ${code}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${code}?` });
    // Cancel has the focus: a slip of the Enter key keeps the record.
    await expect(focused()).resolves.toBe('Keep it');
    await confirm.getByRole('button', { name: `Delete ${code}` }).click();
    await eventually(
      () => page.locator('p.banner.notice[role="status"]').textContent(),
      (text) => expect(text).toBe(`${code} deleted.`),
    );
    await page.getByRole('heading', { name: 'Recorded participants (19)' }).waitFor();

    const deleted = page.locator('section', { has: page.getByRole('heading', { name: 'Deleted participants' }) });
    await deleted.getByRole('button', { name: `Restore ${code}` }).click();
    await eventually(
      () => page.locator('p.banner.notice[role="status"]').textContent(),
      (text) => expect(text).toBe(`${code} restored.`),
    );
    await page.getByRole('heading', { name: 'Recorded participants (20)' }).waitFor();
    await expect(deleted.getByText('No deleted participants.').count()).resolves.toBe(1);
  });

  it('checks a CSV file of participants before importing it, naming each problem by line and column', async () => {
    await page.goto(`${system.baseUrl}/roundtables/${roundtableId}/participants`);
    // The template is the repository's, made-up people on # lines the import skips.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the template (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('participants-import.csv');
    await expect(readFile(await download.path(), 'utf8')).resolves.toBe(
      await readFile(path.join(REPO_ROOT, 'templates/participants-import.csv'), 'utf8'),
    );
    const file = (text: string) =>
      page
        .getByLabel('CSV file', { exact: true })
        .setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const header = 'category,newcomer,gender,age_band,organisation,mode';
    await file([header, 'NGO,maybe,,,,onsite', ''].join('\n'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file has 1 problem' }).waitFor();
    await expect(rowsOf(page.getByRole('region', { name: 'Problems in the file' }).locator('table'))).resolves.toEqual([
      ['2', 'newcomer', 'must be yes or no; got "maybe"'],
    ]);
    await expect(page.getByRole('button', { name: 'Import the checked file' }).isDisabled()).resolves.toBe(true);

    await file([header, 'VOLUNTEER,no,female,65+,,online', ''].join('\n'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file has no problems' }).waitFor();
    await expect(rowsOf(page.getByRole('region', { name: 'The participants the file records' }).locator('table'))).resolves.toEqual([
      ['2', 'Volunteers', 'No', 'Female', '65 and over', '–', 'Online'],
    ]);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import the checked file' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await page.getByRole('heading', { name: 'Recorded participants (21)' }).waitFor();
  });
});
