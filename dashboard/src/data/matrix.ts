import type { MaybeRange } from './ranges';
import type { Withholding } from './withholding';

/** A cell of a region × item grid (stakeholder categories or challenges). */
export interface MatrixCell {
  region: string;
  item: string;
  value: number;
  /** Participants of a category where they were counted; undefined for challenges. */
  participants?: MaybeRange;
  /** Why the participants, counted, are withheld from this viewer. */
  participantsWithheld?: Withholding;
  uncounted?: number;
}

export interface MatrixAxis {
  key: string;
  label: string;
}

export interface Matrix {
  regions: MatrixAxis[];
  items: MatrixAxis[];
  cells: Map<string, MatrixCell>;
  max: number;
}

export const cellKey = (region: string, item: string) => `${region}\u0000${item}`;

/**
 * A grid of regions by items with a value in each cell that has one. Items keep the
 * taxonomy's order and only those present appear; regions keep the order given.
 */
export function buildMatrix(regions: MatrixAxis[], items: (MatrixAxis & { position: number })[], cells: MatrixCell[]): Matrix {
  const present = new Set(cells.map((cell) => cell.item));
  const orderedItems = [...new Map(items.filter((item) => present.has(item.key)).map((item) => [item.key, item])).values()].sort(
    (a, b) => a.position - b.position,
  );
  return {
    regions,
    items: orderedItems.map(({ key, label }) => ({ key, label })),
    cells: new Map(cells.map((cell) => [cellKey(cell.region, cell.item), cell])),
    max: Math.max(0, ...cells.map((cell) => cell.value)),
  };
}

/** Rows for a chart with one bar per item and one series per region. */
export function matrixSeriesRows(matrix: Matrix): Record<string, string | number>[] {
  return matrix.items.map((item) => {
    const row: Record<string, string | number> = { key: item.key, label: item.label };
    for (const region of matrix.regions) row[region.key] = matrix.cells.get(cellKey(region.key, item.key))?.value ?? 0;
    return row;
  });
}
