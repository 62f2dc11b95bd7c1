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

  it('draws a known total whole, as one withheld segment, when its split was suppressed', () => {
    const [bar] = attendanceBars([
      figures({ online: null, onsite: null, unknownMode: null, total: exact(21), suppressed: ['onsite', 'unknownMode', 'online'] }),
    ]);
    expect(bar).toMatchObject({
      online: 0,
      onsite: 0,
      unknownMode: 0,
      splitWithheld: 21,
      range: 0,
      status: 'known',
      splitSuppressed: true,
    });
  });

  it('hides the modes still shown too, so a partly withheld split never reads as zeros', () => {
    const [bar] = attendanceBars([
      figures({ online: exact(30), onsite: null, unknownMode: null, total: { min: 34, max: 40 }, suppressed: ['onsite', 'unknownMode'] }),
    ]);
    expect(bar).toMatchObject({ online: 0, splitWithheld: 34, range: 6, status: 'range', splitSuppressed: true });
  });

  it('marks a suppressed total as suppressed, not unknown, and gives it no length', () => {
    const [bar] = attendanceBars([figures({ suppressed: ['total', 'onsite', 'online'] })]);
    expect(bar).toMatchObject({
      online: 0,
      onsite: 0,
      unknownMode: 0,
      splitWithheld: 0,
      range: 0,
      status: 'suppressed',
      splitSuppressed: false,
    });
  });

  it('leaves a bar with nothing suppressed as it was', () => {
    const [bar] = attendanceBars([
      figures({ online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), suppressed: [] }),
    ]);
    expect(bar).toMatchObject({ online: 26, splitWithheld: 0, splitSuppressed: false, status: 'known' });
  });
});
