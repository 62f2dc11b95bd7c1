import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../dashboard/src/app/i18n/locales';
import { isPlainText } from '../../dashboard/src/app/i18n/plain-text';
import { apiToken, graphql } from './support/api';
import { launchChromium, newPage, saveScreenshot } from './support/browser';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { ADMIN, signIn } from './support/users';

// Every page in every language the dashboard speaks, as an administrator sees it (who sees
// every page) and signed out: each is screenshot (kept as CI artifacts, to be read by someone
// who speaks the language) and checked for English left behind, i.e. a line of the page that
// is an English text of the catalogues which the language translates otherwise, or a taxonomy
// label the API gives in English although it has it in the language.
const MESSAGES_DIR = path.join(__dirname, '../../dashboard/src/app/i18n/messages');
const OTHER_LOCALES = (Object.keys(LOCALES) as Locale[]).filter((locale) => locale !== 'en');

type Texts = Record<string, string>;
/** A catalogue file's texts: the one object it exports. */
const read = (file: string): Texts => {
  const module = require(path.join(MESSAGES_DIR, file)) as Record<string, unknown>;
  return Object.values(module).find((value) => typeof value === 'object' && value !== null) as Texts;
};
/** Every catalogue's texts in a language, all namespaces together. */
const textsIn = (locale: Locale): Texts =>
  Object.assign(
    {},
    ...readdirSync(MESSAGES_DIR)
      .filter((file) => file === `${locale}.ts` || file.endsWith(`-${locale}.ts`))
      .map(read),
  );

/**
 * English texts that read otherwise in `locale`: seen on a page in that language, they were left
 * untranslated. Not those the language also writes (French "Organisations", "Participants"),
 * nor the languages' own names in the language menu.
 */
function englishLeftOvers(locale: Locale, taxonomy: { en: string; other: string }[]): Set<string> {
  const english = textsIn('en');
  const other = textsIn(locale);
  // The language menu names each language in itself ("English", "Ελληνικά") whatever the page's language.
  const languageNames = Object.values(LOCALES).map(({ name }) => name);
  const alsoInTheLanguage = new Set([...Object.values(other), ...taxonomy.map(({ other }) => other), ...languageNames]);
  const fromCatalogues = Object.entries(english)
    .filter(([key, text]) => isPlainText(text) && /\p{L}{3}/u.test(text) && other[key] !== text)
    .map(([, text]) => text);
  const fromApi = taxonomy.filter(({ en, other }) => en !== other).map(({ en }) => en);
  return new Set([...fromCatalogues, ...fromApi].filter((text) => !alsoInTheLanguage.has(text)));
}

const TAXONOMY = `query ($locale: Locale!) {
  stakeholderCategories { en: label(locale: en) other: label(locale: $locale) }
  challenges { en: label(locale: en) other: label(locale: $locale) }
}`;

describe('every page in every language', () => {
  let system: BuiltSystem;
  let browser: Browser;
  let token: string;
  let roundtableId: string;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [ADMIN] });
    browser = await launchChromium();
    token = await apiToken(system.baseUrl, ADMIN);
    const { region } = await graphql<{ region: { roundtables: { id: string }[] } }>(
      system.baseUrl,
      token,
      '{ region(slug: "soria") { roundtables { id } } }',
    );
    roundtableId = region.roundtables[0]?.id as string;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** The pages, by a name for their screenshot; those after `signedOutOnly` need no session. */
  const pages = () => ({
    overview: '/',
    compare: '/compare',
    indicators: '/indicators',
    report: '/report',
    region: '/regions/soria',
    'new-roundtable': '/regions/soria/roundtables/new',
    'edit-roundtable': `/roundtables/${roundtableId}/edit`,
    participants: `/roundtables/${roundtableId}/participants`,
    import: '/import',
    review: '/review',
    quality: '/quality',
    organisations: '/organisations',
    users: '/users',
    account: '/account',
    'about-figures': '/about/figures',
    'not-found': '/no-such-page',
  });

  /** Opens `pathname` and waits until it has drawn what it fetches. */
  const open = async (page: Page, pathname: string) => {
    await page.goto(`${system.baseUrl}${pathname}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page
      .locator('[aria-busy="true"]')
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
  };

  /** The page's visible lines that are English left behind. */
  const leftOversOn = async (page: Page, english: Set<string>) => {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, a line per block, is the point.
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
    return [...new Set(lines.filter((line) => english.has(line)))];
  };

  it.each(OTHER_LOCALES)('shows every page in %s, with no English left behind', async (locale) => {
    const taxonomy = await graphql<{ stakeholderCategories: { en: string; other: string }[]; challenges: { en: string; other: string }[] }>(
      system.baseUrl,
      token,
      TAXONOMY,
      { locale },
    );
    const english = englishLeftOvers(locale, [...taxonomy.stakeholderCategories, ...taxonomy.challenges]);
    const page = await newPage(browser, { locale });
    try {
      // Signed out first: the sign-in page, in the language the browser prefers.
      await open(page, '/sign-in');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale);
      await saveScreenshot(page, `language-${locale}-sign-in`);
      const found: Record<string, string[]> = {};
      const signInLeftOvers = await leftOversOn(page, english);
      if (signInLeftOvers.length) found['sign-in'] = signInLeftOvers;

      // Signing in is done in English, as the helper's labels are; the choice is then the language's.
      await page.evaluate(() => localStorage.setItem('sira.locale', 'en'));
      await signIn(page, system.baseUrl, ADMIN);
      await page.evaluate((chosen) => localStorage.setItem('sira.locale', chosen), locale);
      for (const [name, pathname] of Object.entries(pages())) {
        await open(page, pathname);
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale);
        await saveScreenshot(page, `language-${locale}-${name}`);
        const leftOvers = await leftOversOn(page, english);
        if (leftOvers.length) found[name] = leftOvers;
      }
      expect(found).toEqual({});
    } finally {
      await page.context().close();
    }
  });
});
