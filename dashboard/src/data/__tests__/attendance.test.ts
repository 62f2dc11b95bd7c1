import { type AttendanceFigures, attendanceBars } from '../attendance';

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
