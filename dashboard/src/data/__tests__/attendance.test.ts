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
});
