import { formatters } from '../../../app/i18n/format';
import { translator } from '../../../app/i18n/i18n';
import { en, type MessageKey } from '../../../app/i18n/messages/en';
import { es } from '../../../app/i18n/messages/es';
import type { AttendanceFigures } from '../../../data/attendance';
import { displayCell, tableCsv } from '../../../data/table-model';
import { attendanceTable } from '../attendance-table';

const exact = (value: number) => ({ min: value, max: value });
const i18n = (locale: 'en' | 'es') => {
  const format = formatters(locale);
  return { format, ...translator<MessageKey>(locale === 'en' ? en : es, locale) };
};
const region = (key: string, figures: Partial<AttendanceFigures>): AttendanceFigures => ({
  key,
  label: key,
  online: null,
  onsite: null,
  unknownMode: null,
  total: null,
  roundtables: 1,
  roundtablesUnknownAttendance: 0,
  withheld: [],
  ...figures,
});

// Soria as published; Teruel with a roundtable of unknown attendance, a hybrid one of 25 with
// no split and one of unknown format with 9 to 16; Isère with no roundtable in scope.
const ROWS = [
  region('Isère', { roundtables: 0 }),
  region('Soria', { online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21) }),
  region('Teruel', {
    roundtables: 3,
    roundtablesUnknownAttendance: 1,
    online: exact(0),
    onsite: exact(0),
    unknownMode: { min: 34, max: 41 },
    total: { min: 34, max: 41 },
  }),
];

describe('the attendance table', () => {
  it('says "No records" and "mode not published" in the table view, never 0', () => {
    const model = attendanceTable(ROWS, i18n('en'), 'region');
    const shown = model.rows.map((row) => model.columns.filter((column) => !column.csvOnly).map((column) => displayCell(column, row)));
    expect(shown).toEqual([
      ['Isère', '0', '0', 'No records', 'No records', 'No records', 'No records'],
      ['Soria', '1', '0', '18', '3', '0', '21'],
      ['Teruel', '3', '1', 'mode not published', 'mode not published', '34–41', '34–41'],
    ]);
  });

  it('leaves those cells empty in the CSV and says why in a last column, in the reader’s language', () => {
    expect(tableCsv(attendanceTable(ROWS, i18n('es'), 'region'))).toBe(
      'region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max,Notas\r\n' +
        'Isère,0,0,,,,,,,,,Sin registros\r\n' +
        'Soria,1,0,18,18,3,3,0,0,21,21,\r\n' +
        'Teruel,3,1,,,,,34,41,34,41,online: modalidad no publicada; onsite: modalidad no publicada\r\n',
    );
  });

  it('keeps the columns it always had when every count is a number', () => {
    expect(tableCsv(attendanceTable([ROWS[1] as AttendanceFigures], i18n('en'), 'region'))).toBe(
      'region,roundtables,roundtables_unknown_attendance,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max\r\n' +
        'Soria,1,0,18,18,3,3,0,0,21,21\r\n',
    );
  });

  it("gives a hybrid roundtable's people as of a mode not published, per roundtable too", () => {
    const roundtable = {
      ...region('Roundtable 2 · Mar 15, 2022', { online: exact(0), onsite: exact(0), unknownMode: exact(25), total: exact(25) }),
      roundtable: { number: 2, date: '2022-03-15' },
    };
    const model = attendanceTable([roundtable], i18n('en'), 'roundtable');
    expect(tableCsv(model)).toBe(
      'number,date,online_min,online_max,onsite_min,onsite_max,unknown_mode_min,unknown_mode_max,total_min,total_max,Notes\r\n' +
        '2,2022-03-15,,,,,25,25,25,25,online: mode not published; onsite: mode not published\r\n',
    );
  });
});
