// Shared settings of the recharts charts, so every chart looks and reads the same. Colours are
// the CSS variables of styles.css, so the charts follow the page's palette.
export const AXIS_TICK = { fill: 'var(--chart-axis)', fontSize: 12 };
export const GRID_STROKE = 'var(--chart-grid)';
/** The band behind the row or column a tooltip is about. */
export const TOOLTIP_CURSOR = { fill: 'var(--chart-cursor)' };
/** Words drawn in a chart: totals, values, target lines. */
export const LABEL_COLOR = 'var(--text)';

/** How many region colours styles.css defines: `--region-1` to `--region-12`. */
const REGION_COLORS = 12;

/**
 * A region's colour (`--region-*`), resolved to its value so that each bar's fill attribute
 * names its colour outright, as the page's checks and an SVG copied out of the page read it.
 */
export function regionColor(index: number): string {
  const variable = `--region-${(index % REGION_COLORS) + 1}`;
  const value = typeof document === 'undefined' ? '' : getComputedStyle(document.documentElement).getPropertyValue(variable).trim();
  return value || `var(${variable})`;
}

/**
 * Width for category labels: enough for the longest, but never more than a third of the
 * screen, so bars keep room on a phone (longer labels wrap).
 */
export function labelAxisWidth(labels: readonly string[], max = 260): number {
  const longest = Math.max(8, ...labels.map((label) => label.length));
  const screenShare = typeof window === 'undefined' ? max : Math.round(window.innerWidth / 3);
  return Math.min(max, screenShare, longest * 7.5 + 10);
}
