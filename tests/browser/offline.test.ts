import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../server/core/auth/viewer';
import { launchChromium } from './support/browser';
import { type BuiltSystem, startBuiltSystem, type TestUser } from './support/system';
import { signIn } from './support/users';

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
      timeout: 30_000,
    },
  );
}

// A regional coordinator who works where there is no connection: the app installs, opens
// offline, keeps what is typed on the device, and sends it when the connection is back.
describe('the installable app, offline', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ users: [KARDITSA_COORDINATOR] });
    browser = await launchChromium();
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
});
