// Shared settings of the recharts charts, so every chart looks and reads the same.
export const AXIS_TICK = { fill: '#374151', fontSize: 12 };
export const GRID_STROKE = '#e5e7eb';

/** Colours for one series per region: distinct, each 3:1 or more against white. */
// (Unlike the online and onsite colours, so a region is never read as a mode.)
export const REGION_PALETTE = [
  '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf',
  '#854d0e', '#334155', '#9f1239', '#155e75', '#3f6212', '#6b21a8',
];

export const regionColor = (index: number) => REGION_PALETTE[index % REGION_PALETTE.length] as string;
