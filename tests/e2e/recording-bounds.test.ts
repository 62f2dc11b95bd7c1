import { Client } from 'pg';
import { RECORDING_LIMITS } from '../../server/contract/recording-limits';
import { refreshRollups } from '../../server/subgraphs/engagement/rollup/refresh-rollups';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

type Row = Record<string, unknown>;

const PEOPLE = RECORDING_LIMITS.counts.people;
// Enough roundtables at the most people one may record for their sum to pass 2^31 (21,475).
const ROUNDTABLES = 22_000;
const INT_MAX = 2 ** 31 - 1;

const CREATE = `mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }`;
const IMPORT = `mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: true) { valid errors { line column message } } }`;
const HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';

const soria = (overrides: Row = {}) => ({
  region: 'soria',
  number: 40,
  date: '2022-05-12',
  format: 'HYBRID',
  sources: [{ title: 'Minutes of a Soria roundtable', url: 'https://example.org/soria-40' }],
  ...overrides,
});

// Every count, date, text and list a person enters has a limit, refused by the API and the
// import with the limit named; sums of counts at those limits over many roundtables neither
// overflow in SQL nor in GraphQL, for every role.
describe('bounds on what is recorded', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestSystem();
    coordinator = await tokenFor(Role.COORDINATOR, ['soria']);
  });
  afterAll(() => api?.close());

  const refusal = async (input: Row) => {
    const { data, errors } = await api.gql(CREATE, { input }, coordinator);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return { message: errors?.[0]?.message ?? '', problems: errors?.[0]?.extensions?.problems as { field: string; message: string }[] };
  };

  it('refuses a roundtable of 2,000,000,000 participants, naming the field and the limit', async () => {
    const { message, problems } = await refusal(soria({ attendance: { participants: 2_000_000_000, online: 150_000 } }));
    expect(problems).toEqual([
      { field: 'attendance.participants', message: 'must be at most 100,000' },
      { field: 'attendance.online', message: 'must be at most 100,000' },
    ]);
    expect(message).toBe('Please correct: attendance.participants: must be at most 100,000; attendance.online: must be at most 100,000.');
  });

  it.each(['1900-01-01', '2999-12-31'])('refuses a roundtable held on %s', async (date) => {
    const { problems } = await refusal(soria({ date }));
    expect(problems).toEqual([
      {
        field: 'date',
        message: expect.stringMatching(
          new RegExp(`^must be from 2000-01-01 to \\d{4}-\\d{2}-\\d{2} \\(one year after today\\); got ${date}$`),
        ),
      },
    ]);
  });

  it('refuses over-long texts and over-long lists', async () => {
    const { problems } = await refusal(
      soria({
        theme: 'x'.repeat(2_001),
        insights: Array.from({ length: 51 }, (_, index) => `Insight ${index + 1}`),
        challenges: [{ code: 'TRANSPORT', note: 'y'.repeat(2_001) }],
        sources: Array.from({ length: 21 }, (_, index) => ({ title: `Source ${index + 1}` })),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'theme', message: 'must be at most 2,000 characters' },
        { field: 'insights', message: 'can list at most 50' },
        { field: 'challenges.0.note', message: 'must be at most 2,000 characters' },
        { field: 'sources', message: 'can list at most 20' },
      ]),
    );
  });

  it('tells forms every limit, and the dates as configured', async () => {
    const { data, errors } = await api.gql<{ roundtableLimits: Row }>(
      '{ roundtableLimits { counts { field max } texts { field max } lists { field max } datesFrom datesTo } }',
    );
    expect(errors).toBeUndefined();
    const limits = data?.roundtableLimits as { counts: Row[]; texts: Row[]; lists: Row[]; datesFrom: string; datesTo: string };
    expect(limits.counts).toContainEqual({ field: 'attendance.participants', max: 100_000 });
    expect(limits.texts).toContainEqual({ field: 'sources.url', max: 2_000 });
    expect(limits.lists).toContainEqual({ field: 'sources', max: 20 });
    expect(limits.datesFrom).toBe('2000-01-01');
    expect(Number(limits.datesTo.slice(0, 4))).toBe(new Date().getUTCFullYear() + 1);
  });

  it('refuses in an import what the form refuses, each problem by line and column with its limit', async () => {
    const rows = [
      'soria,40,1900-01-01,hybrid,,21,,,,,,,https://example.org/soria-40',
      'soria,41,2999-12-31,hybrid,,21,,,,,,,https://example.org/soria-41',
      'soria,42,2022-05-12,hybrid,1441,2000000000,,,,10001,,,https://example.org/soria-42',
      `soria,43,2022-05-12,hybrid,,,,,,,,${Array.from({ length: 101 }, () => 'TRANSPORT').join(';')},https://example.org/${'z'.repeat(2_000)}`,
    ];
    const { data } = await api.gql<{ importRoundtables: { valid: boolean; errors: Row[] } }>(
      IMPORT,
      { csv: [HEADER, ...rows].join('\n') },
      coordinator,
    );
    expect(data?.importRoundtables.valid).toBe(false);
    expect(data?.importRoundtables.errors).toEqual([
      { line: 2, column: 'date', message: expect.stringMatching(/^must be from 2000-01-01 to .* got 1900-01-01$/) },
      { line: 3, column: 'date', message: expect.stringMatching(/^must be from 2000-01-01 to .* got 2999-12-31$/) },
      { line: 4, column: 'duration_minutes', message: 'must be at most 1440 minutes (a day)' },
      { line: 4, column: 'participants', message: 'must be at most 100,000' },
      { line: 4, column: 'organisations', message: 'must be at most 10,000' },
      { line: 5, column: 'challenges', message: 'can list at most 100' },
      { line: 5, column: 'source_url', message: 'must be at most 2,000 characters' },
    ]);
  });

  it('refuses whole a file that was not UTF-8, naming the encoding it looks like', async () => {
    // A Latin-1 "Alcañiz" read as UTF-8: the ñ could not be read.
    const csv = [HEADER, 'teruel,2,2022-05-12,onsite,,9,,,,,,,https://example.org/alca\uFFFDiz'].join('\n');
    const { data } = await api.gql<{ importRoundtables: { valid: boolean; errors: Row[] } }>(IMPORT, { csv }, coordinator);
    expect(data?.importRoundtables).toEqual({
      valid: false,
      errors: [
        { line: null, column: null, message: expect.stringMatching(/^The file is not UTF-8: line 2 .*Windows-1252 \(Latin-1\).*UTF-8/) },
      ],
    });
  });

  describe(`with ${ROUNDTABLES.toLocaleString('en')} roundtables at the maxima`, () => {
    beforeAll(async () => {
      const client = new Client({ connectionString: api.databaseUrl });
      await client.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO engagement.roundtable (region_slug, number, date, format, review_state)
           SELECT 'teruel', 100 + g, date '2021-01-01' + (g % 700), 'HYBRID', 'APPROVED' FROM generate_series(1, $1::int) g RETURNING id`,
          [ROUNDTABLES],
        );
        const ids = rows.map((row) => row.id);
        await client.query(
          `INSERT INTO engagement.published_attendance (roundtable_id, total_min, total_max, online_min, online_max, onsite_min, onsite_max, organisations)
           SELECT id, $2::int, $2::int, $3::int, $3::int, $3::int, $3::int, $4::int FROM unnest($1::uuid[]) id`,
          [ids, PEOPLE, PEOPLE / 2, RECORDING_LIMITS.counts.organisations],
        );
        await client.query(
          `INSERT INTO engagement.published_category (roundtable_id, category_code, participants_min, participants_max)
           SELECT id, code, $2::int, $2::int FROM unnest($1::uuid[]) id CROSS JOIN (VALUES ('NGO'), ('NEWCOMER')) AS c (code)`,
          [ids, PEOPLE],
        );
        const manager = {
          query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows,
        } as unknown as Parameters<typeof refreshRollups>[0];
        await refreshRollups(manager, ids);
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    });

    const RESULTS = `query($periods: [String!]) { indicatorResults(periods: $periods) {
      indicator { code } region { slug } value { min max } withheld recordCount status } }`;

    it.each([
      [Role.ADMIN, []],
      [Role.ANALYST, []],
      [Role.EVALUATOR, []],
      [Role.COORDINATOR, ['teruel']],
      [Role.FUNDER, []],
      [Role.PUBLIC, []],
    ])('answers indicatorResults for %s without overflow', async (role, regions) => {
      const token = role === Role.PUBLIC ? undefined : await tokenFor(role, regions);
      const { data, errors } = await api.gql<{ indicatorResults: Row[] }>(RESULTS, { periods: ['SIRA'] }, token);
      expect(errors).toBeUndefined();
      const all = data?.indicatorResults.find((row) => (row.indicator as Row).code === 'PARTICIPANTS' && row.region === null);
      expect(all?.recordCount).toBe(ROUNDTABLES + 2);
      const value = all?.value as { min: number; max: number } | null;
      // Counts of people for FUNDER and PUBLIC come from the publication, which may withhold or round nothing here.
      expect(value?.min).toBeGreaterThan(INT_MAX);
      expect(value?.min).toBe(ROUNDTABLES * PEOPLE + 26 + 21);
    });

    it('sums attendance past 2^31 in the analytics, exactly', async () => {
      const { data, errors } = await api.gql<{ attendanceTotal: Row; stakeholderMix: Row[] }>(
        `{ attendanceTotal(filter: { regions: ["teruel"] }) { roundtables total { min max } online { min max } }
           stakeholderMix(filter: { regions: ["teruel"] }) { category { code } participants { min max } } }`,
        {},
        await tokenFor(Role.ANALYST),
      );
      expect(errors).toBeUndefined();
      expect(data?.attendanceTotal).toEqual({
        roundtables: ROUNDTABLES,
        total: { min: ROUNDTABLES * PEOPLE, max: ROUNDTABLES * PEOPLE },
        online: { min: (ROUNDTABLES * PEOPLE) / 2, max: (ROUNDTABLES * PEOPLE) / 2 },
      });
      expect(data?.stakeholderMix).toContainEqual({
        category: { code: 'NGO' },
        participants: { min: ROUNDTABLES * PEOPLE, max: ROUNDTABLES * PEOPLE },
      });
    });
  });
});
