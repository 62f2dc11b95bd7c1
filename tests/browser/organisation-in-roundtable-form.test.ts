import type { Browser, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { SORIA_COORDINATOR, signIn } from './support/users';

// A coordinator recording a roundtable finds its local partner missing from the organisers and
// records it from inside the form: a dialog, by keyboard, then back to the form as it was
// typed, with the new organisation chosen as organiser; saved, the roundtable names it.
describe('adding an organisation from inside the roundtable form', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR] });
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, system.baseUrl, SORIA_COORDINATOR, '/regions/soria/roundtables/new');
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  const dialog = () => page.getByRole('dialog', { name: 'Add an organisation' });
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
  const focusedLabel = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent ?? '';
    });

  it('records the partner in Soria, chooses it as organiser, keeps what was typed, and saves the roundtable with it', async () => {
    await page.getByRole('heading', { level: 1, name: 'Record a roundtable · Soria' }).waitFor();
    await page.getByLabel('Date').fill('2022-05-10');
    await textbox('Theme').fill('Rural jobs for newcomers');
    await textbox('Participants').fill('14');
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    const organiser = page.getByRole('combobox', { name: 'Organisation' });
    // What the list offers before: the three organisations working across regions, no local partner.
    await expect(organiser.locator('option').allTextContents()).resolves.toEqual([
      'Choose an organisation',
      'Fundación Cepaim',
      'ICMC Europe',
      'IOM Spain',
    ]);

    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await dialog().waitFor();
    await expect(focusedLabel()).resolves.toBe('Name');
    await expect(dialog().getByText('It is recorded in Soria, the roundtable’s region.').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    // Sent empty, each field says what it needs, and nothing is recorded.
    await page.keyboard.press('Enter');
    await eventually(
      () => dialog().locator('.field-error').allTextContents(),
      (errors) => expect(errors).toEqual(['Problem: Write its name: at least 2 characters.', 'Problem: Choose its stakeholder category.']),
    );
    await expect(focusedLabel()).resolves.toBe('Name');
    await saveScreenshot(page, 'organisation-dialog-in-roundtable-form');
    await expect(page.url()).toBe(`${system.baseUrl}/regions/soria/roundtables/new`);
    await expectNoAxeViolations(page);

    // By keyboard alone: the name, the category, migrant-led, then Enter in the name field sends it.
    await page.keyboard.type('Asociación Raíces de Soria');
    await page.keyboard.press('Tab');
    await dialog()
      .getByRole('combobox', { name: 'Stakeholder category' })
      .selectOption({ label: 'Migrant- and refugee-led organisations' });
    await dialog().getByRole('radio', { name: 'Yes', exact: true }).check();
    await dialog().getByRole('textbox', { name: 'Name' }).press('Enter');

    await dialog().waitFor({ state: 'hidden' });
    // The new organisation is chosen in the organiser row left empty, which takes the focus.
    await eventually(
      () => organiser.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''),
      (chosen) => expect(chosen).toBe('Asociación Raíces de Soria'),
    );
    await expect(focused()).resolves.toMatch(/^rt-organisers-r\d+-organisation$/);
    await expect(page.getByRole('combobox', { name: 'Organisation' }).count()).resolves.toBe(1);
    // Nothing typed before was lost.
    await expect(page.getByLabel('Date').inputValue()).resolves.toBe('2022-05-10');
    await expect(textbox('Theme').inputValue()).resolves.toBe('Rural jobs for newcomers');
    await expect(textbox('Participants').inputValue()).resolves.toBe('14');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organisation-chosen-in-roundtable-form');

    await textbox('Title').fill('Minutes of the platform');
    await page.getByRole('button', { name: 'Record the roundtable' }).click();
    await page.waitForURL(`${system.baseUrl}/regions/soria`);
    const recorded = page.locator('li.roundtable', { has: page.getByRole('heading', { name: /^Roundtable 4 ·/ }) });
    await recorded.waitFor();
    await expect(recorded.getByText('Asociación Raíces de Soria').count()).resolves.toBeGreaterThan(0);

    // The API agrees: one organisation, of Soria, migrant-led, named as the roundtable's organiser.
    const token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    const data = await graphql<{
      organisationPage: { rows: { slug: string; migrantLed: boolean; category: { code: string }; region: { slug: string } }[] };
      roundtables: { number: number; organisers: { role: string; organisation: { slug: string } | null }[] }[];
    }>(
      system.baseUrl,
      token,
      `{ organisationPage(filter: { search: "Raíces" }) { rows { slug migrantLed category { code } region { slug } } }
         roundtables(filter: { regions: ["soria"] }) { number organisers { role organisation { slug } } } }`,
    );
    expect(data.organisationPage.rows).toEqual([
      { slug: 'asociacion-raices-de-soria', migrantLed: true, category: { code: 'MIGRANT_LED_ORGANISATION' }, region: { slug: 'soria' } },
    ]);
    expect(data.roundtables.find((roundtable) => roundtable.number === 4)?.organisers).toEqual([
      { role: 'ORGANISER', organisation: { slug: 'asociacion-raices-de-soria' } },
    ]);
  });

  it('offers the new partner to the next roundtable of Soria; Escape closes the dialog and gives the focus back', async () => {
    await page.goto(`${system.baseUrl}/regions/soria/roundtables/new`);
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await expect(
      page.getByRole('combobox', { name: 'Organisation' }).locator('option', { hasText: 'Asociación Raíces de Soria' }).count(),
    ).resolves.toBe(1);
    const open = page.getByRole('button', { name: 'Add an organisation' });
    await open.click();
    await dialog().waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add an organisation');
  });
});
