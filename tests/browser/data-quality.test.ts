import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, createRoundtable, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { EVALUATOR, FUNDER, SORIA_COORDINATOR, signIn } from './support/users';

// The Data quality page on generated data in a realistic mix of review states: each role finds
// what it acts on first, every list is paged and sorted by the API, its downloads hold every
// row, and the page passes axe. Funders and the public are told it is not for them.
describe('the Data quality page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let evaluator: Page;
  let evaluatorToken: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ seed: 'illustrative', users: [EVALUATOR, SORIA_COORDINATOR, FUNDER] });
    browser = await launchChromium();
    evaluatorToken = await apiToken(system.baseUrl, EVALUATOR);
    evaluator = await newPage(browser);
    await signIn(evaluator, system.baseUrl, EVALUATOR, '/quality');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  interface ApiPage {
    totalCount: number;
    rows: { number: number; date: string; region: { name: string } }[];
  }
  const apiPage = async (token: string, variables: Record<string, unknown>) =>
    (
      await graphql<{ roundtablePage: ApiPage }>(
        system.baseUrl,
        token,
        `query($filter: AnalyticsFilter, $states: [ReviewState!], $page: PageInput, $orderBy: RoundtableOrder) {
          roundtablePage(filter: $filter, states: $states, page: $page, orderBy: $orderBy) { totalCount rows { number date region { name } } } }`,
        variables,
      )
    ).roundtablePage;
  const reviewSection = (page: Page) => page.locator('#review-states');
  const rowsOf = (section: Locator) =>
    section
      .locator('table.review-queue tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  const pagerText = (section: Locator) => section.locator('.pager [aria-live]').first().textContent();

  it('shows a reviewer the records waiting for review, a page at a time, in the order chosen', async () => {
    await evaluator.getByRole('heading', { level: 1, name: 'Data quality' }).waitFor();
    const section = reviewSection(evaluator);
    await expect(section.getByRole('checkbox', { name: 'Waiting for review' }).isChecked()).resolves.toBe(true);
    // Approved records too: the generated mix holds more of them than one page of 25.
    await section.getByRole('checkbox', { name: 'Approved' }).check();
    const waiting = await apiPage(evaluatorToken, { states: ['SUBMITTED', 'APPROVED'], page: { limit: 25 } });
    expect(waiting.totalCount).toBeGreaterThan(25);
    await section.getByLabel('Rows per page').selectOption('25');
    await eventually(
      () => pagerText(section),
      (text) => expect(text).toBe(`Rows 1–25 of ${waiting.totalCount}`),
    );
    await section.getByRole('button', { name: 'Next page' }).click();
    await eventually(
      () => pagerText(section),
      (text) => expect(text).toBe(`Rows 26–${Math.min(50, waiting.totalCount)} of ${waiting.totalCount}`),
    );

    // Sorting asks the API: the first row is the API's latest-first.
    // Listed by date, earliest first; one click turns it to latest first.
    await expect(section.locator('th[aria-sort="ascending"]').textContent()).resolves.toMatch(/^Date/);
    await section.getByRole('button', { name: /^Date/ }).click();
    await expect(section.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(/^Date/);
    const latest = await apiPage(evaluatorToken, {
      states: ['SUBMITTED', 'APPROVED'],
      page: { limit: 1 },
      orderBy: { field: 'DATE', direction: 'DESC' },
    });
    await eventually(
      () => rowsOf(section),
      (rows) => expect(rows[0]?.slice(1, 3)).toEqual([latest.rows[0]?.region.name, String(latest.rows[0]?.number)]),
    );
    await expect(pagerText(section)).resolves.toBe(`Rows 1–25 of ${waiting.totalCount}`);
    await saveScreenshot(evaluator, 'data-quality-review');
    await expectNoAxeViolations(evaluator);
  });

  it('downloads every record listed, not only the page shown', async () => {
    const section = reviewSection(evaluator);
    const { totalCount } = await apiPage(evaluatorToken, { states: ['SUBMITTED', 'APPROVED'], page: { limit: 1 } });
    const [file] = await Promise.all([
      evaluator.waitForEvent('download'),
      section.getByRole('button', { name: 'Download all (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('roundtables-by-review-state.csv');
    const lines = (await readFile(await file.path(), 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Region,No.,Date,Format,Attendance,Review state,Submitted');
    expect(lines).toHaveLength(totalCount + 1);
  });

  it("shows a coordinator its region's drafts and returned records first, with no reviewer's steps", async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, system.baseUrl, SORIA_COORDINATOR, '/quality');
    const section = reviewSection(coordinator);
    await section.getByRole('checkbox', { name: 'Draft' }).waitFor();
    await expect(section.getByRole('checkbox', { name: 'Draft' }).isChecked()).resolves.toBe(true);
    await expect(section.getByRole('checkbox', { name: 'Returned for changes' }).isChecked()).resolves.toBe(true);
    await expect(section.getByRole('checkbox', { name: 'Waiting for review' }).isChecked()).resolves.toBe(false);
    await expect(section.getByRole('button', { name: 'Approve selected' }).count()).resolves.toBe(0);
    const token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    const own = await apiPage(token, { filter: { regions: ['soria'] }, states: ['DRAFT', 'RETURNED'], page: { limit: 500 } });
    await eventually(
      () => rowsOf(section),
      (rows) => {
        expect(rows).toHaveLength(Math.min(own.totalCount, 50));
        expect(new Set(rows.map((row) => row[0]))).toEqual(own.totalCount ? new Set(['Soria']) : new Set());
      },
    );
    await expectNoAxeViolations(coordinator);
    await coordinator.context().close();
  });

  it('sums up on the overview, in one line, what a reviewer has to act on, as the API counts it', async () => {
    const counts = await graphql<{
      reviewCounts: { submitted: number };
      outliers: { totalCount: number };
      ruleFindings: { totalCount: number };
    }>(
      system.baseUrl,
      evaluatorToken,
      `{ reviewCounts { submitted } outliers(status: UNREVIEWED, page: { limit: 1 }) { totalCount }
         ruleFindings(severity: WARNING, page: { limit: 1 }) { totalCount } }`,
    );
    const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
    const expected = [
      counts.reviewCounts.submitted && plural(counts.reviewCounts.submitted, 'record waits for review', 'records wait for review'),
      counts.outliers.totalCount &&
        plural(counts.outliers.totalCount, 'figure far from its usual, not yet checked', 'figures far from their usual, not yet checked'),
      counts.ruleFindings.totalCount && plural(counts.ruleFindings.totalCount, 'rule warning', 'rule warnings'),
    ].filter(Boolean);
    // The generated mix has records waiting for review: the line has something to say.
    expect(counts.reviewCounts.submitted).toBeGreaterThan(0);
    await evaluator.goto(`${system.baseUrl}/`);
    await eventually(
      () => evaluator.locator('p.quality-summary').textContent(),
      (text) => expect(text).toBe(`Data quality: ${expected.join(' · ')} Open data quality`),
    );
    await evaluator.getByRole('link', { name: 'Open data quality' }).click();
    await evaluator.getByRole('heading', { level: 1, name: 'Data quality' }).waitFor();
  });

  it('tells a funder the page is not for them, and offers no link to it', async () => {
    const funder = await newPage(browser);
    await signIn(funder, system.baseUrl, FUNDER, '/quality');
    await expect(funder.getByRole('note').textContent()).resolves.toMatch(
      /^Data quality is for administrators, evaluators, analysts and coordinators/,
    );
    await expect(funder.getByRole('link', { name: 'Data quality' }).count()).resolves.toBe(0);
    await funder.context().close();
  });

  it('lists what breaks a validation rule, filtered by rule, in the reader’s words, each linked to its roundtable', async () => {
    const coordinatorToken = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    const short = await createRoundtable(system.baseUrl, coordinatorToken, {
      region: 'soria',
      number: 9_001,
      date: '2022-10-03',
      durationMinutes: 5,
      sources: [{ title: 'Minutes of a short meeting' }],
    });
    await evaluator.goto(`${system.baseUrl}/quality`);
    const section = evaluator.locator('#rule-findings');
    await section.getByRole('combobox', { name: /^Rule/ }).selectOption({ label: 'Duration from 15 to 600 minutes' });
    const rows = () =>
      section
        .locator('table.rule-findings tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    await eventually(rows, (found) =>
      expect(found).toContainEqual([
        'Soria',
        '9,001',
        'Oct 3, 2022',
        'Warning: check it',
        'Duration from 15 to 600 minutes',
        'is 5 minutes, while a roundtable lasts 15 to 600; check it',
        'Open Roundtable 9001, Soria',
      ]),
    );
    await expectNoAxeViolations(evaluator);
    await section.getByRole('link', { name: 'Open Roundtable 9001, Soria' }).click();
    await evaluator.waitForURL(`${system.baseUrl}/regions/soria#roundtable-${short.id}`);
  });
});
