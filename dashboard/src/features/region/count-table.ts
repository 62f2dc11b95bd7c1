import type { I18n } from '../../app/i18n/i18n';
import { withheldLabels } from '../../app/i18n/withheld-words';
import type { MaybeRange } from '../../data/ranges';
import { type Column, type TableModel, withWithheldColumn } from '../../data/table-model';
import type { WithWithheld } from '../../data/withholding';
import { participantsColumns } from '../shared/participants-columns';

interface CountRow extends WithWithheld {
  key: string;
  label: string;
  value: number;
  participants?: MaybeRange;
}

/** A one-series bar chart's rows as a table; categories also carry their participant counts. */
export function countTable(
  rows: CountRow[],
  itemHeader: string,
  valueHeader: string,
  { t, format }: Pick<I18n, 't' | 'format'>,
): TableModel<CountRow> {
  const withParticipants = rows.some((row) => 'participants' in row);
  const columns: Column<CountRow>[] = [
    { csv: 'code', label: '', value: (row) => row.key, csvOnly: true },
    { csv: 'label', label: itemHeader, value: (row) => row.label },
    { csv: 'count', label: valueHeader, value: (row) => row.value, display: (row) => format.number(row.value), numeric: true },
    ...(withParticipants ? participantsColumns<CountRow>({ t, format }) : []),
  ];
  return withWithheldColumn({ columns, rows }, t('withheld.column'), withheldLabels(t));
}
