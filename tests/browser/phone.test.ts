import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiToken, createRoundtable } from './support/api';
import { expectNoAxeViolations, launchChromium, saveScreenshot } from './support/browser';
import { waitForCharts } from './support/eventually';
import { type BuiltSystem, startBuiltSystem } from './support/system';
import { SORIA_COORDINATOR, signIn } from './support/users';

/** A small phone, the narrowest screen the dashboard is made for. */
const PHONE = { width: 360, height: 740 };
/** The least a control people tap may measure each way (WCAG 2.5.5, target size). */
const TOUCH = 44;

interface PhonePage {
  name: string;
  /** Its address; `roundtable` is the id of a roundtable of Soria the coordinator may change. */
  path: (ids: { roundtable: string }) => string;
  signedIn: boolean;
  /** A form people enter figures in: its labels sit above the fields and counts bring up the numeric keyboard. */
  form?: boolean;
  /** It draws charts, which must then read at that width. */
  charts?: boolean;
}

/** The pages people enter or read a region's data on from a phone; a new such page is one more line here. */
const PHONE_PAGES: PhonePage[] = [
  { name: 'overview', path: () => '/', signedIn: false, charts: true },
  { name: 'region page, signed out', path: () => '/regions/soria', signedIn: false, charts: true },
  { name: 'region page, signed in', path: () => '/regions/soria', signedIn: true, charts: true },
  { name: 'new roundtable form', path: () => '/regions/soria/roundtables/new', signedIn: true, form: true },
  { name: 'edit form', path: ({ roundtable }) => `/roundtables/${roundtable}/edit`, signedIn: true, form: true },
  { name: 'attendance sheet', path: ({ roundtable }) => `/roundtables/${roundtable}/participants`, signedIn: true },
  { name: 'sync view', path: () => '/sync', signedIn: true },
];

/** The form's fields that hold a count, by their labels (a ticked category adds its two). */
const COUNT_FIELDS = [
  'Number',
  'Duration (minutes)',
  'Participants',
  'Online',
  'Onsite',
  'Organisations represented',
  'How many (NGOs)',
  'At most (for a range) (NGOs)',
];

/**
 * Every visible element whose box passes the right edge of the screen, outermost first. What
 * scrolls sideways inside its own box (a wide table in its wrapper) is no overflow of the page.
 */
function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const edge = root.clientWidth;
    const describe = (element: Element) => {
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const box = element.getBoundingClientRect();
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} "${text}" (${Math.round(box.left)}–${Math.round(box.right)} px)`;
    };
    // An ancestor that scrolls or clips sideways holds what lies in it, unless the element is
    // positioned against a box outside that ancestor (a visually hidden text, say), which then
    // spills over the page however well its ancestor clips.
    const clippedInside = (element: Element) => {
      const position = getComputedStyle(element).position;
      if (position === 'fixed') return false;
      let containedBy: Element | null = position === 'absolute' ? null : element.parentElement;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (!containedBy && style.position !== 'static') containedBy = parent;
        if (containedBy && style.overflowX !== 'visible') return parent.getBoundingClientRect().right <= edge + 0.5;
      }
      return false;
    };
    const over = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      if (element.getClientRects().length === 0) continue;
      if (element.getBoundingClientRect().right > edge + 0.5 && !clippedInside(element)) over.add(element);
    }
    const offenders = [...over].filter((element) => !(element.parentElement && over.has(element.parentElement))).map(describe);
    return { scrollWidth: root.scrollWidth, clientWidth: edge, offenders };
  });
}

/**
 * Every visible control smaller than a fingertip. A checkbox or radio button is tapped on its
 * label, so the label's box is measured. Links inside running text are exempt, as WCAG 2.5.8
 * exempts inline targets (their size is the line's); only those: a link standing alone is a control.
 */
function smallTargets(page: Page, least: number): Promise<string[]> {
  return page.evaluate((size) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], summary',
    );
    const small: string[] = [];
    for (const control of controls) {
      const style = getComputedStyle(control);
      const own = control.getBoundingClientRect();
      // Off the screen until focused (the skip link), or not drawn.
      if (own.width === 0 || own.height === 0 || own.right <= 0 || style.visibility === 'hidden') continue;
      if (control instanceof HTMLAnchorElement && style.display === 'inline') {
        const block = control.parentElement;
        const words = (block?.textContent ?? '').replace(control.textContent ?? '', '').trim();
        if (words.length > 0) continue;
      }
      const toggle = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
      const target = toggle ? (control.closest('label') ?? control.labels?.[0] ?? control) : control;
      const box = target.getBoundingClientRect();
      if (box.width < size - 0.5 || box.height < size - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const label = control.id ? (document.querySelector(`label[for="${control.id}"]`)?.textContent ?? '') : '';
        small.push(
          `${control.tagName.toLowerCase()}${control.getAttribute('type') ? `[type=${control.getAttribute('type')}]` : ''} "${name || label.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, least);
}

