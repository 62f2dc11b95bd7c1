// Averages over cells, and how BENCHMARKS.md prints a figure.

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
export const mean = (values: readonly number[]) => sum(values) / values.length;

/** A figure with `digits` decimals, or a dash where there is none. */
export const fmt = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
