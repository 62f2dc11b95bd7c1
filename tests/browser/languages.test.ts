import type { Browser, Page, Request } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, newPage } from './support/browser';
import { type BuiltSystem, startBuiltSystem } from './support/system';

// Each language loads only when it is read: an English reader's browser never fetches the
// Spanish texts; a reader whose browser prefers Spanish gets the dashboard in Spanish from the
// first view; a language chosen is remembered across reloads, and the API is asked in it.
describe('the languages of the dashboard', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** The script files a page fetched, by name without their hash. */
  const scriptsOf = (page: Page) => {
    const names: string[] = [];
    page.on('request', (request) => {
      const match = /\/assets\/([A-Za-z-]+)-[\w-]+\.js$/.exec(request.url());
      if (match?.[1]) names.push(match[1]);
    });
    return names;
  };
  const SPANISH_TEXTS = /^(es|editing-es|quality-es|indicators-es|report-es|about-es)$/;

  it('fetches no Spanish texts for an English reader, then only the ones a page needs once Spanish is chosen', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    const scripts = scriptsOf(page);
    await page.goto(`${system.baseUrl}/regions/soria`);
    await page.getByRole('heading', { level: 1, name: 'Soria' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Roundtables', exact: true }).waitFor();
    expect(scripts.filter((name) => SPANISH_TEXTS.test(name))).toEqual([]);

    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Mesas redondas', exact: true }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    expect(scripts.filter((name) => SPANISH_TEXTS.test(name)).sort()).toEqual(['editing-es', 'es']);

    // The choice is remembered, and the API is asked in it from the first request after the reload,
    // before the page is drawn in Spanish: its refusals and errors come in the reader's language.
    const asked: string[] = [];
    const listen = (request: Request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.headers()['accept-language'] ?? '');
    };
    page.on('request', listen);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Mesas redondas', exact: true }).waitFor();
    // The overview asks for its figures as soon as it is first drawn.
    await page.goto(`${system.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Resumen' }).waitFor();
    await page.locator('svg.recharts-surface').first().waitFor();
    page.off('request', listen);
    expect(asked.length).toBeGreaterThan(0);
    expect([...new Set(asked)]).toEqual(['es']);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('speaks Spanish from the first view to a reader whose browser prefers it', async () => {
    const page = await newPage(browser, { locale: 'es-ES' });
    await page.goto(`${system.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Resumen' }).waitFor();
    await expect(page.getByLabel('Idioma').inputValue()).resolves.toBe('es');
    await page.context().close();
  });
});
