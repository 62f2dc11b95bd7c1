import type { Browser, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually, waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, SORIA_COORDINATOR, signIn } from './support/users';

const NGO_GREEK = 'ΜΚΟ του Σόρια';
const TRANSPORT_GREEK = 'Μετακινήσεις προς τις συναντήσεις';
const DURATION_GREEK = 'κράτησε {durationMinutes} λεπτά, πολύ περισσότερο από μια συνήθη συνάντηση· ελέγξτε τη διάρκεια';

// An administrator names a stakeholder category and a challenge in Greek on the Labels page,
// reached from the Users page; the dashboard read in Greek then shows those names in the
// region's charts, without a reload, and the English name again once the Greek one is cleared.
// The API's refusals are shown beside their fields, a change made meanwhile by someone else is
// not overwritten unseen, and a coordinator is not offered the page. A validation rule's Greek
// message set there is what the roundtable form read in Greek says when the rule fires.
describe('the Labels page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN, SORIA_COORDINATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    token = await apiToken(system.baseUrl, ADMIN);
    await signIn(page, system.baseUrl, ADMIN, '/regions/soria');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const languageSelect = () => page.getByLabel(/^(Language|Γλώσσα)/);
  const chooseLanguage = async (language: 'en' | 'el') => {
    await languageSelect().selectOption(language);
    await eventually(
      () => page.evaluate(() => document.documentElement.lang),
      (lang) => expect(lang).toBe(language),
    );
  };
  /** The names the charts on the page write beside their bars, a wrapped name read as one, spaces aside. */
  const chartNames = () =>
    page
      .locator('.recharts-yAxis-tick-labels text')
      .evaluateAll((texts) => texts.map((text) => (text.textContent ?? '').replace(/\s+/g, '')));
  const bare = (text: string) => text.replace(/\s+/g, '');
  const status = () => page.locator('p.labels-outcome').textContent();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const save = (entry: string) => page.getByRole('button', { name: `Save ${entry}`, exact: true });
  const challengeLabels = async () =>
    (
      await graphql<{ challenges: { code: string; version: number; labels: { locale: string; text: string }[] }[] }>(
        system.baseUrl,
        token,
        '{ challenges { code version labels { locale text } } }',
      )
    ).challenges.find((challenge) => challenge.code === 'TRANSPORT');

  it('shows the Greek names in the region charts before any change', async () => {
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await chooseLanguage('el');
    await waitForCharts(page);
    await eventually(chartNames, (names) => expect(names).toEqual(expect.arrayContaining([bare('ΜΚΟ'), bare('Μετακίνηση')])));
    await chooseLanguage('en');
  });

  it('is reached from the Users page, lists every kind in a tab, and passes axe', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('link', { name: 'Labels and translations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Labels and translations' }).waitFor();
    await expect(page.title()).resolves.toBe('Labels and translations · SIRA Monitor');
    await page.getByRole('tab', { selected: true }).waitFor();
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual([
      'Stakeholder categories',
      'Challenges',
      'Indicators',
      'Reporting periods',
      'Validation messages',
    ]);
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Stakeholder categories');
    // Empty, a language shows the English text it falls back to; English itself is required.
    await expect(field('Stakeholder category NGO, English').inputValue()).resolves.toBe('NGOs');
    await expect(field('Stakeholder category NGO, English').getAttribute('aria-required')).resolves.toBe('true');
    await expect(field('Stakeholder category NGO, Greek').inputValue()).resolves.toBe('ΜΚΟ');
    await expect(page.getByRole('region', { name: 'Stakeholder categories, one text per language' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('sets the Greek name of a stakeholder category, said in the status', async () => {
    await field('Stakeholder category NGO, Greek').fill(NGO_GREEK);
    await save('Stakeholder category NGO').click();
    await eventually(status, (text) => expect(text).toBe('Saved: Stakeholder category NGO.'));
    await expect(field('Stakeholder category NGO, Greek').inputValue()).resolves.toBe(NGO_GREEK);
  });

  it("refuses a blank English name before asking, and shows the API's refusal of a name too long beside its field", async () => {
    // The tabs are reached and changed by keyboard.
    await page.getByRole('tab', { name: 'Stakeholder categories' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Challenges');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Challenges');
    expect(new URL(page.url()).search).toBe('?kind=challenge');

    const english = await field('Challenge TRANSPORT, English').inputValue();
    await field('Challenge TRANSPORT, English').fill(' ');
    await save('Challenge TRANSPORT').click();
    await eventually(status, (text) => expect(text).toBe('Not saved: Challenge TRANSPORT. Correct the marked fields.'));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Challenge TRANSPORT, English');
    await expect(field('Challenge TRANSPORT, English').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#labels-challenge-TRANSPORT-label-en-error').textContent()).resolves.toBe(
      'English is required: every other language falls back to it.',
    );

    await field('Challenge TRANSPORT, English').fill(english);
    await field('Challenge TRANSPORT, French').fill('T'.repeat(201));
    await save('Challenge TRANSPORT').click();
    await eventually(
      () => page.locator('#labels-challenge-TRANSPORT-label-fr-error').textContent(),
      (text) => expect(text).toBe('must be at most 200 characters'),
    );
    await expect(field('Challenge TRANSPORT, French').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field('Challenge TRANSPORT, English').getAttribute('aria-invalid')).resolves.toBeNull();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'labels-refused');
  });

  it('sets the Greek name of a challenge with the Enter key', async () => {
    await field('Challenge TRANSPORT, French').fill('Transports');
    await field('Challenge TRANSPORT, Greek').fill(TRANSPORT_GREEK);
    await page.keyboard.press('Enter');
    await eventually(status, (text) => expect(text).toBe('Saved: Challenge TRANSPORT.'));
    await expect(page.locator('.labels-table .field-error').count()).resolves.toBe(0);
    const saved = await challengeLabels();
    expect(saved?.labels).toEqual(expect.arrayContaining([{ locale: 'el', text: TRANSPORT_GREEK }]));
  });

  it('does not overwrite unseen what someone else saved meanwhile, and saves over it once asked again', async () => {
    const before = await challengeLabels();
    if (!before) throw new Error('No TRANSPORT challenge');
    const others = before.labels.map((label) => (label.locale === 'es' ? { ...label, text: 'Transporte público' } : label));
    await graphql(
      system.baseUrl,
      token,
      'mutation ($labels: [LocalizedTextInput!]!, $version: Int!) { setChallengeLabels(code: "TRANSPORT", expectedVersion: $version, labels: $labels) { version } }',
      { labels: others, version: before.version },
    );
    await field('Challenge TRANSPORT, Polish').fill('Dojazd na spotkania');
    await save('Challenge TRANSPORT').click();
    await eventually(status, (text) => expect(text).toMatch(/^Not saved: someone else changed Challenge TRANSPORT meanwhile\./));
    // Their Spanish is read again; the Polish typed here is kept.
    await eventually(
      () => field('Challenge TRANSPORT, Spanish').inputValue(),
      (text) => expect(text).toBe('Transporte público'),
    );
    await expect(field('Challenge TRANSPORT, Polish').inputValue()).resolves.toBe('Dojazd na spotkania');
    await save('Challenge TRANSPORT').click();
    await eventually(status, (text) => expect(text).toBe('Saved: Challenge TRANSPORT.'));
    const after = await challengeLabels();
    expect(after?.labels).toEqual(
      expect.arrayContaining([
        { locale: 'es', text: 'Transporte público' },
        { locale: 'pl', text: 'Dojazd na spotkania' },
        { locale: 'el', text: TRANSPORT_GREEK },
      ]),
    );
  });

  it('shows the new Greek names in the region charts of the dashboard read in Greek', async () => {
    // Back through the history to the region, without a reload: what the page had read before is not shown again.
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await chooseLanguage('el');
    await waitForCharts(page);
    await eventually(chartNames, (names) => {
      expect(names).toEqual(expect.arrayContaining([bare(NGO_GREEK), bare(TRANSPORT_GREEK)]));
      expect(names).not.toContain(bare('ΜΚΟ'));
    });
    await saveScreenshot(page, 'labels-greek-region');
    await chooseLanguage('en');
  });

  it('falls back to English once the Greek name is cleared, and finds what is missing in Greek', async () => {
    await page.goForward();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Labels and translations' }).waitFor();
    await page.getByRole('tab', { name: 'Stakeholder categories' }).click();
    await field('Stakeholder category NGO, Greek').fill('');
    await expect(field('Stakeholder category NGO, Greek').getAttribute('placeholder')).resolves.toBe('NGOs');
    await save('Stakeholder category NGO').click();
    await eventually(status, (text) => expect(text).toBe('Saved: Stakeholder category NGO.'));

    await page.getByLabel('Show').selectOption({ label: 'Missing in Greek' });
    await eventually(
      () => page.locator('.labels-table tbody th').allTextContents(),
      (codes) => expect(codes).toEqual(['NGO']),
    );
    await expect(page.locator('.labels-count').textContent()).resolves.toMatch(/^Shown: 1 of \d+\.$/);
    await page.getByRole('tab', { name: 'Challenges' }).click();
    await expect(page.locator('.labels-count').textContent()).resolves.toBe('Every entry here is written in Greek.');
    await expectNoAxeViolations(page);

    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await chooseLanguage('el');
    await waitForCharts(page);
    await eventually(chartNames, (names) => {
      expect(names).toEqual(expect.arrayContaining([bare('NGOs'), bare(TRANSPORT_GREEK)]));
      expect(names).not.toContain(bare(NGO_GREEK));
    });
    await chooseLanguage('en');
  });

  it("sets a validation rule's Greek message, its placeholder kept, and the form read in Greek says it when the rule fires", async () => {
    await page.goto(`${system.baseUrl}/labels`);
    await page.getByRole('tab', { name: 'Validation messages' }).click();
    expect(new URL(page.url()).search).toBe('?kind=rule');
    const greek = field('Validation rule DURATION_PLAUSIBLE, message, Greek');
    await expect(page.locator('.labels-table tbody th', { hasText: 'DURATION_PLAUSIBLE' }).textContent()).resolves.toContain(
      'Placeholders: {durationMinutes}',
    );
    // A message without the English one's placeholder is refused beside its field.
    await greek.fill('κράτησε πολύ· ελέγξτε τη διάρκεια');
    await save('Validation rule DURATION_PLAUSIBLE').click();
    await eventually(
      () => page.locator('#labels-rule-DURATION_PLAUSIBLE-message-el-error').textContent(),
      (text) => expect(text).toMatch(/^lacks \{durationMinutes\}, which the English message names/),
    );
    await expect(greek.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'labels-rule-refused');

    await greek.fill(DURATION_GREEK);
    await save('Validation rule DURATION_PLAUSIBLE').click();
    await eventually(status, (text) => expect(text).toBe('Saved: Validation rule DURATION_PLAUSIBLE.'));

    // The form in Greek: a duration of 700 minutes breaks the rule, and the warning beside the field says the new words.
    await page.goto(`${system.baseUrl}/regions/soria/roundtables/new`);
    await chooseLanguage('el');
    await page.locator('#rt-durationMinutes').fill('700');
    await eventually(
      () => page.locator('#rt-durationMinutes-warning').textContent(),
      (text) => expect(text).toContain(DURATION_GREEK.replace('{durationMinutes}', '700')),
    );
    await saveScreenshot(page, 'labels-rule-greek-form');
    await chooseLanguage('en');
  });

  it('works at 360 px wide: the table scrolls in its own region, the page does not', async () => {
    const narrow = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await signIn(narrow, system.baseUrl, ADMIN, '/labels?kind=indicator');
    await narrow.getByRole('heading', { level: 1, name: 'Labels and translations' }).waitFor();
    await narrow.getByRole('textbox', { name: 'Indicator ROUNDTABLES_HELD, description, Greek', exact: true }).waitFor();
    const widths = await narrow.evaluate(() => {
      const region = document.querySelector('.labels-page .table-wrap') as HTMLElement;
      return { page: document.documentElement.scrollWidth, region: region.clientWidth, table: region.scrollWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.table).toBeGreaterThan(widths.region);
    await expectNoAxeViolations(narrow);
    await saveScreenshot(narrow, 'labels-360');
    await narrow.context().close();
  });

  it('is not offered to a coordinator', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, system.baseUrl, SORIA_COORDINATOR, '/labels');
    await coordinator.getByRole('heading', { level: 1, name: 'Labels and translations' }).waitFor();
    await expect(coordinator.getByRole('note').textContent()).resolves.toBe('Only administrators edit the labels and their translations.');
    await expect(coordinator.getByRole('textbox').count()).resolves.toBe(0);
    await expect(coordinator.getByRole('tab').count()).resolves.toBe(0);
    await expectNoAxeViolations(coordinator);
    await coordinator.context().close();
  });
});
