import type { Browser, Page } from 'playwright-core';
import { apiToken, graphql } from './support/api';
import { expectNoAxeViolations, launchChromium, newPage, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, signIn } from './support/users';

const NO_SUCH_ROUNDTABLE = '00000000-0000-4000-8000-000000000000';

// Every page names itself, and the record it shows, in the browser's tab and history, in the
// reader's language; an address that leads nowhere (no such page, region or roundtable) says
// what was not found and offers the way back.
describe('page titles and the not-found page', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let page: Page;
  let soria3: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN] });
    browser = await launchChromium();
    page = await newPage(browser);
    // An administrator sees every page: the import, the review queue, the data quality page.
    await signIn(page, system.baseUrl, ADMIN);
    const token = await apiToken(system.baseUrl, ADMIN);
    const { roundtables } = await graphql<{ roundtables: { id: string; number: number }[] }>(
      system.baseUrl,
      token,
      '{ roundtables(filter: { regions: ["soria"] }) { id number } }',
    );
    soria3 = roundtables.find((roundtable) => roundtable.number === 3)?.id as string;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const open = async (path: string, locale: 'en' | 'es') => {
    await page.evaluate((chosen) => localStorage.setItem('sira.locale', chosen), locale);
    await page.goto(`${system.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };
  const titleIs = (title: string) =>
    eventually(
      () => page.title(),
      (shown) => expect(shown).toBe(title),
    );

  const PAGES: [string, () => string, string, string][] = [
    ['the overview', () => '/', 'Overview · SIRA Monitor', 'Resumen · SIRA Monitor'],
    ['the comparison', () => '/compare', 'Compare regions · SIRA Monitor', 'Comparar regiones · SIRA Monitor'],
    ['the indicators', () => '/indicators', 'Indicators · SIRA Monitor', 'Indicadores · SIRA Monitor'],
    ['the import', () => '/import', 'Import roundtables · SIRA Monitor', 'Importar mesas redondas · SIRA Monitor'],
    ['the review queue', () => '/review', 'Review queue · SIRA Monitor', 'Cola de revisión · SIRA Monitor'],
    ['the data quality page', () => '/quality', 'Data quality · SIRA Monitor', 'Calidad de los datos · SIRA Monitor'],
    ['a region', () => '/regions/soria', 'Region · Soria · SIRA Monitor', 'Región · Soria · SIRA Monitor'],
    [
      'a new roundtable',
      () => '/regions/soria/roundtables/new',
      'Record a roundtable · Soria · SIRA Monitor',
      'Registrar una mesa redonda · Soria · SIRA Monitor',
    ],
    [
      'a roundtable to edit',
      () => `/roundtables/${soria3}/edit`,
      'Edit a roundtable · Soria, roundtable 3 · SIRA Monitor',
      'Editar una mesa redonda · Soria, mesa redonda 3 · SIRA Monitor',
    ],
    [
      'how figures are protected',
      () => '/about/figures',
      'How figures are protected · SIRA Monitor',
      'Cómo se protegen las cifras · SIRA Monitor',
    ],
    ['an unknown address', () => '/nowhere', 'Page not found · /nowhere · SIRA Monitor', 'Página no encontrada · /nowhere · SIRA Monitor'],
    [
      'an unknown region',
      () => '/regions/atlantis',
      'Region not found · atlantis · SIRA Monitor',
      'Región no encontrada · atlantis · SIRA Monitor',
    ],
  ];

  it.each(PAGES)('names %s in English and Spanish', async (_page, path, english, spanish) => {
    await open(path(), 'en');
    await titleIs(english);
    await open(path(), 'es');
    await titleIs(spanish);
  });

  it('names the report with its reporting period, and follows the language as it is switched', async () => {
    await open('/report', 'en');
    // "Report" alone until the reporting periods have loaded, then "Report: <period>".
    const heading = page.getByRole('heading', { level: 1, name: /^Report: / });
    await heading.waitFor();
    const period = ((await heading.textContent()) ?? '').replace(/^Report: /, '');
    await titleIs(`Report · ${period} · SIRA Monitor`);
    await open('/regions/soria', 'en');
    await titleIs('Region · Soria · SIRA Monitor');
    await page.getByLabel('Language').selectOption('es');
    await titleIs('Región · Soria · SIRA Monitor');
    await page.getByLabel('Idioma').selectOption('en');
    await titleIs('Region · Soria · SIRA Monitor');
  });

  it('names the sign-in page to someone not signed in', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${system.baseUrl}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await eventually(
      () => visitor.title(),
      (title) => expect(title).toBe('Sign in · SIRA Monitor'),
    );
    await visitor.context().close();
  });

  it('says what was not found at an unknown address, and offers the previous page, the overview and every region', async () => {
    await open('/compare', 'en');
    await page.goto(`${system.baseUrl}/regions/soria/roundtable-list`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expect(page.locator('.page-intro').textContent()).resolves.toBe(
      'There is no page at /regions/soria/roundtable-list: the address may be mistyped, or the page may have moved.',
    );
    const wayBack = page.getByRole('region', { name: 'Where to go from here' });
    await expect(wayBack.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).resolves.toBe('/');
    await expect(wayBack.getByRole('link', { name: 'Soria' }).getAttribute('href')).resolves.toBe('/regions/soria');
    await expect(wayBack.getByRole('link', { name: 'Karditsa' }).count()).resolves.toBe(1);
    await saveScreenshot(page, 'not-found-en');
    await expectNoAxeViolations(page);

    await wayBack.getByRole('button', { name: 'Back to the previous page' }).click();
    await page.waitForURL(`${system.baseUrl}/compare`);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await wayBack.getByRole('link', { name: 'Soria' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await page.goBack();
    await wayBack.getByRole('link', { name: 'Back to the overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it.each([
    ['a region', '/regions/atlantis', 'Region not found', 'There is no region "atlantis".'],
    ['a region to record in', '/regions/atlantis/roundtables/new', 'Region not found', 'There is no region "atlantis".'],
    [
      'a roundtable',
      `/roundtables/${NO_SUCH_ROUNDTABLE}/edit`,
      'Roundtable not found',
      'There is no roundtable at this address; it may have been deleted.',
    ],
  ])('shows the same page for %s that does not exist', async (_what, path, heading, detail) => {
    await open(path, 'en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    await expect(page.locator('.page-intro').textContent()).resolves.toBe(detail);
    const wayBack = page.getByRole('region', { name: 'Where to go from here' });
    await expect(wayBack.getByRole('link', { name: 'Back to the overview' }).count()).resolves.toBe(1);
    await expect(wayBack.getByRole('link', { name: 'Soria' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('says it in Spanish too, with its links', async () => {
    await open('/nowhere', 'es');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Página no encontrada');
    const wayBack = page.getByRole('region', { name: 'Adónde ir desde aquí' });
    await expect(wayBack.getByRole('link', { name: 'Volver al resumen' }).count()).resolves.toBe(1);
    await saveScreenshot(page, 'not-found-es');
    await expectNoAxeViolations(page);
    await page.evaluate(() => localStorage.setItem('sira.locale', 'en'));
  });
});
