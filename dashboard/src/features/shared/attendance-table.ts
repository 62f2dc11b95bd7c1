import type { I18n } from '../../app/i18n/i18n';
import type { AttendanceFigures } from '../../data/attendance';
import { formatRange, type MaybeRange } from '../../data/ranges';
import { type Column, rangeColumns, type TableModel } from '../../data/table-model';

/** The attendance chart's data as a table and CSV: ranges as min and max, unknown as empty. */
export function attendanceTable(
  rows: AttendanceFigures[],
  { t, format }: Pick<I18n, 't' | 'format'>,
  keyHeader: 'region' | 'roundtable',
): TableModel<AttendanceFigures> {
  const text = (range: MaybeRange) => formatRange(range, format.number, t('figure.unknown'));
  const count = (csv: string, label: string, get: (row: AttendanceFigures) => MaybeRange) =>
    rangeColumns(csv, label, get, (row) => text(get(row)));
  const key: Column<AttendanceFigures>[] =
    keyHeader === 'region'
      ? [{ csv: 'region', label: t('column.region'), value: (row) => row.label }]
      : [
          { csv: 'number', label: t('region.roundtables'), value: (row) => row.roundtable?.number, display: (row) => row.label },
          { csv: 'date', label: t('column.date'), value: (row) => row.roundtable?.date, csvOnly: true },
        ];
  const columns: Column<AttendanceFigures>[] = [
    ...key,
    {
      csv: 'roundtables',
      label: t('column.roundtables'),
      value: (row) => row.roundtables,
      display: (row) => format.number(row.roundtables),
      numeric: true,
    },
    {
      csv: 'roundtables_unknown_attendance',
      label: t('column.roundtablesUnknown'),
      value: (row) => row.roundtablesUnknownAttendance,
      display: (row) => format.number(row.roundtablesUnknownAttendance),
      numeric: true,
    },
    ...count('online', t('column.online'), (row) => row.online),
    ...count('onsite', t('column.onsite'), (row) => row.onsite),
    ...count('unknown_mode', t('column.unknownMode'), (row) => row.unknownMode),
    ...count('total', t('column.total'), (row) => row.total),
  ];
  return { columns: keyHeader === 'roundtable' ? columns.filter((c) => !c.csv.startsWith('roundtables')) : columns, rows };
}

export function attendanceLegend(t: I18n['t']) {
  return [
    { label: t('series.online'), swatch: 'online' },
    { label: t('series.onsite'), swatch: 'onsite' },
    { label: t('series.unknownMode'), swatch: 'unknown-mode' },
    { label: t('series.range'), swatch: 'range' },
  ];
}
