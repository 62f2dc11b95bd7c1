import {
  type AttendanceCount,
  type AttendanceCounts,
  type AttendanceFigures,
  attendanceBars,
  attendanceNote,
  attendanceText,
  attendanceValue,
  modeNotPublished,
} from '../attendance';

const figures = (overrides: Partial<AttendanceFigures>): AttendanceFigures => ({
  key: 'r',
  label: 'R',
  online: null,
  onsite: null,
  unknownMode: null,
  total: null,
  roundtables: 1,
  roundtablesUnknownAttendance: 0,
  ...overrides,
});
const exact = (value: number) => ({ min: value, max: value });

describe('attendanceBars', () => {
  it("stacks Soria's split as published", () => {
    const [bar] = attendanceBars([figures({ online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21) })]);
    expect(bar).toMatchObject({ online: 18, onsite: 3, unknownMode: 0, range: 0, status: 'known' });
  });

  it('draws the known minimum and a separate uncertain segment for a range', () => {
    const [bar] = attendanceBars([
      figures({ online: exact(0), onsite: { min: 9, max: 16 }, unknownMode: exact(0), total: { min: 9, max: 16 } }),
    ]);
    expect(bar).toMatchObject({ online: 0, onsite: 9, unknownMode: 0, range: 7, status: 'range' });
    expect((bar?.online ?? 0) + (bar?.onsite ?? 0) + (bar?.unknownMode ?? 0) + (bar?.range ?? 0)).toBe(16);
  });

  it('gives unknown attendance no length and marks it unknown, never 0 participants', () => {
    const [bar] = attendanceBars([figures({ roundtablesUnknownAttendance: 1 })]);
    expect(bar).toMatchObject({ online: 0, onsite: 0, unknownMode: 0, range: 0, status: 'unknown' });
    expect(bar?.figures.total).toBeNull();
  });

  it('tells a region without roundtables apart from one with unknown attendance', () => {
    const [bar] = attendanceBars([figures({ roundtables: 0 })]);
    expect(bar?.status).toBe('none');
  });

  it('draws a known total whole, as one withheld segment, when its split was withheld, and says why', () => {
    const [bar] = attendanceBars([
      figures({
        online: null,
        onsite: null,
        unknownMode: exact(0),
        total: exact(21),
        withheld: [
          { field: 'online', reason: 'PROTECTS_SMALL_COUNT' },
          { field: 'onsite', reason: 'SMALL_COUNT' },
        ],
      }),
    ]);
    expect(bar).toMatchObject({
      online: 0,
      onsite: 0,
      unknownMode: 0,
      undividedTotal: 21,
      range: 0,
      status: 'known',
      splitWithheld: 'SMALL_COUNT',
    });
    expect(bar?.totalWithheld).toBeUndefined();
  });

  it('hides the modes still shown too, so a partly withheld split never reads as zeros', () => {
    const [bar] = attendanceBars([
      figures({
        online: exact(30),
        onsite: null,
        unknownMode: null,
        total: { min: 34, max: 40 },
        withheld: [
          { field: 'onsite', reason: 'SMALL_COUNT' },
          { field: 'unknownMode', reason: 'PROTECTS_SMALL_COUNT' },
        ],
      }),
    ]);
    expect(bar).toMatchObject({ online: 0, undividedTotal: 34, range: 6, status: 'range', splitWithheld: 'SMALL_COUNT' });
  });

  it('marks a withheld total as withheld with its reason, not unknown, and gives it no length', () => {
    const [bar] = attendanceBars([
      figures({
        withheld: [
          { field: 'total', reason: 'NOT_PUBLISHED' },
          { field: 'online', reason: 'NOT_PUBLISHED' },
        ],
      }),
    ]);
    expect(bar).toMatchObject({
      online: 0,
      onsite: 0,
      unknownMode: 0,
      undividedTotal: 0,
      range: 0,
      status: 'withheld',
      totalWithheld: 'NOT_PUBLISHED',
    });
    expect(bar?.splitWithheld).toBeUndefined();
  });

  it('leaves a bar with nothing withheld as it was', () => {
    const [bar] = attendanceBars([figures({ online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), withheld: [] })]);
    expect(bar).toMatchObject({ online: 26, undividedTotal: 0, status: 'known' });
    expect(bar?.splitWithheld).toBeUndefined();
  });
});

