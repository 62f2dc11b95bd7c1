import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

const SCREENSHOTS_DIR = path.resolve(__dirname, '../../../test-results/screenshots');

/**
 * Chromium from the machine's package manager (playwright's own browser downloads are not
 * available here). The flags keep it from reaching the network on its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a context of its own; close it with `page.context().close()`. */
export async function newPage(
  browser: Browser,
  { locale = 'en-GB', viewport = { width: 1280, height: 800 } }: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport });
  return context.newPage();
}

/** A full-page PNG in test-results/screenshots, which CI keeps as an artifact. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails with every WCAG 2.1 A/AA violation on the page, each with the elements it was found on. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes.map(
      (node) => `    ${node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : selector)).join(' >>> ')}`,
    );
    return [`- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`, ...targets].join('\n');
  });
  throw new Error(`${violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}
