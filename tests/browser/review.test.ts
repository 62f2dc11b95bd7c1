import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, createRoundtable, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { EVALUATOR, FUNDER, SORIA_COORDINATOR, signIn } from './support/users';

const roundtableInput = (number: number, date: string) => ({
  region: 'soria',
  number,
  date,
  format: 'ONSITE',
  attendance: { participants: 11, onsite: 11 },
  categories: [{ code: 'NGO' }],
  sources: [{ title: 'Attendance sheet' }],
});

// Submitted by this test, today: a date, whatever the day the test runs.
const SUBMITTED_TODAY = expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
const RETURN_COMMENT = 'The attendance sheet gives no duration: add it from the minutes.';

// A record is counted for funders only once a reviewer has approved it. A coordinator submits
// Soria's new roundtables; an evaluator returns one with a comment from the review queue; the
// coordinator reads the comment, corrects the record and submits it again; the evaluator
// approves both at once, and only then does the funder see them.
describe('the review of roundtables', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let coordinator: Page;
  let evaluator: Page;
  let funder: Page;
  let coordinatorToken: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR, EVALUATOR, FUNDER] });
    browser = await launchChromium();
    coordinatorToken = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    await createRoundtable(system.baseUrl, coordinatorToken, roundtableInput(8, '2022-05-10'));
    await createRoundtable(system.baseUrl, coordinatorToken, roundtableInput(9, '2022-06-14'));
    [coordinator, evaluator, funder] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
    await signIn(coordinator, system.baseUrl, SORIA_COORDINATOR, '/regions/soria');
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/review');
    await signIn(funder, system.baseUrl, FUNDER, '/regions/soria');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const roundtable = (page: Page, number: number): Locator =>
    page.locator('li.roundtable', { has: page.getByRole('heading', { level: 3, name: new RegExp(`^Roundtable ${number} ·`) }) });
  const badge = (page: Page, number: number) => roundtable(page, number).locator('.review-badge').textContent();
  const status = (page: Page) => page.locator('p.banner.notice[role="status"]').textContent();
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
  const queueRows = (page: Page) =>
    page
      .locator('table.review-queue tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent?.trim() ?? '')));
  /** Soria's row of ROUNDTABLES_HELD in the project's report: the roundtables held, the target, the progress. */
  const reportedHeld = async (page: Page) => {
    await page.goto(`${system.baseUrl}/report`);
    const row = page.locator('tbody[data-indicator="ROUNDTABLES_HELD"] tr[data-region="soria"]');
    await row.waitFor();
    return (await row.locator('th, td').allTextContents()).slice(0, 4).map((text) => text.replace(/\s+/g, ' ').trim());
  };
  const openRegion = async (page: Page) => {
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.locator('li.roundtable').first().waitFor();
  };

  it('lets the coordinator submit new roundtables, which funders do not see', async () => {
    await openRegion(coordinator);
    await expect(badge(coordinator, 8)).resolves.toBe('Review: Draft');
    // A published roundtable is approved, so locked: no edit or delete, and who can reopen it.
    const published = roundtable(coordinator, 3);
    await expect(badge(coordinator, 3)).resolves.toBe('Review: Approved');
    await expect(published.getByRole('link', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expect(published.getByRole('button', { name: /^Delete/ }).count()).resolves.toBe(0);
    await expect(published.locator('.locked-note').textContent()).resolves.toMatch(
      /^Approved, so locked: .* An administrator or an evaluator can reopen it/,
    );

    for (const number of [8, 9]) {
      await roundtable(coordinator, number)
        .getByRole('button', { name: `Submit for review roundtable ${number}` })
        .click();
      await eventually(
        () => status(coordinator),
        (text) => expect(text).toBe(`Roundtable ${number} submitted for review.`),
      );
      await expect(focused(coordinator)).resolves.toBe(`Roundtable ${number} submitted for review.`);
      await eventually(
        () => badge(coordinator, number),
        (text) => expect(text).toBe('Review: Waiting for review'),
      );
    }
    await eventually(
      () => coordinator.locator('p.records-scope').textContent(),
      (text) =>
        expect(text).toBe(
          'Counted: All recorded records (drafts and records waiting for review included) · 2 roundtables waiting for review',
        ),
    );
    // Only reviewers take the next step.
    await expect(
      roundtable(coordinator, 8)
        .getByRole('button', { name: /^Approve/ })
        .count(),
    ).resolves.toBe(0);

    await openRegion(funder);
    await expect(roundtable(funder, 3).count()).resolves.toBe(1);
    await expect(roundtable(funder, 8).count()).resolves.toBe(0);
    await expect(roundtable(funder, 9).count()).resolves.toBe(0);
    await expect(funder.locator('.review-badge').count()).resolves.toBe(0);
    // Nor does the funder's report count them: Soria has held its published roundtable only.
    await expect(reportedHeld(funder)).resolves.toEqual(['Soria', '1', '4', '25%']);
    await openRegion(funder);
    await expect(funder.locator('p.records-scope').textContent()).resolves.toBe(
      'Counted: Approved records only A roundtable is counted here once a reviewer has approved it.',
    );
  });

  it('lets an evaluator return one from the review queue, with a comment', async () => {
    await evaluator.goto(`${system.baseUrl}/review?regions=soria`);
    await evaluator.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await eventually(
      () => queueRows(evaluator),
      (rows) =>
        expect(rows).toEqual([
          ['Soria', '8', 'May 10, 2022', 'Onsite', '11', 'Review: Waiting for review', SUBMITTED_TODAY, 'Open Roundtable 8, Soria'],
          ['Soria', '9', 'Jun 14, 2022', 'Onsite', '11', 'Review: Waiting for review', SUBMITTED_TODAY, 'Open Roundtable 9, Soria'],
        ]),
    );
    // The region filter narrows the queue, as it narrows every page.
    await expect(evaluator.getByRole('checkbox', { name: 'Soria', exact: true }).isChecked()).resolves.toBe(true);
    await expect(evaluator.getByRole('link', { name: 'Review queue' }).getAttribute('aria-current')).resolves.toBe('page');

    // Nothing selected: said, where the focus goes, and nothing sent.
    await evaluator.getByRole('button', { name: 'Approve selected' }).click();
    await expect(evaluator.getByRole('alert').textContent()).resolves.toBe('Select at least one roundtable first.');
    await expect(focused(evaluator)).resolves.toBe('Select at least one roundtable first.');

    await evaluator.getByRole('checkbox', { name: 'Select roundtable 8 of Soria' }).check();
    await expect(evaluator.locator('.selection-count').textContent()).resolves.toBe('1 roundtable selected');
    await evaluator.getByRole('button', { name: 'Return selected…' }).click();
    const dialog = evaluator.getByRole('dialog', { name: 'Return 1 roundtable?' });
    await dialog.waitFor();
    const comment = dialog.getByRole('textbox', { name: 'What should be corrected (required)' });
    await expect(evaluator.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
    // A return must say why: refused here, beside the field.
    await dialog.getByRole('button', { name: 'Return it' }).click();
    await expect(dialog.locator('.field-error').textContent()).resolves.toBe('Write a comment: the coordinator needs to know why.');
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(evaluator);
    await comment.fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Return it' }).click();

    await eventually(
      () => status(evaluator),
      (text) => expect(text).toBe('1 roundtable returned to its coordinator.'),
    );
    await expect(focused(evaluator)).resolves.toBe('1 roundtable returned to its coordinator.');
    await eventually(
      () => queueRows(evaluator),
      (rows) => expect(rows.map((row) => row[1])).toEqual(['9']),
    );
  });

  it('shows the coordinator why it was returned; corrected, it is submitted again', async () => {
    await openRegion(coordinator);
    const returned = roundtable(coordinator, 8);
    await expect(badge(coordinator, 8)).resolves.toBe('Review: Returned for changes');
    await expect(returned.locator('.review-comment').textContent()).resolves.toBe(
      `Returned by the reviewer${RETURN_COMMENT}Correct the record as asked, then submit it for review again.`,
    );
    await returned.scrollIntoViewIfNeeded();
    await saveScreenshot(coordinator, 'review-returned');
    await expectNoAxeViolations(coordinator);
    await returned.getByRole('link', { name: 'Edit roundtable 8' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Edit roundtable 8 · Soria' }).waitFor();
    // The comment is beside the form it asks to correct.
    await expect(coordinator.locator('.review-comment blockquote').textContent()).resolves.toBe(RETURN_COMMENT);
    await coordinator.getByRole('textbox', { name: 'Duration (minutes)', exact: true }).fill('120');
    await coordinator.getByRole('button', { name: 'Save changes' }).click();
    await coordinator.waitForURL(`${system.baseUrl}/regions/soria`);
    await eventually(
      () => status(coordinator),
      (text) => expect(text).toBe('Roundtable 8 saved.'),
    );
    await roundtable(coordinator, 8).getByRole('button', { name: 'Submit for review roundtable 8' }).click();
    await eventually(
      () => badge(coordinator, 8),
      (text) => expect(text).toBe('Review: Waiting for review'),
    );
    await expect(roundtable(coordinator, 8).locator('.review-comment').count()).resolves.toBe(0);
  });

  it('shows the API refusal of a step on a record changed meanwhile, and reloads it', async () => {
    await createRoundtable(system.baseUrl, coordinatorToken, roundtableInput(10, '2022-07-01'));
    await openRegion(coordinator);
    await expect(badge(coordinator, 10)).resolves.toBe('Review: Draft');
    // The coordinator's offline agent reads the region ahead once it loads; read after the step below, it would
    // show the page the submitted record before the click this test makes on the stale one.
    await coordinator.waitForLoadState('networkidle');
    const { roundtables } = await graphql<{ roundtables: { id: string; number: number; version: number }[] }>(
      system.baseUrl,
      coordinatorToken,
      '{ roundtables(filter: { regions: ["soria"] }, states: [DRAFT]) { id number version } }',
    );
    const draft = roundtables.find((candidate) => candidate.number === 10);
    await graphql(
      system.baseUrl,
      coordinatorToken,
      'mutation ($records: [RecordVersionInput!]!) { reviewRoundtables(action: SUBMIT, records: $records) { id } }',
      { records: [{ id: draft?.id, version: draft?.version }] },
    );
    // The page still shows the draft it read; submitting it again is refused by the API, in its words.
    const item = roundtable(coordinator, 10);
    await item.getByRole('button', { name: 'Submit for review roundtable 10' }).click();
    const alert = item.getByRole('alert');
    await eventually(
      () => alert.textContent(),
      (text) => expect(text).toMatch(/^Nothing was changed\. Roundtable soria #10 changed since you read it .*Reload the roundtables$/),
    );
    await expect(focused(coordinator)).resolves.toMatch(/^Nothing was changed\./);
    await alert.getByRole('button', { name: 'Reload the roundtables' }).click();
    await eventually(
      () => badge(coordinator, 10),
      (text) => expect(text).toBe('Review: Waiting for review'),
    );
  });

  it('lets the evaluator approve several at once; funders then see them, locked', async () => {
    await evaluator.goto(`${system.baseUrl}/review?regions=soria`);
    await eventually(
      () => queueRows(evaluator),
      (rows) => expect(rows.map((row) => row[1])).toEqual(['8', '9', '10']),
    );
    await expectNoAxeViolations(evaluator);
    await saveScreenshot(evaluator, 'review-queue');
    await evaluator.getByRole('checkbox', { name: 'Select roundtable 8 of Soria' }).check();
    await evaluator.getByRole('checkbox', { name: 'Select roundtable 9 of Soria' }).check();
    await expect(evaluator.locator('.selection-count').textContent()).resolves.toBe('2 roundtables selected');
    await evaluator.getByRole('button', { name: 'Approve selected' }).click();
    await eventually(
      () => status(evaluator),
      (text) => expect(text).toBe('2 roundtables approved.'),
    );
    await expect(focused(evaluator)).resolves.toBe('2 roundtables approved.');
    await eventually(
      () => queueRows(evaluator),
      (rows) => expect(rows.map((row) => row[1])).toEqual(['10']),
    );

    // The link of a row opens the record on its region's page.
    await evaluator.getByRole('link', { name: 'Open roundtable 10, Soria' }).click();
    await evaluator.waitForURL(/\/regions\/soria#roundtable-/);
    await eventually(
      () => evaluator.evaluate(() => document.activeElement?.id ?? ''),
      (id) => expect(id).toMatch(/^roundtable-/),
    );
    await expect(badge(evaluator, 10)).resolves.toBe('Review: Waiting for review');

    // The history says who took each step, when, and why.
    const history = roundtable(evaluator, 8);
    await history.locator('summary', { hasText: 'History' }).click();
    await eventually(
      () => history.locator('.history-meta strong').allTextContents(),
      (actions) =>
        expect(actions).toEqual([
          'Approved',
          'Submitted for review',
          'Changed',
          'Returned for changes',
          'Submitted for review',
          'Recorded',
        ]),
    );
    await expect(history.locator('.history-review').nth(2).textContent()).resolves.toMatch(
      new RegExp(`^Eva Evaluadora \\(Evaluator\\) returned it to its coordinator on .+, to be corrected\\.Comment${RETURN_COMMENT}$`),
    );

    await openRegion(funder);
    await eventually(
      () => roundtable(funder, 8).count(),
      (count) => expect(count).toBe(1),
    );
    await expect(roundtable(funder, 9).count()).resolves.toBe(1);
    await expect(roundtable(funder, 10).count()).resolves.toBe(0);
    // The funder's report counts the two approved, and not the one still waiting.
    await eventually(
      () => reportedHeld(funder),
      (cells) => expect(cells).toEqual(['Soria', '3', '4', '75%']),
    );

    await openRegion(coordinator);
    await expect(badge(coordinator, 8)).resolves.toBe('Review: Approved');
    await expect(roundtable(coordinator, 8).getByRole('link', { name: 'Edit roundtable 8' }).count()).resolves.toBe(0);
    await expect(roundtable(coordinator, 8).locator('.locked-note').count()).resolves.toBe(1);
  });

  it('counts approved records only when asked, and says so', async () => {
    await coordinator.goto(`${system.baseUrl}/compare`);
    const note = coordinator.locator('p.records-scope');
    await eventually(
      () => note.textContent(),
      (text) => expect(text).toMatch(/^Counted: All recorded records .* · 1 roundtable waiting for review$/),
    );
    await coordinator.getByRole('checkbox', { name: 'Approved records only' }).check();
    await coordinator.waitForURL(/approved=1/);
    await eventually(
      () => note.textContent(),
      (text) => expect(text).toBe('Counted: Approved records only · 1 roundtable waiting for review'),
    );
  });
});
