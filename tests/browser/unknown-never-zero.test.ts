import type { Browser, Locator, Page } from 'playwright-core';
import { apiToken, approveRoundtables, createRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { axisTexts, barsAt, chartCard, downloadCsv, tableRows, tickLines, tooltipOf } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import type { TestUser } from './support/system';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, ANALYST, FUNDER, signIn } from './support/users';

// "Unknown is never 0, anywhere", walked through every chart and table of
// the overview, compare, region, indicators and report pages, as an analyst (counts as
// recorded) and as a funder (the protected publication), on the published data set and:
//
// - Teruel, recorded through the API: roundtable 1 (2021, onsite) with no attendance figure;
//   roundtable 2 (2022, hybrid) with 25 people and no split by mode; roundtable 3 (2022, format
//   not published) with 9 to 16 people. None records a stakeholder category or a challenge.
// - Isère, with no roundtable at all.
//
// Every count that is not known (no figure, the mode not published, no roundtable in scope, no
// challenge recorded) must read as such in the chart's words and tooltips, its table view and
// its CSV, and draw no bar: a 0 anywhere for one of them fails the walk.

const SOURCE = [{ title: 'Acta de la mesa (registro de prueba)', url: null, publisher: 'Plataforma de Teruel' }];
const REGIONS = '?regions=isere,soria,teruel';
const MODE = 'mode not published';
const MODES_NOTE = `online: ${MODE}; onsite: ${MODE}`;

/** What differs between the two roles: Soria's split by mode, and every roundtable's attendance, withheld from a funder. */
const AS = {
  [ANALYST.username]: {
    soriaTotal: '21',
    soriaRow: ['Soria', '1', '0', '18', '3', '0', '21'],
    soriaCsv: 'Soria,1,0,18,18,3,3,0,0,21,21,',
    withheldHeader: '',
    roundtableTotals: ['Unknown', '25', '9–16'],
    roundtableRows: [
      ['Roundtable 1 · May 10, 2021', 'unknown', 'unknown', 'unknown', 'unknown'],
      ['Roundtable 2 · Mar 15, 2022', MODE, MODE, '25', '25'],
      ['Roundtable 3 · Oct 20, 2022', MODE, MODE, '9–16', '9–16'],
    ],
    roundtableCsv: ['1,2021-05-10,,,,,,,,,', `2,2022-03-15,,,,,25,25,25,25,${MODES_NOTE}`, `3,2022-10-20,,,,,9,16,9,16,${MODES_NOTE}`],
    attendanceLines: [
      'Total unknown · Online unknown · Onsite unknown (as published)',
      `Total 25 · ${MODE} (as published)`,
      `Total 9–16 · ${MODE} (as published)`,
    ],
  },
  [FUNDER.username]: {
    soriaTotal: '21 (a mode has fewer than 5)',
    soriaRow: ['Soria', '1', '0', 'Withheld to protect a small count', 'Fewer than 5', '0', '21'],
    soriaCsv: 'Soria,1,0,,,,,0,0,21,21,,online: Withheld to protect a small count; onsite: Fewer than 5',
    withheldHeader: ',Withheld counts',
    roundtableTotals: ['Unknown', 'Not published at this level', 'Not published at this level'],
    roundtableRows: [
      ['Roundtable 1 · May 10, 2021', 'unknown', 'unknown', 'unknown', 'unknown'],
      ['Roundtable 2 · Mar 15, 2022', ...Array(4).fill('Not published at this level')],
      ['Roundtable 3 · Oct 20, 2022', ...Array(4).fill('Not published at this level')],
    ],
    roundtableCsv: [
      '1,2021-05-10,,,,,,,,,',
      '2,2022-03-15,,,,,,,,,online: Not published at this level; onsite: Not published at this level; unknown_mode: Not published at this level; total: Not published at this level',
      '3,2022-10-20,,,,,,,,,online: Not published at this level; onsite: Not published at this level; unknown_mode: Not published at this level; total: Not published at this level',
    ],
    attendanceLines: [
      'Total unknown · Online unknown · Onsite unknown (as published)',
      'Not published at this level (as published)',
      'Not published at this level (as published)',
    ],
  },
};

/** The cells of a CSV (no field here holds a comma, a quote or a line break). */
const csvRows = (text: string) =>
  text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

