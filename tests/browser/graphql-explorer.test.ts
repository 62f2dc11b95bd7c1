import type { Browser } from 'playwright-core';
import { launchChromium, newPage, saveScreenshot } from './support/browser';
import { type BuiltSystem, startBuiltSystem } from './support/system';

// The explorer at GET /graphql is GraphiQL from the server's own files: it runs a query with
// nothing fetched from another origin and nothing the page's CSP refuses.
describe('the GraphQL explorer in Chromium', () => {
  let system: BuiltSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startBuiltSystem({ dashboard: 'optional', env: { GRAPHQL_EXPLORER: 'on' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('runs the example query, loading everything from this origin', async () => {
    const page = await newPage(browser);
    const consoleErrors: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('request', (request) => requested.push(request.url()));
    try {
      const response = await page.goto(`${system.baseUrl}/graphql`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').getByText('Soria').first().waitFor();
      await saveScreenshot(page, 'graphql-explorer');
      expect(requested.filter((url) => !url.startsWith(system.baseUrl) && !url.startsWith('data:'))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
