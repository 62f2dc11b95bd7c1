import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiToken, createRoundtable, graphql, reopenRoundtable, roundtableNumbers } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, REPO_ROOT, startBuiltSystem } from './support/system';
import { EVALUATOR, SORIA_COORDINATOR, signIn } from './support/users';

const HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
// More organisations than participants: a validation rule's warning, which the preview shows and the import takes.
const NEW_ROW =
  'soria,8,2022-09-14,onsite,120,15,,,15,16,LOCAL_AUTHORITY;NEWCOMER,LANGUAGE;CHILDCARE,https://example.org/soria-roundtable-8';
const CHANGED_ROW =
  'soria,3,2021-11-24,hybrid,150,21,,18,3,,MIGRANT_LED_ORGANISATION;NEWCOMER;NGO;REGIONAL_AUTHORITY;VOLUNTEER,PUBLIC_SPEAKING;LANGUAGE;TRANSPORT;DIGITAL_GAP;TIME_SCHEDULE,https://example.org/soria-roundtable-3';
const BAD_FILE = [
  HEADER,
  'soria,10,2022-13-01,online,,10,,12,3,,NGO;BOGUS,,https://example.org/soria-10',
  'teruel,1,2022-03-01,,,,,,,,,,https://example.org/teruel-1',
  '',
].join('\n');

// A coordinator imports a spreadsheet of roundtables: the check shows what each row would
// do, or every problem to fix, and only a file checked and found valid can be imported.
describe('importing roundtables from CSV', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR, EVALUATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, SORIA_COORDINATOR);
    token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const importButton = () => page.getByRole('button', { name: 'Import', exact: true });
  const tableRows = (caption: string) =>
    page
      .getByRole('region', { name: caption })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  const choose = (name: string, text: string) =>
    page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  /** Drops a file on the zone, as a file dragged from the desktop arrives. */
  const drop = (name: string, text: string) =>
    page.locator('.drop-zone').evaluate(
      (zone, file) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, text },
    );

  it('offers the template the repository keeps', async () => {
    await page.goto(`${system.baseUrl}/`);
    await page.getByRole('link', { name: 'Import roundtables' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import roundtables' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the template (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('roundtables-import.csv');
    await expect(readFile(await download.path(), 'utf8')).resolves.toBe(
      await readFile(path.join(REPO_ROOT, 'templates/roundtables-import.csv'), 'utf8'),
    );
    await expect(importButton().isDisabled()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });

  it('previews what a valid file does, then imports it', async () => {
    // Soria's third roundtable is published, so approved: a reviewer reopens it for the change.
    await reopenRoundtable(system.baseUrl, await apiToken(system.baseUrl, EVALUATOR), 'soria', 3, 'Duration to be added.');
    await createRoundtable(system.baseUrl, token, {
      region: 'soria',
      number: 9,
      date: '2022-10-05',
      attendance: { participants: 9 },
      sources: [{ title: 'Attendance sheet', url: 'https://example.org/soria-roundtable-9' }],
    });
    const exported = await graphql<{ roundtablesCsv: string }>(system.baseUrl, token, '{ roundtablesCsv(filter: { regions: ["soria"] }) }');
    const unchangedRow = exported.roundtablesCsv.split('\r\n').find((line) => line.startsWith('soria,9,')) ?? '';
    await page.goto(`${system.baseUrl}/import`);
    await choose('soria.csv', [HEADER, NEW_ROW, CHANGED_ROW, unchangedRow, ''].join('\r\n'));
    await page.getByText(/^Chosen: soria\.csv \(/).waitFor();
    await expect(importButton().isDisabled()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('heading', { level: 2, name: 'The file can be imported' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('The file can be imported');
    await expect(page.getByText('If imported: 1 new, 1 updated, 1 unchanged.').count()).resolves.toBe(1);
    expect(await tableRows('What the import does with each row')).toEqual([
      [
        '2',
        'soria',
        '8',
        'New',
        '–',
        'organisations: is more than the number of participants (15), while each organisation represented has someone there; check both',
      ],
      ['3', 'soria', '3', 'Update', 'duration_minutes, source_url', '–'],
      ['4', 'soria', '9', 'Unchanged', '–', '–'],
    ]);
    await saveScreenshot(page, 'import-preview');
    await expectNoAxeViolations(page);
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual([3, 9]);

    await importButton().click();
    await page.getByRole('heading', { level: 2, name: 'Imported', exact: true }).waitFor();
    await expect(page.locator('.import-outcome p').first().textContent()).resolves.toBe('Done: 1 new, 1 updated, 1 unchanged.');
    await expect(importButton().isDisabled()).resolves.toBe(true);
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual([3, 8, 9]);
  });

  it('lists every problem of a file and keeps Import disabled', async () => {
    await page.goto(`${system.baseUrl}/import`);
    await choose('good.csv', [HEADER, NEW_ROW.replace('soria,8,', 'soria,11,'), ''].join('\n'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('heading', { level: 2, name: 'The file can be imported' }).waitFor();
    await expect(importButton().isDisabled()).resolves.toBe(false);

    // Another file replaces the one checked: it must be checked in its turn.
    await drop('bad.csv', BAD_FILE);
    await page.getByText(/^Chosen: bad\.csv \(/).waitFor();
    await expect(importButton().isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('heading', { level: 2, name: 'The file has 6 problems' }).waitFor();
    await eventually(
      () => tableRows('Problems in the file'),
      (rows) =>
        expect(rows).toEqual([
          ['2', 'date', 'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2022-13-01"'],
          ['2', 'online', 'must be at most the number of participants (10); correct it or the participants'],
          [
            '2',
            'online',
            'online (12) + onsite (3) must be at most the number of participants (10); correct the split or the participants',
          ],
          ['2', 'onsite', 'must be empty or 0 for an online roundtable (3 given); correct it or the format'],
          ['2', 'categories', expect.stringMatching(/^"BOGUS" is not a stakeholder category; known: REGIONAL_AUTHORITY, /)],
          ['3', 'region', 'you coordinate soria; teruel is not one of your regions'],
        ]),
    );
    await expect(importButton().isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, 'import-problems');
    await expectNoAxeViolations(page);
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual([3, 8, 9]);
  });

  it('refuses a file saved as Latin-1 at once, naming the encoding and how to save it as UTF-8', async () => {
    await page.goto(`${system.baseUrl}/import`);
    const latin1 = Buffer.from([HEADER, 'soria,12,2022-10-05,onsite,,9,,,9,,,,https://example.org/alcañiz', ''].join('\n'), 'latin1');
    await page.getByLabel('CSV file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
    await page.getByRole('heading', { level: 2, name: 'The file was not checked' }).waitFor();
    await expect(page.locator('.import-outcome .form-error').textContent()).resolves.toMatch(
      /^The file is not UTF-8: it looks like Windows-1252 \(Latin-1\) \(line 2 reads “….*alcañiz” in it\)\. Nothing was checked\. Save it as UTF-8 .*“CSV UTF-8 \(Comma delimited\)”/,
    );
    await expect(page.getByRole('button', { name: 'Check file' }).isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, 'import-not-utf8');
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual([3, 8, 9]);
  });
});
