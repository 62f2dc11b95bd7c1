import type { Browser, BrowserContext, Page } from 'playwright-core';
import { editingEl } from '../../dashboard/src/app/i18n/messages/editing-el';
import { offlineEl } from '../../dashboard/src/app/i18n/messages/offline-el';
import { Role } from '../../server/core/auth/viewer';
import { apiToken, createRoundtable, graphql, updateRoundtable } from './support/api';
import { launchChromium, saveScreenshot } from './support/browser';
import { eventually } from './support/eventually';
import { type BuiltSystem, startBuiltSystem, type TestUser } from './support/system';
import { ADMIN, signIn } from './support/users';

const KARDITSA_COORDINATOR: TestUser = {
  username: 'karditsa.coordinator',
  name: 'Eleni Papadopoulou',
  role: Role.COORDINATOR,
  regions: ['karditsa'],
  password: 'coordinator password 1',
};

/** Until the service worker controls the page: from then on the app's files come from its cache. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    null,
    {
      timeout: 90_000,
    },
  );
}

interface KarditsaRoundtable {
  id: string;
  number: number;
  version: number;
  date: string;
  theme: string | null;
  reviewState: string;
  durationMinutes: number | null;
  attendance: { total: { min: number } | null } | null;
}

const KARDITSA_ROUNDTABLES = `query ($regions: [String!]) {
  roundtables(filter: { regions: $regions }) {
    id number version date theme reviewState durationMinutes attendance { total { min } }
  }
}`;

/** The names of the IndexedDB databases the page's origin holds. */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));

