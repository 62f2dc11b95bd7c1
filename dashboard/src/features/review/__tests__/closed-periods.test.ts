import { closuresOn, periodStandings } from '../closed-periods';

// As reportingPeriods answers: the whole project first, then its years.
const PERIODS = [
  { code: 'SIRA', label: 'Share SIRA project (2021–2023)', start: '2021-01-01', end: '2023-03-31' },
  { code: '2021', label: '2021', start: '2021-01-01', end: '2021-12-31' },
  { code: '2022', label: '2022', start: '2022-01-01', end: '2022-12-31' },
  { code: '2023', label: '2023 (to March)', start: '2023-01-01', end: '2023-03-31' },
];
const closure = (periodCode: string, startsOn: string, endsOn: string) => ({
  periodCode,
  startsOn,
  endsOn,
  reason: 'Reported to the funder.',
  closedBy: 'Eva Evaluadora',
  closedAt: '2026-02-01T09:30:00Z',
});
const CLOSED_2023 = closure('2023', '2023-01-01', '2023-03-31');

describe('the reporting periods a reviewer may close or reopen', () => {
  it('lists every period in the API order, each open or with the closure in force', () => {
    const standings = periodStandings(PERIODS, [CLOSED_2023]);
    expect(standings.map((standing) => [standing.code, standing.closure?.closedBy ?? 'open'])).toEqual([
      ['SIRA', 'open'],
      ['2021', 'open'],
      ['2022', 'open'],
      ['2023', 'Eva Evaluadora'],
    ]);
    expect(standings[3]).toEqual({ ...PERIODS[3], closure: CLOSED_2023 });
  });

  it('keeps a closure whose period is no longer listed, with its own dates, so it can be reopened', () => {
    const gone = closure('2020', '2020-01-01', '2020-12-31');
    expect(periodStandings(PERIODS.slice(1), [gone]).at(-1)).toEqual({
      code: '2020',
      label: '2020',
      start: '2020-01-01',
      end: '2020-12-31',
      closure: gone,
    });
  });

  it('lists every period open when none is closed', () => {
    expect(periodStandings(PERIODS, []).every((standing) => standing.closure === null)).toBe(true);
  });
});

describe('the closed periods a date falls in', () => {
  const whole = closure('SIRA', '2021-01-01', '2023-03-31');

  it('counts both ends of a period as inside it', () => {
    expect(closuresOn('2023-01-01', [CLOSED_2023])).toEqual([CLOSED_2023]);
    expect(closuresOn('2023-03-31', [CLOSED_2023])).toEqual([CLOSED_2023]);
    expect(closuresOn('2022-12-31', [CLOSED_2023])).toEqual([]);
    expect(closuresOn('2023-04-01', [CLOSED_2023])).toEqual([]);
  });

  it('names every closed period a date falls in', () => {
    expect(closuresOn('2023-02-10', [whole, CLOSED_2023])).toEqual([whole, CLOSED_2023]);
    expect(closuresOn('2022-06-01', [whole, CLOSED_2023])).toEqual([whole]);
  });

  it('names none for a date not typed whole', () => {
    expect(closuresOn('', [whole])).toEqual([]);
    expect(closuresOn('2023-02', [whole])).toEqual([]);
  });
});
