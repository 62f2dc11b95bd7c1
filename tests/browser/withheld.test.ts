import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { axisTexts, chartCard, downloadCsv, tableRows, tooltipOf } from './support/chart-cards';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { FUNDER, signIn } from './support/users';

const YEAR_2021 = '?from=2021-01-01&to=2021-12-31';

/** What a funder reads, in each language, for each reason a count is withheld. */
const WORDS = {
  en: {
    showTable: 'Show as table',
    downloadCsv: 'Download CSV',
    attendance: 'Attendance by mode, per region',
    timeline: 'Roundtables over time',
    SMALL_COUNT: 'Fewer than 5',
    PROTECTS_SMALL_COUNT: 'Withheld to protect a small count',
    NOT_PUBLISHED: 'Not published at this level',
    smallExplained: 'Fewer than 5: a count of fewer than 5 people (or possibly so, where the figure is a range)',
    protectsExplained: 'Withheld to protect a small count: withheld so that a small count cannot be worked out',
    notPublishedExplained: 'Not published at this level: not part of the publication for funders and the public',
    link: 'How figures are protected',
    column: 'Withheld counts',
    attendanceLabel: 'Attendance',
    period: 'Period',
    methodHeading: 'How figures are protected',
    byPeriod: 'published per reporting period',
  },
  es: {
    showTable: 'Ver como tabla',
    downloadCsv: 'Descargar CSV',
    attendance: 'Asistencia por modalidad, por región',
    timeline: 'Mesas redondas a lo largo del tiempo',
    SMALL_COUNT: 'Menos de 5',
    PROTECTS_SMALL_COUNT: 'Retenida para proteger un recuento pequeño',
    NOT_PUBLISHED: 'No publicada a este nivel',
    smallExplained: 'Menos de 5: un recuento de menos de 5 personas (o posiblemente menos, si la cifra es un intervalo)',
    protectsExplained: 'Retenida para proteger un recuento pequeño: retenida para que un recuento pequeño no pueda deducirse',
    notPublishedExplained: 'No publicada a este nivel: no forma parte de la publicación para entidades financiadoras y público',
    link: 'Cómo se protegen las cifras',
    column: 'Recuentos retenidos',
    attendanceLabel: 'Asistencia',
    period: 'Periodo',
    methodHeading: 'Cómo se protegen las cifras',
    byPeriod: 'se publican por periodo de informe',
  },
} as const;

