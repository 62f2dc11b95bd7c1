import { type TableModel, withNotesColumn, withWithheldColumn } from '../../data/table-model';
import type { WithheldLabels } from '../../data/withholding';
import { hasNoRecords, type ResultWords, resultNote } from './indicator-format';
import type { IndicatorInfo, IndicatorResultRow } from './indicator-types';

/**
 * The results table as a download: one line per cell shown, with everything behind it.
 * Figures stay as the API gives them (a share as a fraction from 0 to 1, with its unit
 * beside it); an unknown or withheld value is empty, never 0, and `withheld` tells the
 * two apart with the API's reason, which a last column gives in the reader's words. Over no
 * roundtable, the value and progress are empty and the status is NO_RECORDS, as the page
 * shows no figure there; a notes column says so in words. Only downloaded (the page shows the
 * grid), so its columns need no labels.
 */
export function resultsTable<Row extends IndicatorResultRow>(
  rows: readonly Row[],
  indicators: readonly IndicatorInfo[],
  allRegionsName: string,
  withheld: { header: string; labels: WithheldLabels },
  notes: { header: string; words: Pick<ResultWords, 'noRecords' | 'noCategory' | 'noChallenge'> },
): TableModel<Row> {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const info = (row: Row) => byCode.get(row.indicator.code);
  const reason = (row: Row) => row.withheld;
  const figure = <Value>(row: Row, value: Value) => (hasNoRecords(row) ? null : value);
  const model: TableModel<Row> = {
    rows: [...rows],
    columns: [
      { csv: 'indicator_code', label: '', value: (row) => row.indicator.code },
      { csv: 'indicator', label: '', value: (row) => info(row)?.label ?? row.indicator.code },
      { csv: 'unit', label: '', value: (row) => info(row)?.unit },
      { csv: 'region_slug', label: '', value: (row) => row.region?.slug ?? '' },
      { csv: 'region', label: '', value: (row) => row.region?.name ?? allRegionsName },
      { csv: 'period', label: '', value: (row) => row.period.code },
      { csv: 'period_start', label: '', value: (row) => row.periodStart },
      { csv: 'period_end', label: '', value: (row) => row.periodEnd },
      { csv: 'value_min', label: '', value: (row) => figure(row, row.value?.min ?? null), numeric: true, withheld: reason },
      { csv: 'value_max', label: '', value: (row) => figure(row, row.value?.max ?? null), numeric: true, withheld: reason },
      { csv: 'withheld', label: '', value: (row) => row.withheld ?? null },
      { csv: 'baseline', label: '', value: (row) => row.baseline ?? null, numeric: true },
      { csv: 'target', label: '', value: (row) => row.target ?? null, numeric: true },
      { csv: 'target_origin', label: '', value: (row) => row.targetOrigin.kind },
      { csv: 'progress_min', label: '', value: (row) => figure(row, row.progress?.min ?? null), numeric: true },
      { csv: 'progress_max', label: '', value: (row) => figure(row, row.progress?.max ?? null), numeric: true },
      { csv: 'expected_progress', label: '', value: (row) => row.expectedProgress ?? null, numeric: true },
      { csv: 'status', label: '', value: (row) => (hasNoRecords(row) ? 'NO_RECORDS' : row.status) },
      { csv: 'record_count', label: '', value: (row) => row.recordCount, numeric: true },
      { csv: 'unknown_records', label: '', value: (row) => row.unknownRecords, numeric: true },
    ],
  };
  const noted = withNotesColumn(model, notes.header, (row) => {
    const indicator = info(row);
    return indicator ? resultNote(row, indicator, notes.words) : undefined;
  });
  return withWithheldColumn(noted, withheld.header, withheld.labels);
}
