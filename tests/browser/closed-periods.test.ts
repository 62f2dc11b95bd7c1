import type { Browser, Page } from 'playwright-core';
import { apiToken, graphql, roundtableNumbers } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { EVALUATOR, SORIA_COORDINATOR, signIn } from './support/users';

const REASON = 'The 2023 figures were reported to the funder on 15 April.';
const REOPEN_REASON = 'A roundtable of March 2023 was left out of the report.';
const ELSEWHERE = 'Closed from the evaluation office.';

// Once a period's figures are reported, a reviewer closes it: the review page lists every period,
// open or closed (by whom, when, why); a coordinator who dates a roundtable inside a closed period
// is told so by the form, and the API refuses it; reopened, with the reason, the period takes
// changes again.
describe('closing a reporting period', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let evaluator: Page;
  let coordinator: Page;
  let evaluatorToken: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [EVALUATOR, SORIA_COORDINATOR] });
    browser = await launchChromium();
    [evaluatorToken, coordinatorToken] = await Promise.all([
      apiToken(system.baseUrl, EVALUATOR),
      apiToken(system.baseUrl, SORIA_COORDINATOR),
    ]);
    [evaluator, coordinator] = await Promise.all([newPage(browser), newPage(browser)]);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/review');
    await signIn(coordinator, system.baseUrl, SORIA_COORDINATOR, '/regions/soria');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const periods = (page: Page) =>
    page
      .locator('table.closed-periods tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
  const standing = async (page: Page, label: string) => (await periods(page)).find((row) => row[0] === label)?.[2];
  const status = (page: Page) => page.locator('p.banner.notice[role="status"]').textContent();
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

  it('lists every reporting period as open, and shows the API refusal to close one closed meanwhile', async () => {
    await evaluator.getByRole('heading', { level: 2, name: 'Reporting periods' }).waitFor();
    await eventually(
      () => periods(evaluator),
      (rows) =>
        expect(rows).toEqual([
          ['Share SIRA project (2021–2023)', 'Jan 1, 2021 to Mar 31, 2023', 'Open', 'Close… period Share SIRA project (2021–2023)'],
          ['2021', 'Jan 1, 2021 to Dec 31, 2021', 'Open', 'Close… period 2021'],
          ['2022', 'Jan 1, 2022 to Dec 31, 2022', 'Open', 'Close… period 2022'],
          ['2023 (to March)', 'Jan 1, 2023 to Mar 31, 2023', 'Open', 'Close… period 2023 (to March)'],
        ]),
    );

    // Another reviewer closes 2021 while this page still shows it open.
    await graphql(
      system.baseUrl,
      evaluatorToken,
      'mutation ($reason: String!) { closeReportingPeriod(period: "2021", reason: $reason) { periodCode } }',
      {
        reason: ELSEWHERE,
      },
    );
    await evaluator.getByRole('button', { name: 'Close… period 2021' }).click();
    const dialog = evaluator.getByRole('dialog', { name: 'Close the period 2021?' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Why it is closed (required)' }).fill('Reported.');
    await dialog.getByRole('button', { name: 'Close it' }).click();
    const alert = dialog.getByRole('alert');
    await eventually(
      () => alert.textContent(),
      (text) => expect(text).toBe('Reporting period 2021 is closed already.Reload the reporting periods'),
    );
    await expect(focused(evaluator)).resolves.toMatch(/^Reporting period 2021 is closed already\./);
    await alert.getByRole('button', { name: 'Reload the reporting periods' }).click();
    await eventually(
      () => standing(evaluator, '2021'),
      (text) => expect(text).toMatch(new RegExp(`^Closed by Eva Evaluadora on .+Reason: ${ELSEWHERE}$`)),
    );
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('offers no change and no review step on a record dated in the closed 2021, and says why', async () => {
    await coordinator.goto(`${system.baseUrl}/regions/soria`);
    const third = coordinator.locator('li.roundtable', {
      has: coordinator.getByRole('heading', { level: 3, name: /^Roundtable 3 ·/ }),
    });
    await eventually(
      () => third.locator('.locked-note').textContent(),
      (text) =>
        expect(text).toBe(
          'Dated in reporting period 2021, which is closed to changes: nothing about it can be changed or reviewed until an administrator or an evaluator reopens the period.',
        ),
    );
    await expect(third.getByRole('link', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expect(
      third
        .getByRole('button')
        .filter({ hasText: /Delete|Submit|Reopen/ })
        .count(),
    ).resolves.toBe(0);
  });

  it('lets an evaluator close 2023 with a reason; the page shows it closed, in English and Spanish', async () => {
    await evaluator.getByRole('button', { name: 'Close… period 2023 (to March)' }).click();
    const dialog = evaluator.getByRole('dialog', { name: 'Close the period 2023 (to March)?' });
    await dialog.waitFor();
    await expect(dialog.locator('p').first().textContent()).resolves.toBe(
      'Nothing dated from Jan 1, 2023 to Mar 31, 2023 can then be recorded, changed, deleted, restored, imported or reviewed until a reviewer reopens the period. Your reason is shown to whoever is refused a change.',
    );
    // A closure must say why: refused here, beside the field.
    await dialog.getByRole('button', { name: 'Close it' }).click();
    await expect(dialog.locator('.field-error').textContent()).resolves.toBe(
      'Give the reason: the people whose records it affects need to know why.',
    );
    await expectNoAxeViolations(evaluator);
    await dialog.getByRole('textbox', { name: 'Why it is closed (required)' }).fill(REASON);
    await dialog.getByRole('button', { name: 'Close it' }).click();

    await eventually(
      () => status(evaluator),
      (text) => expect(text).toBe('Reporting period 2023 (to March) closed to changes.'),
    );
    await expect(focused(evaluator)).resolves.toBe('Reporting period 2023 (to March) closed to changes.');
    await eventually(
      () => periods(evaluator),
      (rows) =>
        expect(rows.at(-1)).toEqual([
          '2023 (to March)',
          'Jan 1, 2023 to Mar 31, 2023',
          expect.stringMatching(new RegExp(`^Closed by Eva Evaluadora on \\w{3} \\d{1,2}, \\d{4}, .+Reason: ${REASON}$`)),
          'Reopen… period 2023 (to March)',
        ]),
    );
    await evaluator.locator('table.closed-periods').scrollIntoViewIfNeeded();
    await saveScreenshot(evaluator, 'closed-periods');
    await expectNoAxeViolations(evaluator);

    await evaluator.getByLabel('Language').selectOption('es');
    await evaluator.getByRole('heading', { level: 2, name: 'Periodos de informe' }).waitFor();
    await eventually(
      () => standing(evaluator, '2023 (hasta marzo)'),
      (text) => expect(text).toMatch(new RegExp(`^Cerrado por Eva Evaluadora el .+Motivo: ${REASON}$`)),
    );
    await expect(evaluator.getByRole('button', { name: 'Reabrir… el periodo 2023 (hasta marzo)' }).count()).resolves.toBe(1);
    await evaluator.getByLabel('Idioma').selectOption('en');
    await evaluator.getByRole('heading', { level: 2, name: 'Reporting periods' }).waitFor();
  });

  it("tells a coordinator who dates a roundtable in 2023 that the period is closed, and shows the API's refusal", async () => {
    const before = await roundtableNumbers(system.baseUrl, coordinatorToken, 'soria');
    await coordinator.goto(`${system.baseUrl}/regions/soria`);
    await coordinator.getByRole('link', { name: 'Record a roundtable' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Record a roundtable · Soria' }).waitFor();
    const note = coordinator.locator('.closed-period-note');
    await coordinator.getByLabel('Date').fill('2022-12-31');
    await expect(note.textContent()).resolves.toBe('');
    await coordinator.getByLabel('Date').fill('2023-02-10');
    await eventually(
      () => note.textContent(),
      (text) =>
        expect(text).toBe(
          `This date falls in reporting period 2023 (Jan 1, 2023 to Mar 31, 2023), closed to changes by Eva Evaluadora: the roundtable cannot be saved until an administrator or an evaluator reopens the period. The reason given: “${REASON}”`,
        ),
    );
    await coordinator.getByRole('textbox', { name: 'Title', exact: true }).fill('Attendance sheet');
    await coordinator.getByRole('button', { name: 'Record the roundtable' }).click();

    // The form does not refuse it on its own: the API decides, and says why in its words.
    const refusal = `is dated inside reporting period 2023 (2023-01-01 to 2023-03-31), closed to changes by Eva Evaluadora: "${REASON}". Ask an ADMIN or EVALUATOR to reopen the period first.`;
    await eventually(
      () => coordinator.locator('.error-summary li').allTextContents(),
      (items) => expect(items).toEqual([expect.stringContaining(refusal)]),
    );
    await expect(coordinator.evaluate(() => document.activeElement?.className ?? '')).resolves.toBe('error-summary');
    await saveScreenshot(coordinator, 'closed-period-form');
    await expectNoAxeViolations(coordinator);
    expect(await roundtableNumbers(system.baseUrl, coordinatorToken, 'soria')).toEqual(before);
  });

  it('lets the evaluator reopen 2023 with the reason; the roundtable is then recorded', async () => {
    await evaluator.getByRole('button', { name: 'Reopen… period 2023 (to March)' }).click();
    const dialog = evaluator.getByRole('dialog', { name: 'Reopen the period 2023 (to March)?' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Why it is reopened (required)' }).fill(REOPEN_REASON);
    await dialog.getByRole('button', { name: 'Reopen it' }).click();
    await eventually(
      () => status(evaluator),
      (text) => expect(text).toBe('Reporting period 2023 (to March) reopened for changes.'),
    );
    await expect(focused(evaluator)).resolves.toBe('Reporting period 2023 (to March) reopened for changes.');
    await eventually(
      () => standing(evaluator, '2023 (to March)'),
      (text) => expect(text).toBe('Open'),
    );
    await expect(evaluator.getByRole('button', { name: 'Close… period 2023 (to March)' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(evaluator);

    // The coordinator's form, unchanged, is now accepted.
    const before = await roundtableNumbers(system.baseUrl, coordinatorToken, 'soria');
    await coordinator.getByRole('button', { name: 'Record the roundtable' }).click();
    await coordinator.waitForURL(`${system.baseUrl}/regions/soria`);
    await eventually(
      () => roundtableNumbers(system.baseUrl, coordinatorToken, 'soria'),
      (numbers) => expect(numbers).toEqual([...before, Math.max(...before) + 1]),
    );
  });
});