// A funder reads the protected publication of the published data set. Asked for 2021, Soria's
// 3 people onsite are fewer than 5 (SMALL_COUNT); its 18 online, which would give them back
// from the total of 21, are withheld to protect them (PROTECTS_SMALL_COUNT); and the
// attendance of each roundtable is not published at all (NOT_PUBLISHED). Each reads with its
// reason and a link to the page on the method, in English and in Spanish, and the CSV of the
// table says which count is withheld and why.
describe.each([['en'], ['es']] as const)('what a funder reads of withheld counts, in %s', (locale) => {
  const words = WORDS[locale];
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [FUNDER] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, FUNDER, '/');
    await page.getByLabel('Language').selectOption(locale);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const open = async (path: string) => {
    await page.goto(`${system.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };
  /** The note under a chart or table: what each reason shown means, and the link to the method. */
  const note = (within: Locator) => within.getByRole('note', { name: locale === 'en' ? 'Withheld figures' : 'Cifras retenidas' });

  it('shows Soria 2021 onsite as fewer than 5 and online as withheld to protect it, in the chart, its table and its CSV', async () => {
    await open(`/compare${YEAR_2021}`);
    const chart = chartCard(page, words.attendance);
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await waitForCharts(page);

    const tooltip = await tooltipOf(chart, 'Soria');
    expect(tooltip).toContain(`: ${words.PROTECTS_SMALL_COUNT}`);
    expect(tooltip).toContain(`: ${words.SMALL_COUNT}`);
    expect(tooltip).toContain(words.smallExplained);
    expect(tooltip).toContain(words.protectsExplained);

    const explained = note(chart);
    await expect(explained.textContent()).resolves.toContain(words.smallExplained);
    await expect(explained.textContent()).resolves.toContain(words.protectsExplained);
    await expect(explained.getByRole('link', { name: words.link }).getAttribute('href')).resolves.toBe(`/about/figures${YEAR_2021}`);
    await saveScreenshot(page, `withheld-compare-${locale}`);
    await expectNoAxeViolations(page);

    expect(await tableRows(chart, words.showTable)).toEqual([
      ['Guadalajara', '1', '0', '26', '0', '0', '26'],
      ['Soria', '1', '0', words.PROTECTS_SMALL_COUNT, words.SMALL_COUNT, '0', '21'],
    ]);
    const soriaOnsite = chart.locator('table.data:visible tbody tr').nth(1).locator('td').nth(4);
    await expect(soriaOnsite.getAttribute('title')).resolves.toContain(words.smallExplained);

    const csv = await downloadCsv(page, chart, words.downloadCsv);
    expect(csv.text).toBe(
      `region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max,${words.column}\r\n` +
        'Guadalajara,1,0,26,26,0,0,0,0,26,26,\r\n' +
        `Soria,1,0,,,,,0,0,21,21,online: ${words.PROTECTS_SMALL_COUNT}; onsite: ${words.SMALL_COUNT}\r\n`,
    );
  });

  it("shows a roundtable's attendance as not published per roundtable, never as 0 or unknown", async () => {
    await open(`/regions/soria${YEAR_2021}`);
    const roundtable = page.locator('.roundtable').first();
    const attendance = roundtable
      .locator('dt', { hasText: new RegExp(`^${words.attendanceLabel}$`) })
      .locator('xpath=following-sibling::dd[1]');
    await eventually(
      () => attendance.textContent(),
      (text) => expect(text).toMatch(new RegExp(`^${words.NOT_PUBLISHED} \\(`)),
    );
    const list = page.locator('section.card').filter({ has: roundtable });
    await expect(note(list).textContent()).resolves.toContain(words.notPublishedExplained);
    await expect(note(list).getByRole('link', { name: words.link }).count()).resolves.toBe(1);

    const timeline = chartCard(page, words.timeline);
    await eventually(axisTexts(timeline), (texts) => expect(texts.at(-1)).toBe(words.NOT_PUBLISHED));
    expect((await tableRows(timeline, words.showTable))[0]?.slice(1)).toEqual(Array(4).fill(words.NOT_PUBLISHED));
    const csv = await downloadCsv(page, timeline, words.downloadCsv);
    expect(csv.text.split('\r\n')[1]).toBe(
      `3,2021-11-24,,,,,,,,,online: ${words.NOT_PUBLISHED}; onsite: ${words.NOT_PUBLISHED}; unknown_mode: ${words.NOT_PUBLISHED}; total: ${words.NOT_PUBLISHED}`,
    );
    await waitForCharts(page);
    await saveScreenshot(page, `withheld-region-${locale}`);
    await expectNoAxeViolations(page);
  });

  it('gives the overview its total and withholds both shares, each with its reason, and leads to the method page', async () => {
    await open(`/${YEAR_2021}`);
    const figure = (index: number) => page.locator('dl.cards > div').nth(index).locator('dd');
    await eventually(
      () => figure(2).textContent(),
      (text) => expect(text?.startsWith('47')).toBe(true),
    );
    await expect(figure(3).textContent()).resolves.toMatch(new RegExp(`^${words.PROTECTS_SMALL_COUNT}`));
    await expect(figure(4).textContent()).resolves.toMatch(new RegExp(`^${words.SMALL_COUNT}`));

    await note(page.locator('main')).first().getByRole('link', { name: words.link }).click();
    await page.waitForURL((url) => url.pathname === '/about/figures');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(words.methodHeading);
    for (const reason of ['SMALL_COUNT', 'PROTECTS_SMALL_COUNT', 'NOT_PUBLISHED'] as const) {
      await expect(page.locator('main dt', { hasText: words[reason] }).count()).resolves.toBe(1);
    }
    await saveScreenshot(page, `method-${locale}`);
    await expectNoAxeViolations(page);
  });

  it('offers reporting periods instead of dates, and a way out of dates that are not one', async () => {
    await open('/compare?from=2021-02-01&to=2021-12-31');
    await eventually(
      () => page.getByRole('alert').first().textContent(),
      // The API's refusal, in the reader's language.
      (text) => expect(text).toContain(words.byPeriod),
    );
    await expect(page.locator('input[type="date"]').count()).resolves.toBe(0);
    await page.getByLabel(words.period).selectOption('2021');
    await page.waitForURL((url) => url.searchParams.get('from') === '2021-01-01' && url.searchParams.get('to') === '2021-12-31');
    await chartCard(page, words.attendance).locator('.recharts-bar-rectangle').first().waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });
});
