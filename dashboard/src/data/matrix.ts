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

/** A region on a grid's axis, with how many roundtables it held in scope: one without any has no records to show. */
export interface RegionAxis extends MatrixAxis {
  roundtables: number;
}

/**
 * Why a region's row of the grid is empty: no roundtable in scope (`noRecords`), or roundtables
 * that record no item (`noneRecorded`). The two read differently, and neither as 0.
 */
export type EmptyRow = 'noRecords' | 'noneRecorded';

export interface Matrix {
  regions: RegionAxis[];
  items: MatrixAxis[];
  cells: Map<string, MatrixCell>;
  /** The regions whose row has no cell, and why. */
  emptyRows: Map<string, EmptyRow>;
  max: number;
}

export const cellKey = (region: string, item: string) => `${region}\u0000${item}`;

/**
 * A grid of regions by items with a value in each cell that has one. Items keep the
 * taxonomy's order and only those present appear; regions keep the order given.
 */
export function buildMatrix(regions: RegionAxis[], items: (MatrixAxis & { position: number })[], cells: MatrixCell[]): Matrix {
  const present = new Set(cells.map((cell) => cell.item));
  const withCells = new Set(cells.map((cell) => cell.region));
  const orderedItems = [...new Map(items.filter((item) => present.has(item.key)).map((item) => [item.key, item])).values()].sort(
    (a, b) => a.position - b.position,
  );
  return {
    regions,
    items: orderedItems.map(({ key, label }) => ({ key, label })),
    cells: new Map(cells.map((cell) => [cellKey(cell.region, cell.item), cell])),
    emptyRows: new Map(
      regions.flatMap((region): [string, EmptyRow][] =>
        region.roundtables === 0 ? [[region.key, 'noRecords']] : withCells.has(region.key) ? [] : [[region.key, 'noneRecorded']],
      ),
    ),
    max: Math.max(0, ...cells.map((cell) => cell.value)),
  };
}

/**
 * Rows for a chart with one bar per item and one series per region. An item absent from a
 * region's roundtables is a count of 0 of them; a region without roundtables gets no value at
 * all, so no bar, rather than a 0 it does not have.
 */
export function matrixSeriesRows(matrix: Matrix): Record<string, string | number>[] {
  return matrix.items.map((item) => {
    const row: Record<string, string | number> = { key: item.key, label: item.label };
    for (const region of matrix.regions) {
      if (matrix.emptyRows.get(region.key) !== 'noRecords') row[region.key] = matrix.cells.get(cellKey(region.key, item.key))?.value ?? 0;
    }
    return row;
  });
}
