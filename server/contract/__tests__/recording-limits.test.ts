import { validate } from 'class-validator';
import { inputProblems } from '../../core/validate-input';
import { AttendanceInput, RoundtableInput, SourceInput } from '../../subgraphs/engagement/roundtable/roundtable.input';
import { dateOutOfRange, RECORDING_LIMITS, ROUNDTABLE_FIELD_LIMITS, recordedDateRange } from '../recording-limits';

const roundtable = (patch: Partial<RoundtableInput>) =>
  Object.assign(new RoundtableInput(), {
    region: 'soria',
    number: 4,
    date: '2022-02-01',
    categories: [],
    challenges: [],
    insights: [],
    interests: [],
    organisers: [],
    sources: [Object.assign(new SourceInput(), { title: 'Minutes' })],
    ...patch,
  });

/** What each problem says in English, by field (each also carries its catalogue text, to be said in another language). */
const said = (problems: { field: string; message: string }[]) => problems.map(({ field, message }) => ({ field, message }));

describe('recording limits', () => {
  it('refuses each count past its limit, naming the field and the limit', async () => {
    const attendance = Object.assign(new AttendanceInput(), {
      participants: 2_000_000_000,
      participantsMax: 100_001,
      online: 100_000,
      organisations: 10_001,
    });
    const problems = await inputProblems(roundtable({ number: 10_001, attendance }));
    expect(said(problems)).toEqual([
      { field: 'number', message: 'must be at most 10,000' },
      { field: 'attendance.participants', message: 'must be at most 100,000' },
      { field: 'attendance.participantsMax', message: 'must be at most 100,000' },
      { field: 'attendance.organisations', message: 'must be at most 10,000' },
    ]);
    expect(problems[0]).toMatchObject({ text: { key: 'atMost', args: { max: 10_000 } } });
  });

  it('refuses texts and lists past their limits', async () => {
    const long = (length: number) => 'x'.repeat(length);
    const problems = await inputProblems(
      roundtable({
        theme: long(2_001),
        insights: [long(2_000), long(2_001)],
        interests: Array.from({ length: 51 }, () => 'more'),
        sources: Array.from({ length: 21 }, () =>
          Object.assign(new SourceInput(), { title: long(501), url: `https://example.org/${long(2_000)}`, publisher: long(201) }),
        ),
      }),
    );
    expect(said(problems)).toEqual(
      expect.arrayContaining([
        { field: 'theme', message: 'must be at most 2,000 characters' },
        { field: 'insights', message: 'must be at most 2,000 characters' },
        { field: 'interests', message: 'can list at most 50' },
        { field: 'sources', message: 'can list at most 20' },
        { field: 'sources.0.title', message: 'must be at most 500 characters' },
        { field: 'sources.0.url', message: 'must be at most 2,000 characters' },
        { field: 'sources.0.publisher', message: 'must be at most 200 characters' },
      ]),
    );
    expect(await validate(roundtable({ theme: long(2_000), insights: [long(2_000)] }))).toEqual([]);
  });

  it('lists every limit of the roundtable input by the field problems name', () => {
    expect(ROUNDTABLE_FIELD_LIMITS.counts['attendance.participants']).toBe(RECORDING_LIMITS.counts.people);
    expect(Object.keys(ROUNDTABLE_FIELD_LIMITS.lists)).toEqual([
      'categories',
      'challenges',
      'insights',
      'interests',
      'organisers',
      'sources',
    ]);
  });

  it('takes dates from the first configured day to one year after today', () => {
    const range = recordedDateRange('2000-01-01', new Date('2026-03-05T23:30:00Z'));
    expect(range).toEqual({ from: '2000-01-01', to: '2027-03-05' });
    expect(dateOutOfRange('2000-01-01', range)).toBeNull();
    expect(dateOutOfRange('2027-03-05', range)).toBeNull();
    expect(dateOutOfRange('1900-01-01', range)).toBe('must be from 2000-01-01 to 2027-03-05 (one year after today); got 1900-01-01');
    expect(dateOutOfRange('2999-12-31', range)).toMatch(/^must be from 2000-01-01 to 2027-03-05/);
  });
});
