import type { I18n } from '../../app/i18n/i18n';
import { attendanceWords, withheldLabels } from '../../app/i18n/withheld-words';
import { ATTENDANCE_SERIES, type AttendanceSeries } from '../../charts/chart-config';
import {
  type AttendanceBar,
  type AttendanceCount,
  type AttendanceFigures,
  attendanceNote,
  attendanceText,
  attendanceValue,
} from '../../data/attendance';
import { type Column, rangeColumns, type TableModel, withNotesColumn, withWithheldColumn } from '../../data/table-model';
import { withheldReason } from '../../data/withholding';

/**
 * The attendance chart's data as a table and CSV: ranges as min and max; unknown, withheld,
 * a mode not published and a region without roundtables as empty cells, said in words in the
 * table view and in the last columns of the CSV.
 */
export function attendanceTable(
  rows: AttendanceFigures[],
  { t, format }: Pick<I18n, 't' | 'format'>,
  keyHeader: 'region' | 'roundtable',
): TableModel<AttendanceFigures> {
  const words = attendanceWords(t);
  const count = (csv: string, label: string, field: AttendanceCount) =>
    rangeColumns<AttendanceFigures>(
      csv,
      label,
      (row) => attendanceValue(row, field),
      (row) => attendanceText(row, field, format.number, words),
      (row) => withheldReason(row, field),
    );
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
  const model = { columns: keyHeader === 'roundtable' ? columns.filter((c) => !c.csv.startsWith('roundtables')) : columns, rows };
  return withWithheldColumn(
    withNotesColumn(model, t('figure.notesColumn'), (row) => attendanceNote(row, words)),
    t('withheld.column'),
    withheldLabels(t),
  );
}

/** The legend of the attendance chart; the withheld-split pattern only where a bar shows it. */
export function attendanceLegend(t: I18n['t'], bars: readonly AttendanceBar[] = []) {
  const shown: AttendanceSeries[] = ['online', 'onsite', 'unknownMode', 'range'];
  if (bars.some((bar) => bar.splitWithheld)) shown.push('undividedTotal');
  return shown.map((key) => ({ label: t(ATTENDANCE_SERIES[key].label), swatch: ATTENDANCE_SERIES[key].swatch }));
}
