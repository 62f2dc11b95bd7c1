import type { Browser, Page } from 'playwright-core';
import { apiToken, createRoundtable, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, EVALUATOR, FUNDER, SORIA_COORDINATOR, signIn } from './support/users';

// A figure far from its usual, from the region page to the reviewer's mark: six Soria roundtables
// recorded through the API, one of them 1,400 minutes long. The reviewer sees its flag beside the
// figure, marks it checked from the Data quality page, and the mark shows in the flag and the
// history; a follow-up asked of the coordinator is among its follow-ups; a funder sees no flag.
describe('figures far from their usual', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let evaluator: Page;
  let long: { id: string };

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN, EVALUATOR, SORIA_COORDINATOR, FUNDER] });
    const admin = await apiToken(system.baseUrl, ADMIN);
    const record = (number: number, durationMinutes: number) =>
      createRoundtable(system.baseUrl, admin, {
        region: 'soria',
        number,
        date: `2022-05-${String(number - 190).padStart(2, '0')}`,
        format: 'ONSITE',
        durationMinutes,
        sources: [{ title: 'Minutes kept by the platform' }],
      });
    for (const [index, minutes] of [100, 110, 120, 130, 140].entries()) await record(201 + index, minutes);
    long = await record(206, 1_400);
    browser = await launchChromium();
    evaluator = await newPage(browser);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/regions/soria');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const flagOf = (page: Page) =>
    page.locator(`#roundtable-${long.id}`).getByRole('img', { name: /^Far from the usual: duration in minutes/ });

  it('flags the figure on the region page, its scores and status in its label', async () => {
    const flag = flagOf(evaluator);
    await flag.waitFor();
    expect(await flag.getAttribute('aria-label')).toMatch(
      /^Far from the usual: duration in minutes, score [\d.,]+ against the region and [\d.,]+ against the project; not reviewed yet\.$/,
    );
    // The ordinary durations beside it are not flagged.
    await expect(evaluator.getByRole('img', { name: /^Far from the usual/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(evaluator);
  });

  it('lets the reviewer mark it checked on the Data quality page, with a comment', async () => {
    await evaluator.goto(`${system.baseUrl}/quality`);
    const section = evaluator.locator('#outliers');
    await section.getByRole('heading', { name: 'Figures far from their usual' }).waitFor();
    await expect(section.getByLabel('Review status').inputValue()).resolves.toBe('UNREVIEWED');
    const row = section.locator('table.outliers tbody tr', { hasText: '1,400' });
    await row.waitFor();
    await expect(row.locator('td').first().textContent()).resolves.toBe('Soria');
    await expectNoAxeViolations(evaluator);

    await row.getByRole('button', { name: 'Checked… duration in minutes of roundtable 206, Soria' }).click();
    const dialog = evaluator.getByRole('dialog', { name: 'Mark the duration in minutes of roundtable 206, Soria, as checked?' });
    await dialog.getByRole('button', { name: 'Mark it checked' }).click();
    // Empty, it is refused beside the field.
    await dialog.getByText('Say why: the coordinator and later reviewers read it.').waitFor();
    await dialog.getByLabel('Comment (required)').fill('Two days of work in one session, as the minutes say.');
    await dialog.getByRole('button', { name: 'Mark it checked' }).click();
    await section.getByRole('status').filter({ hasText: 'Marked checked: the duration in minutes of roundtable 206, Soria.' }).waitFor();
    await eventually(
      () => section.locator('table.outliers tbody tr', { hasText: '1,400' }).count(),
      (count) => expect(count).toBe(0),
    );

    await section.getByLabel('Review status').selectOption('CHECKED');
    const checked = section.locator('table.outliers tbody tr', { hasText: '1,400' });
    await checked.waitFor();
    await expect(checked.textContent()).resolves.toContain('Two days of work in one session, as the minutes say.');
    await saveScreenshot(evaluator, 'outliers');
  });

  it('shows the mark in the flag and in the history', async () => {
    await evaluator.goto(`${system.baseUrl}/regions/soria`);
    const flag = flagOf(evaluator);
    await flag.waitFor();
    expect(await flag.getAttribute('aria-label')).toMatch(/; checked by Eva Evaluadora: right as recorded\.$/);
    const item = evaluator.locator(`#roundtable-${long.id}`);
    await item.locator('summary', { hasText: 'History' }).click();
    await item
      .locator('.history-review')
      .filter({
        hasText: /^Eva Evaluadora \(Evaluator\) checked its duration in minutes, 1,400, on .+: far from the usual, but right as recorded\./,
      })
      .waitFor();
  });

  it("lists a follow-up among the coordinator's follow-ups", async () => {
    await graphql(
      system.baseUrl,
      await apiToken(system.baseUrl, EVALUATOR),
      `mutation($id: ID!) { markOutlier(roundtableId: $id, measure: DURATION_MINUTES, status: FOLLOW_UP,
        comment: "Is it 140 minutes?", seen: { min: 1400, max: 1400 }) { status } }`,
      { id: long.id },
    );
    const coordinator = await newPage(browser);
    await signIn(coordinator, system.baseUrl, SORIA_COORDINATOR, '/quality');
    const section = coordinator.locator('#outliers');
    await expect(section.getByLabel('Review status').inputValue()).resolves.toBe('FOLLOW_UP');
    const row = section.locator('table.outliers tbody tr', { hasText: '1,400' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Is it 140 minutes?');
    // Coordinators do not mark.
    await expect(section.getByRole('button', { name: /^Checked…/ }).count()).resolves.toBe(0);
    await coordinator.close();
  });

  it('shows a funder no flag', async () => {
    const funder = await newPage(browser);
    await signIn(funder, system.baseUrl, FUNDER, '/regions/soria');
    await funder.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await expect(funder.getByRole('img', { name: /^Far from the usual/ }).count()).resolves.toBe(0);
    await funder.close();
  });
});
