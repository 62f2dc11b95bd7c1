// Shared settings of the recharts charts, so every chart looks and reads the same.
export const AXIS_TICK = { fill: '#374151', fontSize: 12 };
export const GRID_STROKE = '#e5e7eb';

/** Colours for one series per region: distinct, each 3:1 or more against white. */
// (Unlike the online and onsite colours, so a region is never read as a mode.)
export const REGION_PALETTE = [
  '#047857',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
  '#854d0e',
  '#334155',
  '#9f1239',
  '#155e75',
  '#3f6212',
  '#6b21a8',
];

export const regionColor = (index: number) => REGION_PALETTE[index % REGION_PALETTE.length] as string;

/**
 * Width for category labels: enough for the longest, but never more than a third of the
 * screen, so bars keep room on a phone (longer labels wrap).
 */
export function labelAxisWidth(labels: readonly string[], max = 260): number {
  const longest = Math.max(8, ...labels.map((label) => label.length));
  const screenShare = typeof window === 'undefined' ? max : Math.round(window.innerWidth / 3);
  return Math.min(max, screenShare, longest * 7.5 + 10);
}