describe('counts of people with no number to show', () => {
  const words = {
    unknown: 'unknown',
    withheld: { SMALL_COUNT: 'Fewer than 5', PROTECTS_SMALL_COUNT: 'Withheld to protect a small count', NOT_PUBLISHED: 'Not published' },
    noRecords: 'No records',
    modeNotPublished: 'mode not published',
  };
  const text = (counts: AttendanceCounts, field: AttendanceCount) => attendanceText(counts, field, String, words);
  // A hybrid roundtable whose source gave 25 people and no split: the API's 0s mean "none known".
  const hybrid: AttendanceCounts = { online: exact(0), onsite: exact(0), unknownMode: exact(25), total: exact(25) };

  it('says a mode was not published where its 0 only means that nobody is known to have come that way', () => {
    expect(modeNotPublished(hybrid, 'online')).toBe(true);
    expect(modeNotPublished(hybrid, 'onsite')).toBe(true);
    expect(['online', 'onsite', 'unknownMode', 'total'].map((field) => text(hybrid, field as AttendanceCount))).toEqual([
      'mode not published',
      'mode not published',
      '25',
      '25',
    ]);
    expect(attendanceValue(hybrid, 'online')).toBeNull();
    expect(attendanceValue(hybrid, 'onsite')).toBeNull();
    expect(attendanceValue(hybrid, 'unknownMode')).toEqual(exact(25));
    expect(attendanceNote(hybrid, words)).toBe('online: mode not published; onsite: mode not published');
  });

  it('does the same for a region whose modes are all unknown, a range among them', () => {
    // Teruel: a hybrid roundtable of 25, one of unknown format with 9 to 16, one with no figure at all.
    const teruel = { online: exact(0), onsite: exact(0), unknownMode: { min: 34, max: 41 }, total: { min: 34, max: 41 }, roundtables: 3 };
    expect(text(teruel, 'online')).toBe('mode not published');
    expect(text(teruel, 'total')).toBe('34–41');
    expect(attendanceNote(teruel, words)).toBe('online: mode not published; onsite: mode not published');
  });

  it('keeps a 0 that is one: everyone online at an online roundtable, nobody onsite', () => {
    const online = { online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), roundtables: 1 };
    expect(modeNotPublished(online, 'onsite')).toBe(false);
    expect(text(online, 'onsite')).toBe('0');
    expect(attendanceValue(online, 'onsite')).toEqual(exact(0));
    expect(attendanceNote(online, words)).toBeUndefined();
    // Nobody came at all: every 0 is known.
    const nobody = { online: exact(0), onsite: exact(0), unknownMode: exact(0), total: exact(0) };
    expect(text(nobody, 'online')).toBe('0');
  });

  it('names only the mode whose 0 is not known when the other was published', () => {
    const partly = { online: exact(5), onsite: exact(0), unknownMode: exact(5), total: exact(10) };
    expect([text(partly, 'online'), text(partly, 'onsite')]).toEqual(['5', 'mode not published']);
    expect(attendanceNote(partly, words)).toBe('onsite: mode not published');
  });

  it('says "No records" for a region without roundtables in scope, and leaves its cells empty', () => {
    const isere = { online: null, onsite: null, unknownMode: null, total: null, roundtables: 0 };
    expect(text(isere, 'total')).toBe('No records');
    expect(text(isere, 'online')).toBe('No records');
    expect(attendanceValue(isere, 'total')).toBeNull();
    expect(attendanceNote(isere, words)).toBe('No records');
  });

  it('gives a withheld count its reason and an unknown one the word for unknown, as before', () => {
    const withheld = { ...hybrid, online: null, withheld: [{ field: 'online', reason: 'SMALL_COUNT' as const }] };
    expect(text(withheld, 'online')).toBe('Fewer than 5');
    expect(text({ online: null, onsite: null, unknownMode: null, total: null, roundtables: 1 }, 'total')).toBe('unknown');
  });
});
