import type { I18n } from '../../app/i18n/i18n';
import type { AttendanceBar, AttendanceFigures } from '../../data/attendance';
import type { MaybeRange } from '../../data/ranges';
import { countText, isSuppressed } from '../../data/suppression';
import { type Column, rangeColumns, type TableModel, withSuppressedColumn } from '../../data/table-model';

/** Words for a count that is not a number: withheld from this viewer, or never published. */
export const countWords = (t: I18n['t']) => ({ unknown: t('figure.unknown'), suppressed: t('figure.suppressed') });

/** The attendance chart's data as a table and CSV: ranges as min and max, unknown and suppressed as empty. */
export function attendanceTable(
  rows: AttendanceFigures[],
  { t, format }: Pick<I18n, 't' | 'format'>,
  keyHeader: 'region' | 'roundtable',
): TableModel<AttendanceFigures> {
  const count = (csv: string, label: string, field: 'online' | 'onsite' | 'unknownMode' | 'total') => {
    const get = (row: AttendanceFigures): MaybeRange => row[field];
    return rangeColumns(csv, label, get, (row) => countText(get(row), isSuppressed(row, field), format.number, countWords(t)), field);
  };
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
    ...count('online', t('column.online'), 'online'),
    ...count('onsite', t('column.onsite'), 'onsite'),
    ...count('unknown_mode', t('column.unknownMode'), 'unknownMode'),
    ...count('total', t('column.total'), 'total'),
  ];
  return withSuppressedColumn({
    columns: keyHeader === 'roundtable' ? columns.filter((c) => !c.csv.startsWith('roundtables')) : columns,
    rows,
  });
}

/** The legend of the attendance chart; the withheld-split pattern only where a bar shows it. */
export function attendanceLegend(t: I18n['t'], bars: readonly AttendanceBar[] = []) {
  return [
    { label: t('series.online'), swatch: 'online' },
    { label: t('series.onsite'), swatch: 'onsite' },
    { label: t('series.unknownMode'), swatch: 'unknown-mode' },
    { label: t('series.range'), swatch: 'range' },
    ...(bars.some((bar) => bar.splitSuppressed) ? [{ label: t('series.splitSuppressed'), swatch: 'split-withheld' }] : []),
  ];
}