// A regional coordinator who works where there is no connection: the app installs, opens
// offline, keeps what is typed on the device, and sends it when the connection is back.
describe('the installable app, offline', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [KARDITSA_COORDINATOR, ADMIN] });
    browser = await launchChromium();
  });
  // A test that failed midway leaves no page behind to slow the next.
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('serves a manifest and a service worker that keeps the app, so a page opens again offline', async () => {
    const manifest = await fetch(`${system.baseUrl}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(await manifest.json()).toMatchObject({ name: 'SIRA Monitor', short_name: 'SIRA', display: 'standalone', start_url: '/' });
    const worker = await fetch(`${system.baseUrl}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');

    const context: BrowserContext = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, system.baseUrl, KARDITSA_COORDINATOR, '/regions/karditsa');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${system.baseUrl}/about/figures`);
    await page.getByRole('heading', { level: 1, name: 'How figures are protected' }).waitFor();
    await context.close();
  });

  it('records a roundtable offline, keeps it through a closed page, and syncs it as a draft when the connection is back', async () => {
    const token = await apiToken(system.baseUrl, KARDITSA_COORDINATOR);
    const before = await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, {
      regions: ['karditsa'],
    });
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
    let page = await context.newPage();
    // Signed in on the overview: the region's page and form are read ahead and kept in the background.
    await signIn(page, system.baseUrl, KARDITSA_COORDINATOR, '/');
    await waitForServiceWorker(page);
    await page.waitForTimeout(2000);

    await context.setOffline(true);
    await page.goto(`${system.baseUrl}/regions/karditsa`);
    await page.getByRole('heading', { level: 1, name: 'Karditsa' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Roundtables' }).waitFor();
    await page.getByText('You are offline.').waitFor();
    await page.getByRole('link', { name: 'Record a roundtable' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a roundtable · Karditsa' }).waitFor();
    const number = await page.getByRole('textbox', { name: 'Number', exact: true }).inputValue();
    await page.getByLabel('Date').fill('2023-05-10');
    await page.getByRole('textbox', { name: 'Theme', exact: true }).fill('Access to health services');
    await page.getByRole('textbox', { name: 'Duration (minutes)', exact: true }).fill('75');
    await page.getByRole('textbox', { name: 'Participants', exact: true }).fill('14');
    await page.getByRole('button', { name: 'Record the roundtable' }).click();
    await page.getByText(`Roundtable ${number} is kept on this device`).waitFor();
    await page.getByRole('link', { name: '1 roundtable on this device waits to be synced' }).waitFor();

    // The browser closed and opened again, still offline: the draft is there.
    await page.close();
    page = await context.newPage();
    await page.goto(`${system.baseUrl}/regions/karditsa`);
    const drafts = page.getByRole('region', { name: 'On this device, not yet synced' });
    await drafts.getByRole('link', { name: new RegExp(`^New roundtable ${number} · Karditsa`) }).waitFor();
    await expect(drafts.textContent()).resolves.toContain('Waiting to be sent');

    await context.setOffline(false);
    await page.getByRole('link', { name: /waits? to be synced/ }).waitFor({ state: 'detached', timeout: 20_000 });
    await eventually(
      async () =>
        (await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, { regions: ['karditsa'] }))
          .roundtables,
      (roundtables) => {
        expect(roundtables).toHaveLength(before.roundtables.length + 1);
        expect(roundtables.find((roundtable) => String(roundtable.number) === number)).toMatchObject({
          date: '2023-05-10',
          theme: 'Access to health services',
          durationMinutes: 75,
          reviewState: 'DRAFT',
          attendance: { total: { min: 14 } },
        });
      },
    );
    const synced = (
      await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, { regions: ['karditsa'] })
    ).roundtables.find((roundtable) => String(roundtable.number) === number);
    const { auditLog } = await graphql<{ auditLog: { action: string; actorName: string }[] }>(
      system.baseUrl,
      token,
      'query ($entityId: ID) { auditLog(region: "karditsa", entityId: $entityId) { action actorName } }',
      { entityId: synced?.id },
    );
    expect(auditLog).toEqual([{ action: 'CREATE', actorName: KARDITSA_COORDINATOR.name }]);
    await expect(databases(page)).resolves.toContain('sira-offline:COORDINATOR:Eleni%20Papadopoulou');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await eventually(
      () => databases(page),
      (names) => expect(names.filter((name) => name.startsWith('sira-offline:'))).toEqual([]),
    );
    await context.close();
  });

  /** A context signed in as the coordinator, on `path`, with the service worker in control. */
  async function signedInPage(path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, system.baseUrl, KARDITSA_COORDINATOR, path);
    await waitForServiceWorker(page);
    return { context, page };
  }

  const roundtableOf = async (token: string, id: string) =>
    (
      await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, { regions: ['karditsa'] })
    ).roundtables.find((roundtable) => roundtable.id === id);

  it('never overwrites a change made online meanwhile: the coordinator chooses field by field', async () => {
    const token = await apiToken(system.baseUrl, KARDITSA_COORDINATOR);
    const record = await createRoundtable(system.baseUrl, token, {
      region: 'karditsa',
      number: 901,
      date: '2023-06-01',
      theme: 'Housing',
      durationMinutes: 60,
      attendance: { participants: 10 },
    });
    const { context, page } = await signedInPage('/regions/karditsa');
    await page.getByRole('heading', { level: 1, name: 'Karditsa' }).waitFor();
    await page.goto(`${system.baseUrl}/roundtables/${record.id}/edit`);
    await page.getByRole('heading', { level: 1, name: /roundtable 901/i }).waitFor();

    await context.setOffline(true);
    await page.getByRole('textbox', { name: 'Theme', exact: true }).fill('Housing and schools');
    await page.getByRole('textbox', { name: 'Duration (minutes)', exact: true }).fill('90');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Roundtable 901 is kept on this device').waitFor();
    // Opened again, the record says its change waits here, rather than starting another.
    await page.goto(`${system.baseUrl}/roundtables/${record.id}/edit`);
    await page
      .getByRole('link', {
        name: 'A change to this roundtable waits on this device (Waiting to be sent): open it rather than starting another.',
      })
      .waitFor();

    // Meanwhile, someone changes the same record online.
    await updateRoundtable(system.baseUrl, token, record, {
      region: 'karditsa',
      number: 901,
      date: '2023-06-01',
      theme: 'Housing for families',
      durationMinutes: 60,
      attendance: { participants: 20 },
    });

    await context.setOffline(false);
    await page.getByRole('link', { name: '1 roundtable on this device waits to be synced' }).click();
    await page.getByText('Changed meanwhile by someone else: choose what to keep').waitFor();
    await page.getByRole('link', { name: 'Choose what to keep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roundtable 901 · Karditsa changed meanwhile' }).waitFor();
    // Mine where I changed it, theirs where they did: each can be turned.
    await expect(page.getByRole('radio', { name: 'Keep for Theme: Mine' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Keep for Duration (minutes): Mine' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Keep for Attendance: Theirs (version 2)' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('row').count()).resolves.toBe(4);
    await page.getByRole('radio', { name: 'Keep for Theme: Theirs (version 2)' }).check();
    await page.getByRole('button', { name: 'Save the chosen values' }).click();
    await page.getByText('1 roundtable synced.').waitFor();

    await expect(roundtableOf(token, record.id)).resolves.toMatchObject({
      version: 3,
      theme: 'Housing for families',
      durationMinutes: 90,
      attendance: { total: { min: 20 } },
    });
    await context.close();
  });

  it('keeps every draft not yet accepted when syncing fails midway, and sends it again by itself once the line answers', async () => {
    const token = await apiToken(system.baseUrl, KARDITSA_COORDINATOR);
    const { context, page } = await signedInPage('/regions/karditsa');
    await page.waitForTimeout(1500);
    await context.setOffline(true);
    for (const [number, date] of [
      ['951', '2023-07-01'],
      ['952', '2023-07-02'],
    ] as const) {
      await page.goto(`${system.baseUrl}/regions/karditsa/roundtables/new`);
      await page.getByRole('textbox', { name: 'Number', exact: true }).fill(number);
      await page.getByLabel('Date').fill(date);
      await page.getByRole('button', { name: 'Record the roundtable' }).click();
      await page.getByText(`Roundtable ${number} is kept on this device`).waitFor();
    }
    await page.getByRole('link', { name: '2 roundtables on this device wait to be synced' }).click();

    // The line fails from the second roundtable on, while the browser still says it is online.
    let creations = 0;
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'CreateRoundtable' && ++creations >= 2)
        return route.abort('internetdisconnected');
      return route.continue();
    });
    await context.setOffline(false);
    await page.getByText(/^Syncing stopped/).waitFor();
    await page.getByRole('link', { name: '1 roundtable on this device waits to be synced' }).waitFor();
    await expect(page.locator('.draft-list li').allTextContents()).resolves.toEqual([
      expect.stringContaining('New roundtable 952 · karditsa'),
    ]);
    const numbers = async () =>
      (
        await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, { regions: ['karditsa'] })
      ).roundtables
        .map((roundtable) => roundtable.number)
        .filter((n) => n > 950);
    await expect(numbers()).resolves.toEqual([951]);

    // Sync now tries again at once, and fails again while the line does.
    const tried = creations;
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(
      async () => creations,
      (count) => expect(count).toBeGreaterThan(tried),
    );
    // No event says the line is back: the sync is tried again by itself (every 10 s).
    await page.unroute('**/graphql');
    await page.getByText('1 roundtable synced.').waitFor({ timeout: 40_000 });
    await expect(page.getByText('Nothing waits to be synced.').isVisible()).resolves.toBe(true);
    await expect(numbers().then((list) => list.sort())).resolves.toEqual([951, 952]);
    await context.close();
  });

  /** A Greek text of the dashboard with its arguments filled in (none of these has a plural). */
  const greek = (text: string, values: Record<string, string> = {}) =>
    text.replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? '');

  it('lets a coordinator in Karditsa record a roundtable in Greek on a phone offline, and finds it synced after reopening', async () => {
    const token = await apiToken(system.baseUrl, KARDITSA_COORDINATOR);
    const count = async () =>
      (await graphql<{ roundtables: KarditsaRoundtable[] }>(system.baseUrl, token, KARDITSA_ROUNDTABLES, { regions: ['karditsa'] }))
        .roundtables.length;
    const before = await count();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
    let page = await context.newPage();
    await signIn(page, system.baseUrl, KARDITSA_COORDINATOR, '/regions/karditsa');
    // The coordinator chooses Greek, which the app remembers.
    await page.evaluate(() => localStorage.setItem('sira.locale', 'el'));
    await page.reload();
    await page.getByRole('link', { name: editingEl['region.record'] }).waitFor();
    await waitForServiceWorker(page);
    await page.waitForTimeout(1500);

    await context.setOffline(true);
    await page.reload();
    await page.getByText(offlineEl['offline.offlineNote']).waitFor();
    await page.getByRole('link', { name: editingEl['region.record'] }).click();
    await page.getByRole('heading', { level: 1, name: greek(editingEl['form.newTitle'], { region: 'Karditsa' }) }).waitFor();
    const number = await page.getByRole('textbox', { name: editingEl['form.number'], exact: true }).inputValue();
    await page.getByLabel(editingEl['form.date'], { exact: true }).fill('2023-09-14');
    await page.getByRole('textbox', { name: editingEl['form.participants'], exact: true }).fill('11');
    await page.getByRole('button', { name: editingEl['form.create'] }).click();
    await page.getByText(greek(offlineEl['draft.savedOffline'], { number })).waitFor();
    await page.getByRole('link', { name: '1 στρογγυλή τράπεζα σε αυτή τη συσκευή περιμένει συγχρονισμό' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('el');

    // The browser closed, and opened again still offline: the draft is there, in Greek.
    await page.close();
    page = await context.newPage();
    await page.goto(`${system.baseUrl}/regions/karditsa`);
    const drafts = page.getByRole('region', { name: offlineEl['region.draftsTitle'] });
    await drafts
      .getByRole('link', { name: new RegExp(`^${greek(offlineEl['sync.newRoundtable'], { number, region: 'Karditsa' })}`) })
      .waitFor();
    await drafts.getByText(offlineEl['sync.state.waiting']).waitFor();

    await saveScreenshot(page, 'offline-karditsa-el-draft');
    await context.setOffline(false);
    await drafts.waitFor({ state: 'detached', timeout: 20_000 });
    await eventually(count, (after) => expect(after).toBe(before + 1));
    await context.close();
  });

  it('knows closed periods offline: a draft dated in one is refused as its date is typed, never kept to fail later', async () => {
    const adminToken = await apiToken(system.baseUrl, ADMIN);
    await graphql(
      system.baseUrl,
      adminToken,
      'mutation { closeReportingPeriod(period: "2021", reason: "Final report sent") { periodCode } }',
    );
    const { context, page } = await signedInPage('/regions/karditsa');
    await page.waitForTimeout(1500);
    await context.setOffline(true);
    await page.goto(`${system.baseUrl}/regions/karditsa/roundtables/new`);
    await page.getByLabel('Date').fill('2021-05-05');
    // Said at once, before anything else is typed.
    await page.getByText(/^This date falls in reporting period 2021 .*closed to changes by Alba Admin/).waitFor();
    await page.getByRole('textbox', { name: 'Participants', exact: true }).fill('9');
    await page.getByRole('button', { name: 'Record the roundtable' }).click();
    await page
      .locator('.error-summary')
      .getByText('This date falls in period 2021, closed to changes: a roundtable cannot be recorded for it. Choose another date.')
      .waitFor();
    await expect(page.url()).toMatch(/\/roundtables\/new$/);
    await expect(page.getByRole('link', { name: /waits? to be synced/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it("shows, once back online, the records a reviewer returned while the coordinator was offline, with the reviewer's comment", async () => {
    const token = await apiToken(system.baseUrl, KARDITSA_COORDINATOR);
    const adminToken = await apiToken(system.baseUrl, ADMIN);
    const review =
      'mutation ($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) { reviewRoundtables(action: $action, records: $records, comment: $comment) { id version } }';
    const record = await createRoundtable(system.baseUrl, token, { region: 'karditsa', number: 971, date: '2023-10-02' });
    const {
      reviewRoundtables: [submitted],
    } = await graphql<{ reviewRoundtables: { id: string; version: number }[] }>(system.baseUrl, token, review, {
      action: 'SUBMIT',
      records: [record],
    });
    const { context, page } = await signedInPage('/sync');
    await page.getByRole('heading', { level: 1, name: 'Waiting to sync' }).waitFor();
    await context.setOffline(true);
    await page.getByText('You are offline: the drafts will be sent when the connection is back.').waitFor();
    await graphql(system.baseUrl, adminToken, review, { action: 'RETURN', records: [submitted], comment: 'Add the participants, please.' });
    await expect(page.getByRole('heading', { name: 'Returned by a reviewer' }).count()).resolves.toBe(0);

    await context.setOffline(false);
    const returned = page.getByRole('region', { name: 'Returned by a reviewer' });
    await returned.getByText('Roundtable 971 · Karditsa').waitFor();
    await expect(returned.locator('blockquote').allTextContents()).resolves.toEqual(['Add the participants, please.']);
    await returned.getByRole('link', { name: 'Correct it' }).click();
    await page.waitForURL(`**/roundtables/${record.id}/edit`);
    await context.close();
  });
});
