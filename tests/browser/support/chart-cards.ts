import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The card of a chart, found by its title. */
export const chartCard = (page: Page, title: string): Locator =>
  page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: false }) });

/** The category labels and the totals the chart writes beside its bars, a wrapped label read as one line. */
export const axisTexts = (card: Locator) => () =>
  card
    .locator('.recharts-yAxis-tick-labels text')
    .evaluateAll((texts) =>
      texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || (text.textContent ?? '')),
    );

/** The rows of the card's table view, cell by cell; `button` is the switch's name in the page's language. */
export async function tableRows(card: Locator, button = 'Show as table'): Promise<string[][]> {
  await card.getByRole('button', { name: button }).click();
  const rows = card.locator('table.data:visible tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

export async function downloadCsv(page: Page, card: Locator, button = 'Download CSV'): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** The tooltip of the first bar whose tooltip names `label`, or '' when none does. */
export async function tooltipOf(card: Locator, label: string): Promise<string> {
  const bars = card.locator('.recharts-bar-rectangle');
  for (let index = 0; index < (await bars.count()); index += 1) {
    await bars.nth(index).hover();
    const text =
      (await card
        .locator('.tooltip')
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? '';
    if (text.includes(label)) return text;
  }
  return '';
}
