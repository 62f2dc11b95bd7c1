import type { I18n } from '../../app/i18n/i18n';
import { countWords, withheldLabels } from '../../app/i18n/withheld-words';
import type { AttendanceBar, AttendanceCount, AttendanceFigures } from '../../data/attendance';
import type { MaybeRange } from '../../data/ranges';
import { type Column, rangeColumns, type TableModel, withWithheldColumn } from '../../data/table-model';
import { countText, withheldReason } from '../../data/withholding';

/** The attendance chart's data as a table and CSV: ranges as min and max, unknown and withheld as empty, and why withheld. */
export function attendanceTable(
  rows: AttendanceFigures[],
  { t, format }: Pick<I18n, 't' | 'format'>,
  keyHeader: 'region' | 'roundtable',
): TableModel<AttendanceFigures> {
  const words = countWords(t);
  const count = (csv: string, label: string, field: AttendanceCount) => {
    const get = (row: AttendanceFigures): MaybeRange => row[field];
    const withheld = (row: AttendanceFigures) => withheldReason(row, field);
    return rangeColumns(csv, label, get, (row) => countText(get(row), withheld(row), format.number, words), withheld);
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
  return withWithheldColumn(
    { columns: keyHeader === 'roundtable' ? columns.filter((c) => !c.csv.startsWith('roundtables')) : columns, rows },
    t('withheld.column'),
    withheldLabels(t),
  );
}

/** The legend of the attendance chart; the withheld-split pattern only where a bar shows it. */
export function attendanceLegend(t: I18n['t'], bars: readonly AttendanceBar[] = []) {
  return [
    { label: t('series.online'), swatch: 'online' },
    { label: t('series.onsite'), swatch: 'onsite' },
    { label: t('series.unknownMode'), swatch: 'unknown-mode' },
    { label: t('series.range'), swatch: 'range' },
    ...(bars.some((bar) => bar.splitWithheld) ? [{ label: t('series.splitWithheld'), swatch: 'split-withheld' }] : []),
  ];
}