/** A CSV row's cells by header, for the columns named. */
const cellsOf = (header: string[], row: string[] | undefined, names: string[]) => names.map((name) => row?.[header.indexOf(name)]);

describe('unknown is never 0', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN, ANALYST, FUNDER] });
    const admin = await apiToken(system.baseUrl, ADMIN);
    const record = (input: Record<string, unknown>) =>
      createRoundtable(system.baseUrl, admin, { region: 'teruel', sources: SOURCE, ...input });
    const recorded = [
      await record({ number: 1, date: '2021-05-10', format: 'ONSITE' }),
      await record({ number: 2, date: '2022-03-15', format: 'HYBRID', attendance: { participants: 25 } }),
      await record({ number: 3, date: '2022-10-20', attendance: { participants: 9, participantsMax: 16 } }),
    ];
    // Approved, so the funder's views count them as the analyst's do.
    await approveRoundtables(system.baseUrl, admin, recorded);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  describe.each([ANALYST, FUNDER].map((user) => ({ user, role: user.role })))('as $role', ({ user }: { user: TestUser }) => {
    const as = AS[user.username] as (typeof AS)[string];
    let page: Page;

    beforeAll(async () => {
      page = await newPage(browser);
      await signIn(page, system.baseUrl, user);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    const open = async (path: string) => {
      await page.goto(`${system.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    };
    /** The headline figures, each card's figure without its note. */
    const headline = () =>
      page
        .locator('dl.cards > div')
        .evaluateAll((cards) =>
          Object.fromEntries(
            cards.map((card) => [card.querySelector('dt')?.textContent, card.querySelector('dd')?.firstChild?.textContent]),
          ),
        );
    /** The card of a chart whose title is exactly `title` (one title may be part of another). */
    const card = (title: string) =>
      page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
    /** The rows of a heat matrix (region × item), as read. */
    const matrixRows = (card: Locator) =>
      card
        .locator('table.heat tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
    /** What the eye reads in an element: text for screen readers only left out. */
    const seen = (element: Locator) =>
      element.evaluate((node) => {
        const hidden = [...node.querySelectorAll<HTMLElement>('.sr-only')];
        for (const part of hidden) part.style.display = 'none';
        // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, a line per block, is the point.
        const text = (node as HTMLElement).innerText;
        for (const part of hidden) part.style.display = '';
        return text.replace(/\s+/g, ' ').trim();
      });

    it('reads "No records" on the overview of a region without roundtables, against the year before too, and draws nothing', async () => {
      await open('/?regions=isere&from=2022-01-01&to=2022-12-31');
      await eventually(headline, (figures) =>
        expect(figures).toEqual({
          Regions: '1',
          'Roundtables held': 'No records',
          Participants: 'No records',
          Online: 'No records',
          Onsite: 'No records',
          'Stakeholder categories reached': 'No records',
          'Challenges raised': 'No records',
        }),
      );
      // The year before is asked for apart, after the headline: it reads "Loading" until it is in.
      await eventually(
        () => page.locator('#changes-title ~ ul li').allTextContents(),
        (rows) =>
          expect(rows).toEqual([
            'Roundtables held: No records (before: No records)',
            'Participants: No records (before: No records)',
            'Stakeholder categories reached: No records (before: No records)',
            'Challenges raised: No records (before: No records)',
          ]),
      );
      await expect(page.locator('#regions-title + ul li').allTextContents()).resolves.toEqual(['Isère (No records)']);
      await expect(page.locator('.recharts-bar-rectangle').count()).resolves.toBe(0);
    });

    it("gives Teruel's people on the overview as known, their mode as not published, and no challenge or category as recorded", async () => {
      await open('/?regions=teruel');
      await eventually(headline, (figures) =>
        expect(figures).toEqual({
          Regions: '1',
          'Roundtables held': '3',
          Participants: '34–41',
          Online: MODE,
          Onsite: MODE,
          'Stakeholder categories reached': 'No stakeholder category recorded',
          'Challenges raised': 'No challenge recorded',
        }),
      );
      const chart = chartCard(page, 'Attendance by mode, per region');
      await eventually(axisTexts(chart), (texts) => expect(texts).toEqual(['Teruel', '34–41']));
      await waitForCharts(page);
      const tooltip = await tooltipOf(chart, 'Teruel');
      for (const line of [`Online: ${MODE}`, `Onsite: ${MODE}`, 'Mode unknown: 34–41', 'Total: 34–41']) expect(tooltip).toContain(line);
      expect(await tableRows(chart)).toEqual([['Teruel', '3', '1', MODE, MODE, '34–41', '34–41']]);
      const csv = await downloadCsv(page, chart);
      expect(csv.text.split('\r\n')[1]).toBe(`Teruel,3,1,,,,,34,41,34,41,${MODES_NOTE}`);
    });

    it('compares Isère, Soria and Teruel without a 0 for what is not known, in every chart, table and CSV', async () => {
      await open(`/compare${REGIONS}`);
      await waitForCharts(page);

      const attendance = chartCard(page, 'Attendance by mode, per region');
      await eventually(axisTexts(attendance), (texts) =>
        expect(texts).toEqual(['Isère', 'Soria', 'Teruel', 'No records', as.soriaTotal, '34–41']),
      );
      await expect(barsAt(attendance, 'Isère')).resolves.toBe(0);
      // The check sees bars where there are some: Teruel's known part and its range.
      await expect(barsAt(attendance, 'Teruel')).resolves.toBe(2);
      expect(await tooltipOf(attendance, 'Teruel')).toContain(`Online: ${MODE}`);
      expect(await tableRows(attendance)).toEqual([
        ['Isère', '0', '0', 'No records', 'No records', 'No records', 'No records'],
        as.soriaRow,
        ['Teruel', '3', '1', MODE, MODE, '34–41', '34–41'],
      ]);
      expect((await downloadCsv(page, attendance)).text).toBe(
        `region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max,Notes${as.withheldHeader}\r\n` +
          `Isère,0,0,,,,,,,,,No records${as.withheldHeader ? ',' : ''}\r\n` +
          `${as.soriaCsv}\r\n` +
          `Teruel,3,1,,,,,34,41,34,41,${MODES_NOTE}${as.withheldHeader ? ',' : ''}\r\n`,
      );

      // Grouped bars, one colour per region (Isère first): none for Isère, none of any length for Teruel.
      const categories = chartCard(page, 'Stakeholder categories present, per region');
      await expect(categories.locator('.legend li').allTextContents()).resolves.toEqual([
        'Isère (No records)',
        'Soria',
        'Teruel (No stakeholder category recorded)',
      ]);
      const lengths = await categories
        .locator('.recharts-bar-rectangle path')
        .evaluateAll((bars) => bars.map((bar) => [bar.getAttribute('fill'), bar.getBoundingClientRect().width > 0.5]));
      expect(lengths.filter(([fill, drawn]) => fill !== '#7c3aed' && drawn)).toEqual([]);
      expect(await tooltipOf(categories, 'Isère')).toContain('Isère: No records');
      const categoryRows = await tableRows(categories);
      expect(categoryRows[0]).toEqual(['Isère', 'No records', '', '', '']);
      expect(categoryRows.at(-1)).toEqual(['Teruel', 'No stakeholder category recorded', '', '', '']);
      const categoryCsv = csvRows((await downloadCsv(page, categories)).text);
      const header = categoryCsv[0] ?? [];
      for (const [region, note] of [
        ['Isère', 'No records'],
        ['Teruel', 'No stakeholder category recorded'],
      ] as const) {
        const row = categoryCsv.find((cells) => cells[0] === region);
        expect(cellsOf(header, row, ['roundtables', 'roundtables_not_counted', 'participants_min', 'participants_max', 'Notes'])).toEqual([
          '',
          '',
          '',
          '',
          note,
        ]);
      }

      const challenges = chartCard(page, 'Challenges raised, region × challenge');
      const matrix = await matrixRows(challenges);
      expect(matrix.map((row) => row.slice(0, 2))).toEqual([
        ['Isère', 'No records'],
        ['Soria', '1'],
        ['Teruel', 'No challenge recorded'],
      ]);
      const challengeRows = await tableRows(challenges);
      expect(challengeRows[0]).toEqual(['Isère', 'No records', '', '']);
      expect(challengeRows.at(-1)).toEqual(['Teruel', 'No challenge recorded', '', '']);
      const challengeCsv = (await downloadCsv(page, challenges)).text.split('\r\n');
      expect(challengeCsv[0]).toBe('region,challenge_code,challenge,mentions,roundtables,Notes');
      expect(challengeCsv[1]).toBe('Isère,,,,,No records');
      expect(challengeCsv.at(-2)).toBe('Teruel,,,,,No challenge recorded');
      await saveScreenshot(page, `unknown-never-zero-compare-${user.username}`);
      await expectNoAxeViolations(page);
    });

    it("marks Teruel's roundtables over time as not known, of a mode not published, or withheld, never as 0", async () => {
      await open('/regions/teruel');
      const timeline = chartCard(page, 'Roundtables over time');
      await eventually(axisTexts(timeline), (texts) => expect(texts.slice(-3)).toEqual(as.roundtableTotals));
      await waitForCharts(page);
      const labels = (await axisTexts(timeline)()).slice(0, 3);
      await expect(barsAt(timeline, labels[0] as string)).resolves.toBe(0);
      if (user.role === 'ANALYST') expect(await tooltipOf(timeline, 'Roundtable 2')).toContain(`Online: ${MODE}`);
      expect(await tableRows(timeline)).toEqual(as.roundtableRows);
      const csv = (await downloadCsv(page, timeline)).text.split('\r\n');
      expect(csv.slice(1, 4)).toEqual(as.roundtableCsv);

      const attendance = page.locator('.roundtable dt', { hasText: /^Attendance$/ }).locator('xpath=following-sibling::dd[1]');
      await expect(attendance.allTextContents()).resolves.toEqual(as.attendanceLines);

      const categories = chartCard(page, 'Stakeholder categories present (roundtables)');
      await expect(categories.locator('.chart-area').textContent()).resolves.toBe('No stakeholder category recorded');
      expect(await tableRows(categories)).toEqual([['No stakeholder category recorded']]);
      const challenges = chartCard(page, 'Challenges raised in the region');
      await expect(challenges.locator('.chart-area').textContent()).resolves.toBe('No challenge recorded');
      expect(await tableRows(challenges)).toEqual([['No challenge recorded']]);
      await saveScreenshot(page, `unknown-never-zero-region-${user.username}`);
      await expectNoAxeViolations(page);

      await open('/regions/isere');
      await page.getByText('No records: no roundtable of this region matches the period and filters chosen.').waitFor();
      await expect(page.locator('.recharts-bar-rectangle').count()).resolves.toBe(0);
    });

    it('gives indicators over no roundtable as "No records", with no progress or status, and no challenge recorded in words', async () => {
      await open(`/indicators${REGIONS}`);
      const grid = page.locator('table.results-grid');
      await grid.waitFor();
      const isere = grid.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^Isère$/ }) });
      await expect(isere.locator('td').evaluateAll((cells) => cells.length)).resolves.toBe(7);
      for (const cell of await isere.locator('td').all()) await expect(seen(cell)).resolves.toBe('No records');
      await expect(isere.locator('.progress').count()).resolves.toBe(0);
      const teruel = grid.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^Teruel$/ }) });
      await expect(seen(teruel.locator('td').nth(4))).resolves.toMatch(/^No stakeholder category recorded /);
      await expect(seen(teruel.locator('td').nth(6))).resolves.toMatch(/^No challenge recorded /);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download results (CSV)' }).click(),
      ]);
      const { readFile } = await import('node:fs/promises');
      const results = csvRows(await readFile(await download.path(), 'utf8'));
      const header = results[0] ?? [];
      const isereRows = results.filter((row) => row[header.indexOf('region_slug')] === 'isere');
      expect(isereRows).toHaveLength(7);
      for (const row of isereRows) {
        expect(cellsOf(header, row, ['value_min', 'value_max', 'progress_min', 'progress_max', 'status', 'record_count', 'Notes'])).toEqual(
          ['', '', '', '', 'NO_RECORDS', '0', 'No records'],
        );
      }
      const challengesOfTeruel = results.find((row) => row[0] === 'CHALLENGES_RAISED' && row[header.indexOf('region_slug')] === 'teruel');
      expect(cellsOf(header, challengesOfTeruel, ['value_min', 'record_count', 'Notes'])).toEqual(['0', '3', 'No challenge recorded']);

      // Teruel's participants over the years: 2021 not known, then what is known and an open part for the rest.
      await page.getByLabel('Charts for').selectOption('teruel');
      const participants = card('Participants (attendances), by year · Teruel');
      await eventually(
        () => tickLines(participants, 'x'),
        (lines) =>
          expect(lines).toEqual([
            '2021',
            '2022',
            '2023 (to March)',
            'not known | 1 of 1 roundtables without a figure',
            '34–41 | 1 of 3 roundtables without a figure',
            '34–41 | 1 of 3 roundtables without a figure',
          ]),
      );
      await waitForCharts(page);
      await expect(barsAt(participants, '2021', 'x')).resolves.toBe(0);
      // 2022: what is known (34), the range (to 41) and the open part for the roundtable without a figure.
      await expect(barsAt(participants, '2022', 'x')).resolves.toBe(3);
      const tooltip = await tooltipOf(participants, '2022');
      expect(tooltip).toContain('Value: 34–41');
      expect(tooltip).toContain('1 of 3 roundtables without a figure');
      await expect(participants.locator('.legend li').allTextContents()).resolves.toContain('Not known: roundtables without a figure');
      expect(await tableRows(participants)).toEqual([
        ['2021', 'not known (1 of 1 roundtables without a figure)', '1', '', ''],
        ['2022', '34–41 (1 of 3 roundtables without a figure)', '1', '', ''],
        ['2023 (to March)', '34–41 (1 of 3 roundtables without a figure)', '1', '', ''],
      ]);
      expect((await downloadCsv(page, participants)).text).toBe(
        'period,period_start,period_end,value_min,value_max,record_count,unknown_records,target,project_target,Notes\r\n' +
          '2021,2021-01-01,2021-12-31,,,1,1,,,not known; 1 of 1 roundtables without a figure\r\n' +
          '2022,2022-01-01,2022-12-31,34,41,3,1,,,1 of 3 roundtables without a figure\r\n' +
          '2023 (to March),2023-01-01,2023-03-31,34,41,3,1,,,1 of 3 roundtables without a figure\r\n',
      );
      // Newcomers are known from participant records only, which Teruel has none of: not known every year, never 0.
      const newcomers = card('Newcomer participants (attendances), by year · Teruel');
      await expect(tickLines(newcomers, 'x')).resolves.toEqual([
        '2021',
        '2022',
        '2023 (to March)',
        'not known | 1 of 1 roundtables without a figure',
        'not known | 3 of 3 roundtables without a figure',
        'not known | 3 of 3 roundtables without a figure',
      ]);
      await expect(newcomers.locator('.recharts-bar-rectangle path').count()).resolves.toBe(0);

      // Isère: every chart says "No records" above every year, and draws no bar.
      await page.getByLabel('Charts for').selectOption('isere');
      const trends = page.locator('section.trends section.card');
      await eventually(
        () => trends.first().locator('h2').textContent(),
        (title) => expect(title).toContain('Isère'),
      );
      await expect(trends.count()).resolves.toBe(7);
      await waitForCharts(page);
      for (const card of await trends.all()) {
        // A card shown as a table for Teruel stays so: back to its chart.
        const asTable = card.getByRole('button', { name: 'Show as table' });
        if ((await asTable.getAttribute('aria-pressed')) === 'true') await asTable.click();
        await eventually(
          () => tickLines(card, 'x'),
          (lines) => expect(lines.slice(3)).toEqual(['No records', 'No records', 'No records']),
        );
        await expect(card.locator('.recharts-bar-rectangle path').count()).resolves.toBe(0);
      }
      const held = trends.first();
      expect(await tableRows(held)).toEqual([
        ['2021', 'No records', '0', '', '4'],
        ['2022', 'No records', '0', '', '4'],
        ['2023 (to March)', 'No records', '0', '', '4'],
      ]);
      const heldCsv = csvRows((await downloadCsv(page, held)).text);
      expect(heldCsv.slice(1).map((row) => cellsOf(heldCsv[0] ?? [], row, ['value_min', 'value_max', 'record_count', 'Notes']))).toEqual(
        Array(3).fill(['', '', '0', 'No records']),
      );
      await saveScreenshot(page, `unknown-never-zero-indicators-${user.username}`);
      await expectNoAxeViolations(page);
    });

    it('prints the same in the report: "No records" for Isère, Teruel\'s figures as known, no challenge recorded', async () => {
      await page.goto(`${system.baseUrl}/report?regions=isere,teruel`);
      await page.locator('.report-indicators').waitFor();
      const summary = await page
        .locator('.report-figures > div')
        .evaluateAll((items) =>
          Object.fromEntries(items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd strong')?.textContent])),
        );
      expect(summary).toEqual({
        'Regions with roundtables': '1 of 2',
        'Roundtables held': '3',
        'Participants (attendances)': '34–41',
        'Roundtables with published attendance': '2 of 3',
        'Stakeholder categories reached': 'No stakeholder category recorded',
        'Challenges raised': 'No challenge recorded',
        'Sources cited': '1',
      });
      await expect(page.locator('.report-without').textContent()).resolves.toBe(
        'No roundtable recorded in this period: Isère. Their figures read "No records".',
      );
      const row = (code: string, region: string) =>
        page
          .locator(`tbody[data-indicator="${code}"] tr[data-region="${region}"]`)
          .locator('th, td')
          // biome-ignore lint/performance/useDomNodeTextContent: a note under a value is a line of its own, read apart from it.
          .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      await expect(row('ROUNDTABLES_HELD', 'isere')).resolves.toEqual(['Isère', 'No records', '4', '–', '–']);
      for (const code of ['PARTICIPANTS', 'NEWCOMER_PARTICIPANTS', 'ONSITE_SHARE', 'CATEGORIES_REPRESENTED', 'ORGANISATIONS_ENGAGED']) {
        await expect(row(code, 'isere')).resolves.toEqual(['Isère', 'No records', 'None set', '–', '–']);
      }
      await expect(row('CHALLENGES_RAISED', 'teruel')).resolves.toEqual(['Teruel', 'No challenge recorded', 'None set', '–', 'No target']);
      await expect(row('PARTICIPANTS', 'teruel')).resolves.toEqual([
        'Teruel',
        '34–41 1 roundtable without a figure',
        'None set',
        '–',
        'No target',
      ]);

      const attendance = chartCard(page, 'Attendance by mode, per region');
      await eventually(axisTexts(attendance), (texts) => expect(texts).toEqual(['Isère', 'Teruel', 'No records', '34–41']));
      await expect(matrixRows(chartCard(page, 'Challenges raised, region × challenge'))).resolves.toEqual([
        ['Isère', 'No records'],
        ['Teruel', 'No challenge recorded'],
      ]);
      await waitForCharts(page);
      await saveScreenshot(page, `unknown-never-zero-report-${user.username}`);
    });
  });

  it('says the same in Spanish: "Sin registros", "modalidad no publicada", "Ningún reto registrado"', async () => {
    const page = await newPage(browser);
    await signIn(page, system.baseUrl, ANALYST, `/regions/teruel`);
    await page.getByLabel('Language').selectOption('es');
    const attendance = page.locator('.roundtable dt', { hasText: /^Asistencia$/ }).locator('xpath=following-sibling::dd[1]');
    await eventually(
      () => attendance.allTextContents(),
      (lines) =>
        expect(lines.slice(1)).toEqual([
          'Total 25 · modalidad no publicada (según lo publicado)',
          'Total 9–16 · modalidad no publicada (según lo publicado)',
        ]),
    );
    await page.goto(`${system.baseUrl}/compare${REGIONS}`);
    const table = chartCard(page, 'Asistencia por modalidad, por región');
    await table.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await tableRows(table, 'Ver como tabla')).toEqual([
      ['Isère', '0', '0', 'Sin registros', 'Sin registros', 'Sin registros', 'Sin registros'],
      ['Soria', '1', '0', '18', '3', '0', '21'],
      ['Teruel', '3', '1', 'modalidad no publicada', 'modalidad no publicada', '34–41', '34–41'],
    ]);
    await expect(matrixRowsOf(chartCard(page, 'Retos planteados'))).resolves.toEqual([
      ['Isère', 'Sin registros'],
      ['Soria', '1'],
      ['Teruel', 'Ningún reto registrado'],
    ]);
    await page.context().close();
  });
});

/** The region and first cell of each row of a heat matrix. */
const matrixRowsOf = (card: Locator) =>
  card
    .locator('table.heat tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent?.trim() ?? '')));
