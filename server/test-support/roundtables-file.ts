import { ROUNDTABLE_CSV_COLUMNS } from '../subgraphs/engagement/import/roundtable-csv';

/** What a generated file's rows may cite: regions, stakeholder categories and challenges that exist. */
export interface RoundtablesFileCodes {
  regions: readonly string[];
  categories: readonly string[];
  challenges: readonly string[];
}

export interface RoundtablesFileOptions {
  rows: number;
  /** Each region's first number; the next row of a region takes the next. */
  firstNumber: number;
  /** Changes every row's figures: the same roundtables, updated. */
  shift?: number;
  /** The last row's date is 2024-02-30, which the import refuses. */
  badLastRow?: boolean;
}

/**
 * A roundtables CSV of `rows` rows spread over the regions in turn, as large as a coordinator's
 * file may be: formats, figures, two categories, two challenges and the region's source vary by
 * row, so the rollups have many keys to sum. Every row passes the import's checks, but a bad last row.
 */
export function roundtablesFile(codes: RoundtablesFileCodes, options: RoundtablesFileOptions): string {
  const { regions, categories, challenges } = codes;
  const { rows, firstNumber, shift = 0, badLastRow = false } = options;
  const pick = (list: readonly string[], i: number) => [0, 1].map((k) => list[(i + k * 3) % list.length]).join(';');
  const lines = Array.from({ length: rows }, (_, i) => {
    const region = regions[i % regions.length] as string;
    const format = ['online', 'onsite', 'hybrid'][i % 3];
    const participants = 10 + ((i * 7 + shift) % 30);
    const online = format === 'hybrid' ? Math.floor(participants / 3) : '';
    const onsite = format === 'hybrid' ? participants - Math.floor(participants / 3) : '';
    const two = (n: number) => String(n).padStart(2, '0');
    const date = badLastRow && i === rows - 1 ? '2024-02-30' : `2024-${two((i % 12) + 1)}-${two((i % 28) + 1)}`;
    return [
      region,
      firstNumber + Math.floor(i / regions.length),
      date,
      format,
      60 + (i % 4) * 30,
      participants,
      '',
      online,
      onsite,
      1 + (i % 5),
      pick(categories, i),
      pick(challenges, i),
      `https://example.org/minutes/${region}`,
    ].join(',');
  });
  return [ROUNDTABLE_CSV_COLUMNS.join(','), ...lines, ''].join('\n');
}