/** The form's text, number, date and select fields whose label is not wholly above them. */
function labelsBesideFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'form input[type="text"], form input[type="number"], form input[type="date"], form input[type="url"], form input:not([type]), form select, form textarea',
    );
    const beside: string[] = [];
    for (const field of fields) {
      const box = field.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const labels = [...(field.labels ?? [])].filter((label) => label.getBoundingClientRect().height > 1);
      for (const label of labels) {
        if (label.getBoundingClientRect().bottom > box.top + 0.5) beside.push((label.textContent ?? '').trim());
      }
    }
    return beside;
  });
}

/**
 * What does not read at 360 px in each chart: a drawing wider than its card, bars that are not
 * laid out horizontally (categories down the side), words cut off at the drawing's edge, and a
 * legend that runs past its card instead of wrapping.
 */
function chartProblems(page: Page): Promise<{ charts: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const cards = [...document.querySelectorAll<HTMLElement>('section.card')].filter((card) => card.querySelector('svg.recharts-surface'));
    for (const card of cards) {
      const title = card.querySelector('h2')?.textContent?.trim() ?? '(untitled)';
      const inner = card.getBoundingClientRect();
      const svg = card.querySelector('svg.recharts-surface') as SVGSVGElement;
      const drawing = svg.getBoundingClientRect();
      if (drawing.left < inner.left - 0.5 || drawing.right > inner.right + 0.5) {
        problems.push(`${title}: drawing ${Math.round(drawing.width)} px wide in a card of ${Math.round(inner.width)} px`);
      }
      if (svg.querySelector('.recharts-bar-rectangle')) {
        const categories = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].filter((text) =>
          /\p{L}/u.test(text.textContent ?? ''),
        );
        if (categories.length === 0) problems.push(`${title}: bars not horizontal (no category down the side)`);
      }
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < drawing.left - 1 || box.right > drawing.right + 1) {
          problems.push(`${title}: "${text.textContent}" cut off at the drawing's edge`);
        }
      }
      for (const legend of card.querySelectorAll<HTMLElement>('.legend')) {
        const box = legend.getBoundingClientRect();
        if (box.right > inner.right + 0.5 || legend.scrollWidth > legend.clientWidth + 0.5) {
          problems.push(`${title}: legend ${Math.round(legend.scrollWidth)} px wide in a card of ${Math.round(inner.width)} px`);
        }
      }
    }
    return { charts: cards.length, problems };
  });
}

