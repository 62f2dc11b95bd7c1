import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

type Row = Record<string, unknown>;

// Indicator results cross the three subgraphs: evaluation lays them out with their targets,
// engagement counts the values, evaluation judges progress. Through the real gateway.
// Progress is judged as of a day, today when left out: a fixed one, after every built-in period
// ended, keeps these expectations from moving with the calendar (or a machine's wrong clock).
const AS_OF = '2024-01-01';
const RESULTS = `query ($codes: [String!], $filter: AnalyticsFilter, $periods: [String!], $asOf: String) {
  indicatorResults(codes: $codes, filter: $filter, periods: $periods, asOf: $asOf) {
    id indicator { code label(locale: es) unit } region { slug name } period { code }
    periodStart periodEnd value { min max } withheld recordCount unknownRecords
    baseline target progress { min max } expectedProgress status
  }
}`;

describe('indicator results through the gateway', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let analyst: string;

  beforeAll(async () => {
    system = await startTestSystem();
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(() => system?.close());

  const results = async (variables: Row, as?: string) => {
    const response = await system.gql<{ indicatorResults: Row[] }>(RESULTS, { asOf: AS_OF, ...variables }, as);
    expect(response.errors).toBeUndefined();
    return response.data?.indicatorResults ?? [];
  };
  const of = (rows: Row[], region: string | null) => rows.find((r) => ((r.region as Row | null)?.slug ?? null) === region) as Row;

  it("reads Soria's roundtables held: 1 recorded of the 4 each platform holds, off track", async () => {
    const rows = await results({ codes: ['ROUNDTABLES_HELD'] }, analyst);
    expect(of(rows, 'soria')).toMatchObject({
      indicator: { code: 'ROUNDTABLES_HELD', label: 'Mesas redondas celebradas', unit: 'COUNT' },
      region: { slug: 'soria', name: 'Soria' },
      period: { code: 'SIRA' },
      periodStart: '2021-01-01',
      periodEnd: '2023-03-31',
      value: { min: 1, max: 1 },
      recordCount: 1,
      baseline: 0,
      target: 4,
      progress: { min: 0.25, max: 0.25 },
      expectedProgress: 1,
      status: 'OFF_TRACK',
    });
    // Every one of the ten regions has the default target; the total adds them up.
    expect(rows).toHaveLength(11);
    expect(of(rows, null)).toMatchObject({ value: { min: 2, max: 2 }, target: 40, status: 'OFF_TRACK' });
    expect(of(rows, 'teruel')).toMatchObject({ value: { min: 0, max: 0 }, recordCount: 0, target: 4, status: 'OFF_TRACK' });
  });

  it('gives the all-regions row alone when asked for no row per region, the same as beside them', async () => {
    const { data, errors } = await system.gql<{ alone: Row[]; beside: Row[] }>(
      `query ($asOf: String) {
         alone: indicatorResults(codes: ["ROUNDTABLES_HELD"], regionRows: false, asOf: $asOf) { region { slug } value { min max } target status }
         beside: indicatorResults(codes: ["ROUNDTABLES_HELD"], asOf: $asOf) { region { slug } value { min max } target status }
       }`,
      { asOf: AS_OF },
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.alone).toEqual([{ region: null, value: { min: 2, max: 2 }, target: 40, status: 'OFF_TRACK' }]);
    expect(data?.beside.filter((row) => row.region === null)).toEqual(data?.alone);
  });

  it('drills down from a figure to the roundtables it counts and their sources', async () => {
    const { data, errors } = await system.gql<{ indicatorResults: Row[] }>(
      `{ indicatorResults(codes: ["ROUNDTABLES_HELD"], filter: { regions: ["soria"] }, includeTotal: false) {
           value { min max } roundtables { number date region { slug } sources { title } }
         } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.indicatorResults).toEqual([
      {
        value: { min: 1, max: 1 },
        roundtables: [
          {
            number: 3,
            date: '2021-11-24',
            region: { slug: 'soria' },
            sources: [{ title: 'Third regional multi-stakeholder cooperation platform for migrant and refugee integration in Soria' }],
          },
        ],
      },
    ]);
  });

  it('recomputes a share over regions rather than averaging, and splits years', async () => {
    const rows = await results({ codes: ['ONSITE_SHARE', 'PARTICIPANTS'], periods: ['2021', '2022'] }, analyst);
    const share = rows.filter((r) => (r.indicator as Row).code === 'ONSITE_SHARE' && (r.period as Row).code === '2021');
    // Soria: 3 of 21 onsite; Guadalajara was online (26 of 26 online), so together 3 of 47.
    expect(of(share, 'soria')).toMatchObject({ value: { min: 3 / 21, max: 3 / 21 }, status: 'NO_TARGET' });
    expect(of(share, null)?.value).toEqual({ min: 3 / 47, max: 3 / 47 });
    const participants2022 = rows.filter((r) => (r.indicator as Row).code === 'PARTICIPANTS' && (r.period as Row).code === '2022');
    expect(of(participants2022, null)).toMatchObject({ value: { min: 0, max: 0 }, recordCount: 0 });
  });

  it("withholds a funder's small counts, and their status with them", async () => {
    const funder = await tokenFor(Role.FUNDER);
    const rows = await results({ codes: ['PARTICIPANTS', 'ROUNDTABLES_HELD'], filter: { regions: ['soria', 'guadalajara'] } }, funder);
    // Attendance of 21 and 26 is not small: shown. Roundtables are not people: shown.
    expect(
      of(
        rows.filter((r) => (r.indicator as Row).code === 'PARTICIPANTS'),
        'soria',
      ),
    ).toMatchObject({
      value: { min: 21, max: 21 },
      withheld: null,
    });
    const onsite = await results({ codes: ['ONSITE_SHARE'], filter: { regions: ['soria'] } }, funder);
    // 3 people onsite is a small count: the share would give it away.
    expect(of(onsite, 'soria')).toMatchObject({ value: null, withheld: 'SMALL_COUNT', status: 'WITHHELD', progress: null });
  });

  it('adds Region.indicatorResults to the region geography owns', async () => {
    const { data, errors } = await system.gql<{ region: Row }>(
      `query($asOf: String) { region(slug: "guadalajara") { name indicatorResults(codes: ["ROUNDTABLES_HELD"], asOf: $asOf) {
           value { min max } target status
         } } }`,
      { asOf: AS_OF },
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.region).toEqual({
      name: 'Guadalajara',
      indicatorResults: [{ value: { min: 1, max: 1 }, target: 4, status: 'OFF_TRACK' }],
    });
  });

  it('refuses a bad filter with BAD_USER_INPUT before any subgraph counts', async () => {
    const response = await system.gql(RESULTS, { filter: { regions: ['atlantis'], from: '2022-13-01' } }, analyst);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/filter.from/);
    expect(response.errors?.[0]?.message).toMatch(/Unknown region "atlantis"/);
  });
});
