import type { Browser, Page } from 'playwright-core';
import { apiToken, createRoundtable, roundtableNumbers, updateRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { axisTexts, chartCard } from './support/chart-cards';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { SORIA_COORDINATOR, signIn } from './support/users';

const SOURCE = { title: 'Minutes of the platform', url: 'https://example.org/soria-minutes' };

// A regional coordinator records and changes Soria's roundtables through the form: what it
// saves shows on the region page and in the comparison, what the API refuses is shown beside
// each field, and a change made meanwhile by someone else is never overwritten.
describe('the roundtable form', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, SORIA_COORDINATOR, '/regions/soria');
    token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  const summaryItems = () => page.locator('.error-summary li').allTextContents();
  const statusMessage = () => page.locator('p.banner.notice[role="status"]').textContent();
  const focusedId = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
  const openNewForm = async () => {
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.getByRole('link', { name: 'Record a roundtable' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a roundtable · Soria' }).waitFor();
  };

  it('records a roundtable that then shows on the region page and in the comparison', async () => {
    await openNewForm();
    await expect(textbox('Number').inputValue()).resolves.toBe('4');
    await page.getByLabel('Date').fill('2022-03-15');
    await page.getByRole('radio', { name: 'Hybrid' }).check();
    await textbox('Duration (minutes)').fill('90');
    await textbox('Theme').fill('Housing and transport in rural Soria');
    await textbox('Participants').fill('12');
    await textbox('Online').fill('4');
    await textbox('Onsite').fill('8');
    await page.getByRole('checkbox', { name: 'NGOs' }).check();
    await textbox('How many (NGOs)').fill('3');
    await page.getByRole('checkbox', { name: 'Refugees and migrants' }).check();
    await page.getByRole('button', { name: 'Add a challenge' }).click();
    // The new row's first field takes the focus.
    await expect(focusedId()).resolves.toMatch(/^rt-challenges-r\d+-code$/);
    await page.getByRole('combobox', { name: 'Challenge' }).selectOption({ label: 'Transport' });
    await textbox('What was said (optional)').fill('No bus on market days.');
    await page.getByRole('button', { name: 'Add an insight' }).click();
    await textbox('Insight 1').fill('Meeting in the market town helped.');
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Fundación Cepaim' });
    await textbox('Title').fill(SOURCE.title);
    await page.getByRole('textbox', { name: 'Web address (optional)' }).fill(SOURCE.url);
    await page.getByRole('button', { name: 'Record the roundtable' }).click();

    await page.waitForURL(`${system.baseUrl}/regions/soria`);
    await eventually(statusMessage, (text) =>
      expect(text).toBe('Roundtable 4 recorded as a draft: submit it for review when it is complete.'),
    );
    const recorded = page.locator('li.roundtable', { has: page.getByRole('heading', { name: /^Roundtable 4 ·/ }) });
    await recorded.waitFor();
    await expect(recorded.getByText('Total 12 · Online 4 · Onsite 8').count()).resolves.toBe(1);
    await expect(recorded.getByText('Refugees and migrants, NGOs (3)').count()).resolves.toBe(1);
    await expect(recorded.getByText('No bus on market days.').count()).resolves.toBe(1);

    await page.getByRole('link', { name: 'Compare regions' }).click();
    await eventually(axisTexts(chartCard(page, 'Attendance by mode, per region')), (texts) =>
      expect(texts).toEqual(['Guadalajara', 'Soria', '26', '33']),
    );
  });

  it('shows each problem beside its field, links to it from a summary, and saves nothing', async () => {
    const before = await roundtableNumbers(system.baseUrl, token, 'soria');
    await openNewForm();
    await textbox('Number').fill('5');
    await page.getByLabel('Date').fill('2022-04-20');
    await textbox('Duration (minutes)').fill('1.5');
    await textbox('Participants').fill('20');
    await textbox('Online').fill('30');
    await textbox('Onsite').fill('5');
    const submit = page.getByRole('button', { name: 'Record the roundtable' });

    // The validation rules run as the figures are typed, beside their fields, before any attempt to save.
    await eventually(
      () => page.locator('#rt-attendance-online-error').textContent(),
      (text) => expect(text).toBe('Problem: must be at most the number of participants (20); correct it or the participants'),
    );

    // A number the API could not even read is caught before sending; the rules' errors are listed with it.
    await submit.click();
    await eventually(summaryItems, (items) =>
      expect(items).toEqual([
        'Duration (minutes): must be a whole number (0, 1, 2, …)',
        'Attendance: Online: must be at most the number of participants (20); correct it or the participants',
        'Attendance: online (30) + onsite (5) must be at most the number of participants (20); correct the split or the participants',
      ]),
    );
    await expect(focusedId()).resolves.toBe('error-summary');
    await expect(textbox('Duration (minutes)').getAttribute('aria-invalid')).resolves.toBe('true');

    // The API names every other problem at once: the figures that do not add up, each once. No
    // source is no problem: without one, the roundtable is the platform's own record.
    await textbox('Duration (minutes)').fill('');
    await submit.click();
    await eventually(summaryItems, (items) =>
      expect(items).toEqual([
        'Attendance: Online: must be at most the number of participants (20); correct it or the participants',
        'Attendance: online (30) + onsite (5) must be at most the number of participants (20); correct the split or the participants',
      ]),
    );

    // Choosing onsite leaves the figures across fields, online at an onsite roundtable among them.
    await page.getByRole('radio', { name: 'Onsite' }).check();
    await submit.click();
    await eventually(summaryItems, (items) =>
      expect(items).toEqual([
        'Attendance: Online: must be at most the number of participants (20); correct it or the participants',
        'Attendance: online (30) + onsite (5) must be at most the number of participants (20); correct the split or the participants',
        'Attendance: Online: must be empty or 0 for an onsite roundtable (30 given); correct it or the format',
      ]),
    );
    // The rules list the new problem as it is typed; the refusal, once answered, moves the focus to the list.
    await eventually(focusedId, (id) => expect(id).toBe('error-summary'));
    const online = textbox('Online');
    await expect(online.getAttribute('aria-invalid')).resolves.toBe('true');
    // Described by its limit, then by its problem.
    await expect(online.getAttribute('aria-describedby')).resolves.toMatch(/^\S+ rt-attendance-online-error$/);
    await expect(page.locator('#rt-attendance').getAttribute('aria-describedby')).resolves.toContain('rt-attendance-error');
    await expect(textbox('Duration (minutes)').getAttribute('aria-invalid')).resolves.toBeNull();
    await saveScreenshot(page, 'roundtable-form-errors');
    await expectNoAxeViolations(page);

    await page
      .getByRole('link', { name: 'Attendance: Online: must be empty or 0 for an onsite roundtable (30 given); correct it or the format' })
      .click();
    await expect(focusedId()).resolves.toBe('rt-attendance-online');
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual(before);
  });

  it("shows a rule's warning beside its field, saves all the same, and says after saving what to check", async () => {
    await openNewForm();
    const number = await textbox('Number').inputValue();
    await page.getByLabel('Date').fill('2022-05-04');
    await textbox('Duration (minutes)').fill('5');
    await textbox('Title').fill(SOURCE.title);
    await eventually(
      () => page.locator('#rt-durationMinutes-warning').textContent(),
      (text) => expect(text).toBe('Check: is 5 minutes, while a roundtable lasts 15 to 600; check it'),
    );
    await expect(textbox('Duration (minutes)').getAttribute('aria-describedby')).resolves.toContain('rt-durationMinutes-warning');
    await expect(textbox('Duration (minutes)').getAttribute('aria-invalid')).resolves.toBeNull();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Record the roundtable' }).click();
    await page.waitForURL(`${system.baseUrl}/regions/soria`);
    await eventually(statusMessage, (text) =>
      expect(text).toBe(
        `Roundtable ${number} recorded as a draft: submit it for review when it is complete. ` +
          'Worth checking: Duration (minutes): is 5 minutes, while a roundtable lasts 15 to 600; check it.',
      ),
    );
    // The region page says it too, beside the roundtable, from the API's warnings.
    const recorded = page.locator('li.roundtable', { has: page.getByRole('heading', { name: new RegExp(`^Roundtable ${number} ·`) }) });
    await expect(recorded.locator('.rule-warnings').textContent()).resolves.toBe(
      'Worth checking: Duration from 15 to 600 minutes: is 5 minutes, while a roundtable lasts 15 to 600; check it.',
    );
  });

  it('says each limit beside its field, in English and Spanish, and refuses a value past one before sending', async () => {
    const before = await roundtableNumbers(system.baseUrl, token, 'soria');
    await openNewForm();
    const hintOf = async (id: string) => {
      const [hint] = ((await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '').split(' ');
      return page.locator(`[id="${hint}"]`).textContent();
    };
    await expect(hintOf('rt-attendance-participants')).resolves.toBe('At most 100,000.');
    await expect(hintOf('rt-attendance-organisations')).resolves.toBe('At most 10,000.');
    await expect(hintOf('rt-number')).resolves.toBe('Its place in the platform: 1 for the first roundtable. At most 10,000.');
    await expect(hintOf('rt-theme')).resolves.toBe('At most 2,000 characters.');
    await expect(hintOf('rt-date')).resolves.toMatch(/^From Jan 1, 2000 to \w{3} \d{1,2}, \d{4}\.$/);
    await expect(hintOf('rt-sources')).resolves.toBe(
      "Where the figures were published (an article, a report), if they were. Leave it empty for your platform's own record of the meeting: its figures then rest on this record, whose history keeps who recorded it and when. Up to 20.",
    );

    await page.getByLabel('Date').fill('1900-01-01');
    await textbox('Participants').fill('2000000000');
    await textbox('Title').fill(SOURCE.title);
    const submit = page.getByRole('button', { name: 'Record the roundtable' });
    await submit.click();
    await eventually(summaryItems, (items) =>
      expect(items).toEqual([
        expect.stringMatching(/^Date: must be from Jan 1, 2000 to \w{3} \d{1,2}, \d{4}$/),
        'Attendance: Participants: must be at most 100,000',
      ]),
    );
    await saveScreenshot(page, 'roundtable-form-limits');

    await page.getByLabel('Language').selectOption('es');
    await eventually(
      () => hintOf('rt-attendance-participants'),
      (hint) => expect(hint).toBe('Como máximo 100.000.'),
    );
    await expect(hintOf('rt-theme')).resolves.toBe('Como máximo 2000 caracteres.');
    // The form is laid out anew in the other language, empty.
    await textbox('Participantes').fill('2000000000');
    await page.getByRole('button', { name: 'Registrar la mesa redonda' }).click();
    await eventually(summaryItems, (items) => expect(items).toEqual([expect.stringMatching(/: debe ser como máximo 100\.000$/)]));
    await page.getByLabel('Idioma').selectOption('en');
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual(before);
  });

  it('offers no editing of a region the coordinator does not coordinate', async () => {
    await page.goto(`${system.baseUrl}/regions/teruel`);
    await page.getByText('No records: no roundtable of this region matches the period and filters chosen.').waitFor();
    await expect(page.getByRole('link', { name: 'Record a roundtable' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Deleted roundtables' }).count()).resolves.toBe(0);
    // Soria's page, by contrast, offers them: on the roundtable recorded above, not on the
    // published one, which is approved and so locked.
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.getByRole('link', { name: 'Edit roundtable 4' }).waitFor();
    await expect(page.getByRole('button', { name: 'Delete roundtable 4' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Edit roundtable 3' }).count()).resolves.toBe(0);

    await page.goto(`${system.baseUrl}/regions/teruel/roundtables/new`);
    await eventually(
      () => page.getByRole('note').textContent(),
      (text) => expect(text).toContain('Only an administrator or the coordinator of Teruel may record and change its roundtables.'),
    );
    await expect(page.locator('form.roundtable-form').count()).resolves.toBe(0);
  });

  it('refuses to overwrite a change saved meanwhile, and shows it on reload', async () => {
    const input = {
      region: 'soria',
      number: 6,
      date: '2022-05-10',
      attendance: { participants: 10 },
      sources: [{ title: 'Attendance sheet' }],
    };
    const created = await createRoundtable(system.baseUrl, token, input);
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.getByRole('link', { name: 'Edit roundtable 6' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit roundtable 6 · Soria' }).waitFor();
    await expect(page.getByText('You are editing version 1.').count()).resolves.toBe(1);

    await updateRoundtable(system.baseUrl, token, created, { ...input, theme: 'Changed elsewhere' });
    await textbox('Theme').fill('My change');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const alert = page.getByRole('alert');
    await eventually(
      () => alert.textContent(),
      (text) => expect(text).toContain('Someone else changed this roundtable while you were editing it (it is now at version 2).'),
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('alert');

    await page.getByRole('button', { name: 'Reload their version' }).click();
    await eventually(
      () => textbox('Theme').inputValue(),
      (value) => expect(value).toBe('Changed elsewhere'),
    );
    await expect(statusMessage()).resolves.toBe('Showing version 2, as saved by someone else. Make your change again.');
    await textbox('Theme').fill('My change');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${system.baseUrl}/regions/soria`);
    await eventually(statusMessage, (text) => expect(text).toBe('Roundtable 6 saved.'));
    await eventually(
      () => page.getByText('My change', { exact: true }).count(),
      (count) => expect(count).toBe(1),
    );
  });
  it("speaks of what was recorded for a platform's own meeting, and of what was published once a source is entered", async () => {
    await openNewForm();
    const intro = () => page.locator('.page-intro').textContent();
    const saysRecorded = async () => {
      await expect(intro()).resolves.toBe('Enter what was recorded at the meeting. A box left empty is recorded as not known, never as 0.');
      await expect(page.getByRole('group', { name: 'The participants were counted as' }).count()).resolves.toBe(1);
      await expect(page.getByRole('radio', { name: 'Not recorded' }).count()).resolves.toBe(1);
      await expect(page.getByText('Leave empty if not known.').count()).resolves.toBe(1);
    };
    await saysRecorded();
    await textbox('Title').fill('Minutes published by the town hall');
    await eventually(intro, (text) =>
      expect(text).toBe('Enter what the source says. A box left empty is recorded as not published, never as 0.'),
    );
    await expect(page.getByRole('group', { name: 'The source gives the participants as' }).count()).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: 'Not published' }).count()).resolves.toBe(1);
    await textbox('Title').fill('');
    await eventually(intro, (text) => expect(text).toMatch(/^Enter what was recorded/));
    await saysRecorded();

    await page.getByLabel('Language').selectOption('es');
    await eventually(intro, (text) =>
      expect(text).toBe('Introduzca lo que se registró en la reunión. Una casilla vacía se registra como desconocida, nunca como 0.'),
    );
    await expect(page.getByRole('group', { name: 'Los participantes se contaron como' }).count()).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: 'No registrado' }).count()).resolves.toBe(1);
    await page.getByLabel('Idioma').selectOption('en');
    await eventually(intro, (text) => expect(text).toMatch(/^Enter what was recorded/));
    await expectNoAxeViolations(page);

    // Recorded without a source: the region page says its figures are as recorded, by its platform.
    const number = await textbox('Number').inputValue();
    await page.getByLabel('Date').fill('2022-06-08');
    await page.getByRole('radio', { name: 'Onsite' }).check();
    await textbox('Participants').fill('9');
    await textbox('Onsite').fill('9');
    await page.getByRole('button', { name: 'Record the roundtable' }).click();
    await page.waitForURL(`${system.baseUrl}/regions/soria`);
    const own = page.locator('li.roundtable', { has: page.getByRole('heading', { name: new RegExp(`^Roundtable ${number} ·`) }) });
    await own.waitFor();
    await expect(own.getByText('(as recorded)').count()).resolves.toBe(1);
    await expect(own.locator('.sources').textContent()).resolves.toBe('SourcesRecorded by the Soria platform itself, not published');
    // A roundtable whose figures cite a publication still says so.
    const sourced = page.locator('li.roundtable', { has: page.getByRole('heading', { name: /^Roundtable 6 ·/ }) });
    await expect(sourced.getByText('(as published)').count()).resolves.toBe(1);
    // The region's charts and the report list the platform among their sources, after the publications.
    await expect(page.locator('section.card .sources').first().textContent()).resolves.toContain(
      'Recorded by the Soria platform itself, not published',
    );
    await page.goto(`${system.baseUrl}/report?regions=soria`);
    await eventually(
      () => page.locator('.report-sources').textContent(),
      (text) => expect(text).toContain('Recorded by the Soria platform itself, not published'),
    );
    await page.goto(`${system.baseUrl}/regions/soria`);
    await own.waitFor();

    await own.getByRole('link', { name: `Edit roundtable ${number}` }).click();
    await eventually(intro, (text) =>
      expect(text).toBe(
        'Enter what was recorded at the meeting. A box left empty is recorded as not known, never as 0. You are editing version 1.',
      ),
    );
    await page.goto(`${system.baseUrl}/regions/soria`);
    await sourced.getByRole('link', { name: 'Edit roundtable 6' }).click();
    await eventually(intro, (text) => expect(text).toMatch(/^Enter what the source says\. .* You are editing version \d+\.$/));
  });

  it('says a problem once: an empty date beside its field and in the summary, and saves nothing', async () => {
    const before = await roundtableNumbers(system.baseUrl, token, 'soria');
    await openNewForm();
    await textbox('Participants').fill('12');
    const submit = page.getByRole('button', { name: 'Record the roundtable' });
    await submit.click();
    await eventually(summaryItems, (items) => expect(items).toEqual(['Date: is required']));
    await expect(page.locator('#rt-date-error').textContent()).resolves.toBe('Problem: is required');
    await textbox('Number').fill('');
    await submit.click();
    await eventually(summaryItems, (items) => expect(items).toEqual(['Number: is required']));
    await expect(page.locator('#rt-number-error').textContent()).resolves.toBe('Problem: is required');
    expect(await roundtableNumbers(system.baseUrl, token, 'soria')).toEqual(before);
  });

  it('asks to confirm a deletion with the roundtable it deletes, not a version', async () => {
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.getByRole('button', { name: 'Delete roundtable 4' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete roundtable 4?' });
    await expect(dialog.getByRole('button', { name: 'Delete roundtable 4', exact: true }).count()).resolves.toBe(1);
    await expect(dialog.getByText(/Delete version/).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
  });
});
