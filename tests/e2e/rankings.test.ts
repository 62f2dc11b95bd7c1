import type { Subgraph } from '../../server/core/subgraph';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { dataSet, newRegion, newRoundtable, newSource } from '../../server/test-support/factories';
import { startTestSystem } from '../../server/test-support/test-system';

// The bounded forms of the analytics through the gateway, as an analyst reads them: the first
// regions by a measure and the rest summed in the same statement, so shown + others = total,
// ranges adding as ranges and unknown staying unknown; a limit past the maximum refused.
type Range = { min: number; max: number } | null;
const exact = (n: number) => ({ min: n, max: n });

describe('rankings of regions with the rest summed', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let analyst: string;
  const source = newSource();
  const [a, b, c, d, e] = ['rank-a', 'rank-b', 'rank-c', 'rank-d', 'rank-e'].map((slug) => newRegion({ slug, country: 'PT' })) as [
    ReturnType<typeof newRegion>,
    ReturnType<typeof newRegion>,
    ReturnType<typeof newRegion>,
    ReturnType<typeof newRegion>,
    ReturnType<typeof newRegion>,
  ];
  const slugs = [a, b, c, d, e].map((region) => region.slug);
  const filter = { regions: slugs };

  beforeAll(async () => {
    api = await startTestSystem();
    analyst = await tokenFor(Role.ANALYST);
    const { geography, engagement } = api.system;
    if (!geography || !engagement) throw new Error('both subgraphs run in this process');
    const at = (region: string, extra: object) => newRoundtable({ region, source: source.ref, date: '2022-03-01', ...extra });
    await loadDataset(
      geography as Subgraph,
      engagement,
      dataSet({
        regions: [a, b, c, d, e],
        sources: [source],
        roundtables: [
          // a: exact 30; b: a range, 9 to 16; c: attendance unknown; d: exact 5; e: no roundtable.
          at(a.slug, {
            attendance: { total: 30, online: 20, onsite: 10 },
            categories: [{ code: 'NGO', participants: 4 }],
            challenges: [{ code: 'LANGUAGE' }, { code: 'LANGUAGE', note: 'again' }],
          }),
          at(b.slug, {
            attendance: { total: { min: 9, max: 16 } },
            categories: [{ code: 'NGO', participants: { min: 1, max: 2 } }],
            challenges: [{ code: 'TRANSPORT' }],
          }),
          at(c.slug, { categories: [{ code: 'NEWCOMER' }], challenges: [{ code: 'LANGUAGE' }] }),
          at(d.slug, { attendance: { total: 5 }, categories: [{ code: 'NGO', participants: 3 }] }),
        ],
      }),
    );
  }, 120_000);
  afterAll(() => api.close());

  const FIGURES = 'roundtables roundtablesUnknownAttendance online { min max } onsite { min max } total { min max } withheld { field }';
  type Figures = { roundtables: number; roundtablesUnknownAttendance: number; online: Range; onsite: Range; total: Range };
  type AttendanceAnswer = {
    attendanceRanking: {
      regionCount: number;
      regions: (Figures & { region: { slug: string } })[];
      others: Figures & { regionCount: number };
    };
    attendanceTotal: Figures;
  };
  const attendance = (args: string) =>
    api.gql<AttendanceAnswer>(
      `query($filter: AnalyticsFilter) {
        attendanceRanking(filter: $filter${args}) { regionCount regions { region { slug } ${FIGURES} } others { regionCount ${FIGURES} } }
        attendanceTotal(filter: $filter) { ${FIGURES} }
      }`,
      { filter },
      analyst,
    );
  const plus = (x: Range, y: Range): Range => (x && y ? { min: x.min + y.min, max: x.max + y.max } : (x ?? y));

  it('shows the regions with the most participants, a range by its min, and sums the rest: ranges as ranges, unknown left out, never 0', async () => {
    const { data, errors } = await attendance(', orderBy: { by: TOTAL, direction: DESC }, limit: 2');
    expect(errors).toBeUndefined();
    const ranking = data?.attendanceRanking;
    expect(ranking?.regionCount).toBe(5);
    expect(ranking?.regions.map((row) => [row.region.slug, row.total])).toEqual([
      [a.slug, exact(30)],
      [b.slug, { min: 9, max: 16 }],
    ]);
    // c (unknown), d (5) and e (no roundtable): 5 people known, one roundtable of unknown attendance.
    // d's 5 were recorded without their mode: 0 known online or onsite, c's unknown left out.
    expect(ranking?.others).toEqual({
      regionCount: 3,
      roundtables: 2,
      roundtablesUnknownAttendance: 1,
      online: exact(0),
      onsite: exact(0),
      total: exact(5),
      withheld: [],
    });
    // Shown + others = the total over every region, in the min and in the max.
    const rows = [...(ranking?.regions ?? []), ranking?.others as Figures];
    expect(rows.reduce<Range>((sum, row) => plus(sum, row.total), null)).toEqual(data?.attendanceTotal.total);
    expect(rows.reduce((sum, row) => sum + row.roundtables, 0)).toBe(data?.attendanceTotal.roundtables);
    expect(rows.reduce((sum, row) => sum + row.roundtablesUnknownAttendance, 0)).toBe(data?.attendanceTotal.roundtablesUnknownAttendance);
  });

  it('puts regions whose measure is unknown last in either direction, by slug, and keeps unknown others unknown', async () => {
    const { data, errors } = await attendance(', orderBy: { by: TOTAL, direction: ASC }, limit: 3');
    expect(errors).toBeUndefined();
    expect(data?.attendanceRanking.regions.map((row) => row.region.slug)).toEqual([d.slug, b.slug, a.slug]);
    expect(data?.attendanceRanking.others).toMatchObject({ regionCount: 2, roundtables: 1, roundtablesUnknownAttendance: 1, total: null });
    const online = await attendance(', orderBy: { by: ONLINE }, limit: 1');
    expect(online.data?.attendanceRanking.regions.map((row) => [row.region.slug, row.online])).toEqual([[a.slug, exact(20)]]);
    expect(online.data?.attendanceRanking.others).toMatchObject({ regionCount: 4, online: exact(0), total: { min: 14, max: 21 } });
    const byRegion = await attendance(', orderBy: { by: REGION, direction: DESC }, limit: 2');
    expect(byRegion.data?.attendanceRanking.regions.map((row) => row.region.slug)).toEqual([e.slug, d.slug]);
  });

  it('shows 20 regions when no limit is given, every one here, and sums nothing', async () => {
    const { data } = await attendance('');
    expect(data?.attendanceRanking.regions.map((row) => row.region.slug)).toEqual([a.slug, b.slug, d.slug, c.slug, e.slug]);
    expect(data?.attendanceRanking.others).toEqual({
      regionCount: 0,
      roundtables: 0,
      roundtablesUnknownAttendance: 0,
      online: null,
      onsite: null,
      total: null,
      withheld: [],
    });
  });

  it.each([101, 0, 1000])('refuses a limit of %i, naming the maximum, and answers nothing', async (limit) => {
    const { data, errors } = await api.gql<{ stakeholderRanking: unknown }>(
      'query($filter: AnalyticsFilter, $limit: Int) { stakeholderRanking(filter: $filter, limit: $limit) { regionCount } }',
      { filter, limit },
      analyst,
    );
    expect(data?.stakeholderRanking ?? null).toBeNull();
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors?.[0]?.message).toContain('1 to 100 regions');
  });

  it("ranks stakeholders by one category's participants and sums each category over the other regions", async () => {
    const { data, errors } = await api.gql<{
      stakeholderRanking: {
        regionCount: number;
        regions: { slug: string }[];
        rows: { region: { slug: string }; category: { code: string }; participants: Range }[];
        othersRegionCount: number;
        others: {
          category: { code: string };
          regionCount: number;
          roundtables: number;
          roundtablesUncounted: number;
          participants: Range;
        }[];
      };
    }>(
      `query($filter: AnalyticsFilter) {
        stakeholderRanking(filter: $filter, orderBy: { by: PARTICIPANTS, category: "NGO" }, limit: 2) {
          regionCount regions { slug } rows { region { slug } category { code } participants { min max } }
          othersRegionCount others { category { code } regionCount roundtables roundtablesUncounted participants { min max } }
        }
      }`,
      { filter },
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.stakeholderRanking).toEqual({
      regionCount: 5,
      regions: [{ slug: a.slug }, { slug: d.slug }],
      rows: [
        { region: { slug: a.slug }, category: { code: 'NGO' }, participants: exact(4) },
        { region: { slug: d.slug }, category: { code: 'NGO' }, participants: exact(3) },
      ],
      othersRegionCount: 3,
      others: [
        // c's newcomers were present, not counted: unknown, not 0.
        { category: { code: 'NEWCOMER' }, regionCount: 1, roundtables: 1, roundtablesUncounted: 1, participants: null },
        { category: { code: 'NGO' }, regionCount: 1, roundtables: 1, roundtablesUncounted: 0, participants: { min: 1, max: 2 } },
      ],
    });
  });

  it('ranks challenges by mentions and sums each over the other regions', async () => {
    const { data, errors } = await api.gql<{
      challengeRanking: {
        regions: { slug: string }[];
        rows: { region: { slug: string }; challenge: { code: string }; mentions: number }[];
        othersRegionCount: number;
        others: { challenge: { code: string }; regionCount: number; mentions: number; roundtables: number }[];
      };
    }>(
      `query($filter: AnalyticsFilter) {
        challengeRanking(filter: $filter, limit: 1) {
          regions { slug } rows { region { slug } challenge { code } mentions }
          othersRegionCount others { challenge { code } regionCount mentions roundtables }
        }
      }`,
      { filter },
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(data?.challengeRanking).toEqual({
      regions: [{ slug: a.slug }],
      rows: [{ region: { slug: a.slug }, challenge: { code: 'LANGUAGE' }, mentions: 2 }],
      othersRegionCount: 4,
      others: [
        { challenge: { code: 'LANGUAGE' }, regionCount: 1, mentions: 1, roundtables: 1 },
        { challenge: { code: 'TRANSPORT' }, regionCount: 1, mentions: 1, roundtables: 1 },
      ],
    });
  });
});
