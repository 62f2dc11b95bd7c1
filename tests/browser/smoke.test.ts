import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage, saveScreenshot } from './support/browser';
import { type BuiltSystem, DASHBOARD_INDEX, startBuiltSystem } from './support/system';
import { ANALYST } from './support/users';

// The built server, started as the README starts it, reached from a real Chromium: the API
// and the pages come from one origin.
describe('the built system in Chromium', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ dashboard: 'optional', users: [ANALYST] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("answers Soria's attendance from the browser, to a signed-in analyst", async () => {
    const page = await newPage(browser);
    try {
      const signIn = await page.request.post(`${system.baseUrl}/auth/sign-in`, {
        data: { username: ANALYST.username, password: ANALYST.password },
      });
      expect(signIn.status()).toBe(200);
      const { token } = (await signIn.json()) as { token: string };
      const response = await page.request.post(`${system.baseUrl}/graphql`, {
        headers: { authorization: `Bearer ${token}` },
        data: { query: '{ attendanceMix(filter: { regions: ["soria"] }) { online { min } onsite { min } } }' },
      });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ data: { attendanceMix: [{ online: { min: 18 }, onsite: { min: 3 } }] } });
    } finally {
      await page.context().close();
    }
  });

  (existsSync(DASHBOARD_INDEX) ? it : it.skip)('opens the dashboard at /', async () => {
    const page = await newPage(browser);
    // A script or request the CSP blocks shows up here and nowhere else.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    try {
      const response = await page.goto(`${system.baseUrl}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      await saveScreenshot(page, 'smoke-home');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
