import type { Subgraph } from '../../server/core/subgraph';
import { authHeaders, Role, tokenFor } from '../../server/test-support/auth';
import { executeOn } from '../../server/test-support/execute';
import { startTestSystem } from '../../server/test-support/test-system';

type Row = Record<string, unknown>;

// Completeness and timeliness per region and reporting period, through the real gateway:
// engagement counts the records, evaluation adds the ROUNDTABLES_HELD target expected and the
// rates against it. A record is on time here within 10 days of its date (ON_TIME_DAYS=10).
const COMPLETENESS = `query ($filter: AnalyticsFilter, $periods: [String!], $page: PageInput, $orderBy: CompletenessOrder) {
  completeness(filter: $filter, periods: $periods, page: $page, orderBy: $orderBy) {
    totalCount periods onTimeDays
    rows {
      regionSlug periodCode recorded approved submitted onTime overdue onTimeRate
      expected expectedOrigin { kind } reportingRate approvedRate
    }
  }
}`;

const SET_TARGET = `mutation ($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { version } } }`;
const CREATE = 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }';
const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) {
  reviewRoundtables(action: $action, records: $records, comment: $comment) { id version } }`;

type Recorded = { id: string; version: number };

describe('completeness and timeliness through the gateway', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  const tokens = {} as Record<'ADMIN' | 'ANALYST' | 'EVALUATOR' | 'FUNDER' | 'COORDINATOR', string>;
  let numbers = 500;

  const ask = async (variables: Row, token: string | undefined = tokens.ANALYST) =>
    api.gql<{ completeness: Row }>(COMPLETENESS, variables, token);
  const page = async (variables: Row, token?: string) => {
    const response = await ask(variables, token);
    expect(response.errors).toBeUndefined();
    return response.data?.completeness as { totalCount: number; periods: string[]; onTimeDays: number; rows: Row[] };
  };
  const asAdmin = async <T>(query: string, variables: Row, token = tokens.ADMIN): Promise<T> => {
    const response = await api.gql<T>(query, variables, token);
    if (response.errors) throw new Error(`Setting up failed: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };
  const engagementDb = () => (api.system.engagement as Subgraph).database.dataSource;

  /** A roundtable of `region` on `date`, taken through `steps`, then given the submission time `submittedAt` (null: not known). */
  const plant = async (region: string, date: string, steps: string[], submittedAt?: string | null) => {
    const input = { region, number: ++numbers, date, format: 'ONSITE', sources: [{ title: `Minutes of ${region} ${numbers}` }] };
    let record = (await asAdmin<{ createRoundtable: Recorded }>(CREATE, { input })).createRoundtable;
    for (const action of steps) {
      const token = action === 'SUBMIT' ? tokens.ADMIN : tokens.EVALUATOR;
      const comment = action === 'RETURN' ? 'Check the date.' : undefined;
      record = (await asAdmin<{ reviewRoundtables: Recorded[] }>(REVIEW, { action, records: [record], comment }, token))
        .reviewRoundtables[0] as Recorded;
    }
    if (submittedAt !== undefined) {
      await engagementDb().query('UPDATE engagement.roundtable SET submitted_at = $2 WHERE id = $1', [record.id, submittedAt]);
    }
  };

  beforeAll(async () => {
    api = await startTestSystem({ ON_TIME_DAYS: '10', RESPONSE_CACHE: 'off' });
    for (const role of ['ADMIN', 'ANALYST', 'EVALUATOR', 'FUNDER'] as const) tokens[role] = await tokenFor(Role[role]);
    tokens.COORDINATOR = await tokenFor(Role.COORDINATOR, ['teruel', 'isere']);
    // The published data set holds Guadalajara's first and Soria's third roundtables, of 2021,
    // approved before review began: their submission times are not known.
    await plant('teruel', '2021-03-01', ['SUBMIT', 'APPROVE'], '2021-03-05T09:00:00Z'); // on time: 4 days
    await plant('teruel', '2021-06-01', ['SUBMIT'], '2021-06-30T09:00:00Z'); // late: 29 days
    await plant('teruel', '2022-02-01', ['SUBMIT', 'RETURN'], '2022-02-11T23:59:00Z'); // on time: the 10th day
    await plant('teruel', '2022-05-01', []); // a draft never submitted, its 10 days long gone: overdue
    await plant('isere', '2021-09-01', ['SUBMIT', 'APPROVE'], null); // submission time not known
    await plant('isere', '2023-02-01', ['SUBMIT'], '2023-02-20T08:00:00Z'); // late: 19 days
    await plant('isere', '2022-12-31', ['SUBMIT', 'APPROVE'], '2023-01-02T23:30:00Z'); // on time: 2 days, in the next year
    // Every region expects 4 over the project (built in); Teruel 2 of its own. Every region 2 in
    // 2021; in 2022 Guadalajara alone has a target; 2023 has none.
    const target = (region: string | null, period: string, value: number) =>
      asAdmin(SET_TARGET, { input: { indicator: 'ROUNDTABLES_HELD', region, period, target: value } }, tokens.EVALUATOR);
    await target('teruel', 'SIRA', 2);
    await target(null, '2021', 2);
    await target('guadalajara', '2022', 3);
  });
  afterAll(() => api?.close());

  const cell = (rows: Row[], region: string, period: string) => rows.find((row) => row.regionSlug === region && row.periodCode === period);
  const counts = (recorded: number, approved: number, submitted: number, onTime: number, overdue: number, onTimeRate: number | null) => ({
    recorded,
    approved,
    submitted,
    onTime,
    overdue,
    onTimeRate,
  });
  const against = (expected: number | null, kind: string, reportingRate: number | null, approvedRate: number | null) => ({
    expected,
    expectedOrigin: { kind },
    reportingRate,
    approvedRate,
  });

  it('counts each region in each period against its target: its own, else the default, else unknown', async () => {
    const { totalCount, periods, onTimeDays, rows } = await page({ periods: ['SIRA', '2021', '2022', '2023'] });
    expect({ totalCount, periods, onTimeDays }).toEqual({ totalCount: 10, periods: ['SIRA', '2021', '2022', '2023'], onTimeDays: 10 });
    // Ten regions by slug, each in the four periods in the order asked.
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 4).map((row) => [row.regionSlug, row.periodCode])).toEqual([
      ['correze', 'SIRA'],
      ['correze', '2021'],
      ['correze', '2022'],
      ['correze', '2023'],
    ]);
    expect(cell(rows, 'teruel', 'SIRA')).toEqual({
      regionSlug: 'teruel',
      periodCode: 'SIRA',
      ...counts(4, 1, 3, 2, 1, 0.5),
      ...against(2, 'REGION', 2, 0.5),
    });
    expect(cell(rows, 'teruel', '2021')).toMatchObject({ ...counts(2, 1, 2, 1, 0, 0.5), ...against(2, 'DEFAULT', 1, 0.5) });
    // No target for Teruel in 2022: expected, and so the rates, are unknown, never 0.
    expect(cell(rows, 'teruel', '2022')).toMatchObject({ ...counts(2, 0, 1, 1, 1, 0.5), ...against(null, 'NONE', null, null) });
    expect(cell(rows, 'teruel', '2023')).toMatchObject({ ...counts(0, 0, 0, 0, 0, null), ...against(null, 'NONE', null, null) });
    // A record whose submission time is not known counts as recorded, but not in the on-time rate.
    expect(cell(rows, 'isere', 'SIRA')).toMatchObject({ ...counts(3, 2, 2, 1, 0, 0.5), ...against(4, 'DEFAULT', 0.75, 0.5) });
    expect(cell(rows, 'isere', '2021')).toMatchObject({ ...counts(1, 1, 0, 0, 0, null), ...against(2, 'DEFAULT', 0.5, 0.5) });
    expect(cell(rows, 'isere', '2022')).toMatchObject({ ...counts(1, 1, 1, 1, 0, 1), ...against(null, 'NONE', null, null) });
    expect(cell(rows, 'isere', '2023')).toMatchObject({ ...counts(1, 0, 1, 0, 0, 0), ...against(null, 'NONE', null, null) });
    expect(cell(rows, 'guadalajara', 'SIRA')).toMatchObject({ ...counts(1, 1, 0, 0, 0, null), ...against(4, 'DEFAULT', 0.25, 0.25) });
    // Guadalajara expected 3 in 2022 and recorded none: a known 0.
    expect(cell(rows, 'guadalajara', '2022')).toMatchObject({ ...counts(0, 0, 0, 0, 0, null), ...against(3, 'REGION', 0, 0) });
    expect(cell(rows, 'karditsa', 'SIRA')).toMatchObject({ ...counts(0, 0, 0, 0, 0, null), ...against(4, 'DEFAULT', 0, 0) });
  });

  it('narrows the records as the filter asks, and gives the period labels from evaluation', async () => {
    const response = await api.gql<{ completeness: { rows: Row[] } }>(
      `{ completeness(filter: { regions: ["teruel"], approvedOnly: true }, periods: ["2021"]) {
          rows { regionSlug recorded approved reportingRate region { name } period { code label(locale: es) } } } }`,
      {},
      tokens.EVALUATOR,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.completeness.rows).toEqual([
      {
        regionSlug: 'teruel',
        recorded: 1,
        approved: 1,
        reportingRate: 0.5,
        region: { name: 'Teruel' },
        period: { code: '2021', label: '2021' },
      },
    ]);
  });

  it('pages and sorts the regions by a figure of one period, ties by region', async () => {
    const byRecorded = (offset: number) =>
      page({ periods: ['2023', 'SIRA'], page: { offset, limit: 3 }, orderBy: { field: 'RECORDED', direction: 'DESC', period: 'SIRA' } });
    const first = await byRecorded(0);
    expect(first.totalCount).toBe(10);
    expect(first.rows.map((row) => `${row.regionSlug} ${row.periodCode} ${row.recorded}`)).toEqual([
      'teruel 2023 0',
      'teruel SIRA 4',
      'isere 2023 1',
      'isere SIRA 3',
      'guadalajara 2023 0',
      'guadalajara SIRA 1',
    ]);
    const second = await byRecorded(3);
    expect([...new Set(second.rows.map((row) => row.regionSlug))]).toEqual(['soria', 'correze', 'karditsa']);
    const past = await byRecorded(30);
    expect(past).toMatchObject({ totalCount: 10, rows: [] });

    // Unknown rates sort last whichever the direction.
    const onTime = await page({ periods: ['2021'], page: { limit: 3 }, orderBy: { field: 'ON_TIME_RATE', direction: 'ASC' } });
    expect(onTime.rows.map((row) => [row.regionSlug, row.onTimeRate])).toEqual([
      ['teruel', 0.5],
      ['correze', null],
      ['guadalajara', null],
    ]);
    const approved = await page({ periods: ['SIRA'], page: { limit: 2 }, orderBy: { field: 'APPROVED', direction: 'DESC' } });
    expect(approved.rows.map((row) => [row.regionSlug, row.approved])).toEqual([
      ['isere', 2],
      ['guadalajara', 1],
    ]);
  });

  it("shows a coordinator its own regions only, and refuses another's", async () => {
    const own = await page({ periods: ['SIRA'] }, tokens.COORDINATOR);
    expect(own.totalCount).toBe(2);
    expect(own.rows.map((row) => [row.regionSlug, row.recorded, row.expected])).toEqual([
      ['isere', 3, 4],
      ['teruel', 4, 2],
    ]);
    const other = await ask({ filter: { regions: ['teruel', 'soria'] } }, tokens.COORDINATOR);
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0]?.message).toBe('You coordinate teruel, isere; soria is not one of your regions.');
  });

  it('refuses FUNDER and PUBLIC, who see approved records only', async () => {
    for (const token of [tokens.FUNDER, undefined]) {
      // Asked directly: ask() would take a missing token for the analyst's.
      const response = await api.gql<{ completeness: Row }>(COMPLETENESS, {}, token);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(response.data?.completeness ?? null).toBeNull();
    }
  });

  it.each([
    [{ filter: { from: '2021-01-01' } }, 'filter.from and filter.to out'],
    [{ periods: ['SIRA', '2031'] }, 'Unknown reporting period "2031" in periods; the periods are SIRA, 2021, 2022, 2023.'],
    [{ periods: ['2021'], orderBy: { field: 'RECORDED', period: '2022' } }, 'orderBy.period 2022 is not one of the periods asked (2021).'],
    [{ page: { limit: 501 } }, 'must be at most 500'],
  ])('refuses %j as bad input', async (variables, message) => {
    const response = await ask(variables);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain(message);
  });

  it('refuses a representation sent to a subgraph by hand: with counts that are no counts, or by a bare key', async () => {
    const { engagement, evaluation } = api.system as { engagement: Subgraph; evaluation: Subgraph };
    const ENTITIES = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on RegionPeriodCompleteness { FIELDS } } }`;
    const representation = { __typename: 'RegionPeriodCompleteness', regionSlug: 'teruel', periodCode: 'SIRA' };
    const headers = await authHeaders(Role.ANALYST);
    const rated = await executeOn(
      evaluation,
      ENTITIES.replace('FIELDS', 'expected reportingRate'),
      {
        representations: [
          { ...representation, recorded: 3 },
          { ...representation, recorded: -1 },
        ],
      },
      headers,
    );
    expect(rated.data?._entities).toEqual([{ expected: 2, reportingRate: 1.5 }, null]);
    expect(rated.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['BAD_USER_INPUT', ['_entities', 1]]]);
    const counted = await executeOn(engagement, ENTITIES.replace('FIELDS', 'recorded'), { representations: [representation] }, headers);
    expect(counted.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(counted.errors?.[0]?.message).toContain('read through the completeness query');
  });

  it('reads the records in one engagement statement and every target in one evaluation statement', async () => {
    const { engagement, evaluation } = api.system as { engagement: Subgraph; evaluation: Subgraph };
    const seen = { engagement: [] as string[], evaluation: [] as string[] };
    const stops = [
      engagement.database.sqlLog.watch((sql) => seen.engagement.push(sql)),
      evaluation.database.sqlLog.watch((sql) => seen.evaluation.push(sql)),
    ];
    try {
      await page({ periods: ['SIRA', '2021', '2022', '2023'] });
    } finally {
      for (const stop of stops) stop();
    }
    // The reporting periods, then the counts of every region and period.
    expect(seen.engagement).toHaveLength(2);
    expect(seen.engagement.filter((sql) => sql.includes('engagement.roundtable'))).toHaveLength(1);
    expect(seen.evaluation).toHaveLength(1);
  });
});
