import { translator } from '../../../app/i18n/i18n';
import { en, type MessageKey } from '../../../app/i18n/messages/en';
import { pl } from '../../../app/i18n/messages/pl';
import { attendanceBars } from '../../../data/attendance';
import { OTHERS_KEY, rankedAttendance } from '../AttendanceByRegion';

const exact = (n: number) => ({ min: n, max: n });
const figures = (total: { min: number; max: number } | null, roundtables = 1) => ({
  roundtables,
  roundtablesUnknownAttendance: total ? 0 : roundtables,
  online: total && exact(0),
  onsite: total && exact(0),
  unknownMode: total,
  total,
  withheld: [],
});
const region = (slug: string, name: string, total: { min: number; max: number } | null, roundtables = 1) => ({
  region: { slug, name },
  ...figures(total, roundtables),
});
const en_ = translator<MessageKey>(en, 'en');

describe("the overview chart's ranking", () => {
  it('draws the regions shown, then every other region as one bar, and says so', () => {
    const { attendance, note } = rankedAttendance(
      [region('soria', 'Soria', exact(30)), region('teruel', 'Teruel', { min: 9, max: 16 })],
      { regionCount: 118, ...figures({ min: 400, max: 420 }, 200) },
      120,
      en_,
    );
    expect(attendance.map((row) => [row.key, row.label])).toEqual([
      ['soria', 'Soria'],
      ['teruel', 'Teruel'],
      [OTHERS_KEY, 'All others (118)'],
    ]);
    // The others' range stays a range: its bar draws the minimum and marks the rest as uncertain.
    expect(attendanceBars(attendance).map((bar) => [bar.status, bar.range])).toEqual([
      ['known', 0],
      ['range', 7],
      ['range', 20],
    ]);
    expect(note).toBe('The 2 regions with the most participants, of 120; the other 118 are added up as one bar, “All others”.');
  });

  it('keeps unknown others unknown, never a bar of 0', () => {
    const { attendance } = rankedAttendance([region('soria', 'Soria', exact(30))], { regionCount: 3, ...figures(null, 2) }, 4, en_);
    expect(attendanceBars(attendance).map((bar) => bar.status)).toEqual(['known', 'unknown']);
  });

  it('draws no others bar when the others held no roundtable, and leaves out regions without one', () => {
    const { attendance, note } = rankedAttendance(
      [region('soria', 'Soria', exact(30)), region('isere', 'Isère', null, 0)],
      { regionCount: 5, ...figures(null, 0) },
      7,
      en_,
    );
    expect(attendance.map((row) => row.key)).toEqual(['soria']);
    expect(note).toBeUndefined();
  });

  it('says it in Polish too', () => {
    const { attendance } = rankedAttendance([], { regionCount: 1000, ...figures(exact(5), 1) }, 1000, translator<MessageKey>(pl, 'pl'));
    expect(attendance[0]?.label).toBe('Wszystkie pozostałe (1000)');
  });
});
