import type { I18n } from '../../app/i18n/i18n';
import { withheldLabels } from '../../app/i18n/withheld-words';
import type { EmptyRow, Matrix } from '../../data/matrix';
import type { MaybeRange } from '../../data/ranges';
import { type Column, type TableModel, withNotesColumn, withWithheldColumn } from '../../data/table-model';
import type { WithWithheld } from '../../data/withholding';
import { participantsColumns } from '../shared/participants-columns';

interface CategoryRow extends WithWithheld {
  region: { slug: string };
  category: { code: string; label: string };
  roundtables: number;
  roundtablesUncounted: number;
  participants?: MaybeRange;
}

interface ChallengeRow {
  region: { slug: string };
  challenge: { code: string; label: string };
  mentions: number;
  roundtables: number;
}

/** A region the grid shows with an empty row: one line of the table, saying why, with its counts empty. */
interface EmptyRegionRow {
  region: { slug: string };
  empty: EmptyRow;
}

type Words = Pick<I18n, 't' | 'format'>;

const isEmpty = <Row extends object>(row: Row | EmptyRegionRow): row is EmptyRegionRow => 'empty' in row;

/**
 * The rows of a grid's table: each region's rows as the API gives them, in the grid's order of
 * regions, and for a region with none, one row saying why (no records, or none recorded).
 */
function withEmptyRegions<Row extends { region: { slug: string } }>(rows: readonly Row[], matrix: Matrix): (Row | EmptyRegionRow)[] {
  return matrix.regions.flatMap((region): (Row | EmptyRegionRow)[] => {
    const empty = matrix.emptyRows.get(region.key);
    return empty ? [{ region: { slug: region.key }, empty }] : rows.filter((row) => row.region.slug === region.key);
  });
}

/** The region's name, and the note column of a table whose regions may have empty rows. */
function regionColumn<Row>(matrix: Matrix, t: Words['t']): Column<Row & { region: { slug: string } }> {
  const names = new Map(matrix.regions.map((region) => [region.key, region.label]));
  return { csv: 'region', label: t('column.region'), value: (row) => names.get(row.region.slug) ?? row.region.slug };
}

/** One row per region and category present, as the grouped chart draws them; a region without any says why. */
export function categoryTable(
  rows: readonly CategoryRow[],
  matrix: Matrix,
  { t, format }: Words,
): TableModel<CategoryRow | EmptyRegionRow> {
  const emptyWords: Record<EmptyRow, string> = { noRecords: t('figure.noRecords'), noneRecorded: t('figure.noCategory') };
  const count = (get: (row: CategoryRow) => number) => (row: CategoryRow | EmptyRegionRow) => (isEmpty(row) ? null : get(row));
  const participants = participantsColumns<CategoryRow>({ t, format }).map(
    (column): Column<CategoryRow | EmptyRegionRow> => ({
      ...column,
      value: (row) => (isEmpty(row) ? null : column.value(row)),
      display: (row) => (isEmpty(row) ? '' : (column.display?.(row) ?? '')),
      withheld: (row) => (isEmpty(row) ? undefined : column.withheld?.(row)),
    }),
  );
  const model: TableModel<CategoryRow | EmptyRegionRow> = {
    rows: withEmptyRegions(rows, matrix),
    columns: [
      regionColumn(matrix, t),
      { csv: 'category_code', label: '', value: (row) => (isEmpty(row) ? null : row.category.code), csvOnly: true },
      {
        csv: 'category',
        label: t('column.category'),
        value: (row) => (isEmpty(row) ? null : row.category.label),
        display: (row) => (isEmpty(row) ? emptyWords[row.empty] : row.category.label),
      },
      {
        csv: 'roundtables',
        label: t('column.roundtables'),
        value: count((row) => row.roundtables),
        display: (row) => (isEmpty(row) ? '' : format.number(row.roundtables)),
        numeric: true,
      },
      {
        csv: 'roundtables_not_counted',
        label: t('chart.notCounted'),
        value: count((row) => row.roundtablesUncounted),
        display: (row) => (isEmpty(row) ? '' : format.number(row.roundtablesUncounted)),
        numeric: true,
      },
      ...participants,
    ],
  };
  return withWithheldColumn(
    withNotesColumn(model, t('figure.notesColumn'), (row) => (isEmpty(row) ? emptyWords[row.empty] : undefined)),
    t('withheld.column'),
    withheldLabels(t),
  );
}

/** One row per region and challenge raised, as the matrix shows them; a region without any says why. */
export function challengeTable(
  rows: readonly ChallengeRow[],
  matrix: Matrix,
  { t, format }: Words,
): TableModel<ChallengeRow | EmptyRegionRow> {
  const emptyWords: Record<EmptyRow, string> = { noRecords: t('figure.noRecords'), noneRecorded: t('figure.noChallenge') };
  const model: TableModel<ChallengeRow | EmptyRegionRow> = {
    rows: withEmptyRegions(rows, matrix),
    columns: [
      regionColumn(matrix, t),
      { csv: 'challenge_code', label: '', value: (row) => (isEmpty(row) ? null : row.challenge.code), csvOnly: true },
      {
        csv: 'challenge',
        label: t('column.challenge'),
        value: (row) => (isEmpty(row) ? null : row.challenge.label),
        display: (row) => (isEmpty(row) ? emptyWords[row.empty] : row.challenge.label),
      },
      {
        csv: 'mentions',
        label: t('column.mentions'),
        value: (row) => (isEmpty(row) ? null : row.mentions),
        display: (row) => (isEmpty(row) ? '' : format.number(row.mentions)),
        numeric: true,
      },
      {
        csv: 'roundtables',
        label: t('column.roundtables'),
        value: (row) => (isEmpty(row) ? null : row.roundtables),
        display: (row) => (isEmpty(row) ? '' : format.number(row.roundtables)),
        numeric: true,
      },
    ],
  };
  return withNotesColumn(model, t('figure.notesColumn'), (row) => (isEmpty(row) ? emptyWords[row.empty] : undefined));
}
