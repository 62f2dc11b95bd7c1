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

/**
 * How many bars the card's chart draws, with a length, across the band of one category: a
 * region (`y`, for bars laid out horizontally) or a year (`x`). A figure that is not known, or
 * a scope without records, must draw none there, not even one of length 0 read as 0.
 */
export function barsAt(card: Locator, label: string, axis: 'x' | 'y' = 'y'): Promise<number> {
  return card
    .locator('svg.recharts-surface')
    .first()
    .evaluate(
      (svg, [category, direction]) => {
        const ticks = [...svg.querySelectorAll(`.recharts-${direction}Axis-tick-labels text`)];
        const centre = (box: DOMRect) => (direction === 'y' ? box.top + box.height / 2 : box.left + box.width / 2);
        // A long label wraps into lines whose text runs together: compared without spaces.
        const bare = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
        const tick = ticks.find((text) => bare(text.textContent) === bare(category));
        if (!tick) throw new Error(`No category "${category}" among ${ticks.map((text) => text.textContent).join(' | ')}`);
        const at = centre(tick.getBoundingClientRect());
        const others = ticks.map((text) => Math.abs(centre(text.getBoundingClientRect()) - at)).filter((gap) => gap > 1);
        const half = others.length > 0 ? Math.min(...others) / 2 : 20;
        return [...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')].filter((bar) => {
          const box = bar.getBoundingClientRect();
          const length = direction === 'y' ? box.width : box.height;
          return length > 0.5 && Math.abs(centre(box) - at) < half;
        }).length;
      },
      [label, axis] as const,
    );
}

/** The words a chart writes along its top or beside its bars, each tick's lines joined by " | ". */
export const tickLines = (card: Locator, axis: 'x' | 'y') =>
  card.locator(`.recharts-${axis}Axis-tick-labels text`).evaluateAll((texts) =>
    texts.map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
      return lines.length > 0 ? lines.join(' | ') : (text.textContent ?? '');
    }),
  );