// The pages people enter a roundtable's data on, and read a region's, at the size of a small
// phone held upright: nothing runs off the side, every control is big enough to tap, the form's
// labels sit above its fields, counts bring up the numeric keyboard, and the charts still read.
describe('at phone size (360 × 740)', () => {
  let system: BuiltSystem;
  let browser: Browser;
  const contexts: { signedIn?: BrowserContext; signedOut?: BrowserContext } = {};
  const pages: { signedIn?: Page; signedOut?: Page } = {};
  let roundtable: string;

  const phoneContext = () => browser.newContext({ locale: 'en-GB', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [SORIA_COORDINATOR] });
    browser = await launchChromium();
    contexts.signedOut = await phoneContext();
    contexts.signedIn = await phoneContext();
    pages.signedOut = await contexts.signedOut.newPage();
    pages.signedIn = await contexts.signedIn.newPage();
    await signIn(pages.signedIn, system.baseUrl, SORIA_COORDINATOR, '/regions/soria');
    const token = await apiToken(system.baseUrl, SORIA_COORDINATOR);
    roundtable = (
      await createRoundtable(system.baseUrl, token, {
        region: 'soria',
        number: 4,
        date: '2022-05-10',
        format: 'HYBRID',
        attendance: { participants: 12, online: 4, onsite: 8 },
        insights: ['Meeting in the market town helped.'],
        sources: [{ title: 'Attendance sheet kept by the platform' }],
      })
    ).id;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const open = async (entry: PhonePage): Promise<Page> => {
    const page = (entry.signedIn ? pages.signedIn : pages.signedOut) as Page;
    await page.goto(`${system.baseUrl}${entry.path({ roundtable })}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    if (entry.charts) await page.locator('section.card svg.recharts-surface').first().waitFor();
    await waitForCharts(page);
    if (entry.form) {
      // Its category's counts show once a category is ticked.
      const ngos = page.getByRole('checkbox', { name: 'NGOs' });
      if (!(await ngos.isChecked())) await ngos.check();
      await page.getByRole('textbox', { name: 'How many (NGOs)', exact: true }).waitFor();
    }
    return page;
  };

  describe.each(PHONE_PAGES)('the $name', (entry) => {
    it('has no accessibility violations', async () => {
      const page = await open(entry);
      await saveScreenshot(page, `phone-${entry.name.replace(/\W+/g, '-')}`);
      await expectNoAxeViolations(page);
    });

    it('does not scroll sideways: no element passes the right edge', async () => {
      const page = await open(entry);
      const { scrollWidth, clientWidth, offenders } = await horizontalOverflow(page);
      expect(offenders).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(clientWidth).toBe(PHONE.width);
    });

    it(`has every control at least ${TOUCH} × ${TOUCH} px`, async () => {
      const page = await open(entry);
      await expect(smallTargets(page, TOUCH)).resolves.toEqual([]);
    });

    it('draws its charts so they read on a phone', async () => {
      const page = await open(entry);
      const { charts, problems } = await chartProblems(page);
      expect(problems).toEqual([]);
      expect(charts > 0).toBe(entry.charts ?? false);
    });

    if (entry.form) {
      it('puts each label above its field, and asks for counts with the numeric keyboard', async () => {
        const page = await open(entry);
        await expect(labelsBesideFields(page)).resolves.toEqual([]);
        for (const name of COUNT_FIELDS) {
          const field = page.getByRole('textbox', { name, exact: true });
          const keyboard = { inputMode: await field.getAttribute('inputmode'), pattern: await field.getAttribute('pattern') };
          expect({ name, ...keyboard }).toEqual({ name, inputMode: 'numeric', pattern: '[0-9]*' });
        }
      });
    }
  });

  // Words run longer in some languages than in English: a label or a button may not push the page wider.
  describe.each(['es', 'fr', 'pl', 'el'])('in %s', (language) => {
    it.each(PHONE_PAGES.filter((entry) => entry.signedIn))('does not scroll sideways on the $name', async (entry) => {
      const page = pages.signedIn as Page;
      await page.evaluate((code) => localStorage.setItem('sira.locale', code), language);
      try {
        await page.goto(`${system.baseUrl}${entry.path({ roundtable })}`);
        await page.waitForFunction((code) => document.documentElement.lang === code, language);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await waitForCharts(page);
        const { scrollWidth, clientWidth, offenders } = await horizontalOverflow(page);
        expect(offenders).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      } finally {
        await page.evaluate(() => localStorage.removeItem('sira.locale'));
      }
    });
  });
});
