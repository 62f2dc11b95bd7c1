import type { Page } from 'playwright-core';

/**
 * Retries an assertion until it holds or the time is up, for what a page shows after it
 * has fetched and drawn: jest has no polling assertion of its own.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Until every lazily loaded chart on the page has replaced its placeholder. */
export function waitForCharts(page: Page): Promise<void> {
  return eventually(
    () => page.locator('.skeleton').count(),
    (placeholders) => expect(placeholders).toBe(0),
  );
}
