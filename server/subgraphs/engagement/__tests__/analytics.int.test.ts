import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRegion, newRoundtable, newSource } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

describe('analytics over several regions', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  // Exact figures, small ones included, are what an analyst sees.
  let asAnalyst: Record<string, string>;
  const north = newRegion({ slug: 'north', country: 'PL' });
  const south = newRegion({ slug: 'south', country: 'ES' });
  const empty = newRegion({ slug: 'empty', country: 'FR' });
  const source = newSource();
  const at = (region: string, number: number, date: string, extra: object) =>
    newRoundtable({ region, number, date, source: source.ref, ...extra });

  const loadRegions = (into: Awaited<ReturnType<typeof startTestSubgraphs>>) =>
    loadDataset(
      into.geography as Subgraph,
      into.engagement,
      dataSet({
        regions: [north, south, empty],
        sources: [source],
        roundtables: [
          at('north', 1, '2021-03-01', {
            format: 'ONLINE',
            attendance: { total: 10 },
            categories: [{ code: 'NGO', participants: 4 }, { code: 'NEWCOMER' }],
            challenges: [{ code: 'LANGUAGE' }, { code: 'TRANSPORT' }],
          }),
          at('north', 2, '2021-06-01', {
            format: 'ONSITE',
            attendance: { total: { min: 9, max: 16 } },
            categories: [{ code: 'NGO', participants: { min: 1, max: 2 } }],
            challenges: [{ code: 'LANGUAGE' }, { code: 'LANGUAGE', note: 'again' }],
          }),
          at('north', 3, '2021-09-01', { format: 'HYBRID' }),
          at('south', 1, '2022-01-10', {
            format: 'HYBRID',
            attendance: { total: 21, online: 18, onsite: 3 },
            challenges: [{ code: 'DIGITAL_GAP' }],
          }),
        ],
      }),
    );

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    asAnalyst = await authHeaders(Role.ANALYST);
    await loadRegions(subgraphs);
  });
  afterAll(() => subgraphs.close());

  const MIX = `query($filter: AnalyticsFilter) { attendanceMix(filter: $filter) {
    region { slug } roundtables roundtablesUnknownAttendance online { min max } onsite { min max } unknownMode { min max } total { min max } } }`;

  it('adds ranges as ranges and counts unknown attendance apart', async () => {
    const result = await executeOn(engagement, MIX, undefined, asAnalyst);
    expect(result.errors).toBeUndefined();
    expect(result.data?.attendanceMix).toEqual([
      {
        region: { slug: 'empty' },
        roundtables: 0,
        roundtablesUnknownAttendance: 0,
        online: null,
        onsite: null,
        unknownMode: null,
        total: null,
      },
      {
        region: { slug: 'north' },
        roundtables: 3,
        roundtablesUnknownAttendance: 1,
        online: { min: 10, max: 10 },
        onsite: { min: 9, max: 16 },
        unknownMode: { min: 0, max: 0 },
        total: { min: 19, max: 26 },
      },
      {
        region: { slug: 'south' },
        roundtables: 1,
        roundtablesUnknownAttendance: 0,
        online: { min: 18, max: 18 },
        onsite: { min: 3, max: 3 },
        unknownMode: { min: 0, max: 0 },
        total: { min: 21, max: 21 },
      },
    ]);
  });

  it('filters by inclusive dates, countries and formats', async () => {
    const rows = async (filter: object) => {
      const { data } = await executeOn<{ attendanceMix: { region: { slug: string }; roundtables: number }[] }>(
        engagement,
        MIX,
        { filter },
        asAnalyst,
      );
      return (data?.attendanceMix ?? []).map((row) => `${row.region.slug}:${row.roundtables}`);
    };
    expect(await rows({ from: '2021-03-01', to: '2021-06-01' })).toEqual(['empty:0', 'north:2', 'south:0']);
    expect(await rows({ countries: ['ES'] })).toEqual(['south:1']);
    expect(await rows({ regions: ['north'], formats: ['ONSITE', 'HYBRID'] })).toEqual(['north:2']);
  });

  it('sums stakeholder counts only where they were published', async () => {
    const result = await executeOn(
      engagement,
      `{ stakeholderMix { region { slug } category { code } roundtables roundtablesUncounted participants { min max } } }`,
      undefined,
      asAnalyst,
    );
    expect(result.data?.stakeholderMix).toEqual([
      { region: { slug: 'north' }, category: { code: 'NEWCOMER' }, roundtables: 1, roundtablesUncounted: 1, participants: null },
      { region: { slug: 'north' }, category: { code: 'NGO' }, roundtables: 2, roundtablesUncounted: 0, participants: { min: 5, max: 6 } },
    ]);
  });

  it('counts challenge mentions and the roundtables that raised them', async () => {
    const result = await executeOn(
      engagement,
      `{ challengeFrequency { region { slug } challenge { code label(locale: es) } mentions roundtables } }`,
    );
    expect(result.data?.challengeFrequency).toEqual([
      { region: { slug: 'north' }, challenge: { code: 'LANGUAGE', label: 'Idioma' }, mentions: 3, roundtables: 2 },
      { region: { slug: 'north' }, challenge: { code: 'TRANSPORT', label: 'Transporte' }, mentions: 1, roundtables: 1 },
      { region: { slug: 'south' }, challenge: { code: 'DIGITAL_GAP', label: 'Brecha digital' }, mentions: 1, roundtables: 1 },
    ]);
  });

  it('sums categories and challenges over regions, from the same rows with or without dates', async () => {
    const TOTALS = `query($filter: AnalyticsFilter) {
      categoryReach(filter: $filter) { category { code } roundtables regions }
      challengeTotals(filter: $filter) { challenge { code } mentions roundtables regions } }`;
    const perRegion = await executeOn(engagement, TOTALS, undefined, asAnalyst);
    expect(perRegion.data).toEqual({
      categoryReach: [
        { category: { code: 'NEWCOMER' }, roundtables: 1, regions: 1 },
        { category: { code: 'NGO' }, roundtables: 2, regions: 1 },
      ],
      challengeTotals: [
        { challenge: { code: 'DIGITAL_GAP' }, mentions: 1, roundtables: 1, regions: 1 },
        { challenge: { code: 'LANGUAGE' }, mentions: 3, roundtables: 2, regions: 1 },
        { challenge: { code: 'TRANSPORT' }, mentions: 1, roundtables: 1, regions: 1 },
      ],
    });
    // With dates the per-roundtable rows are read instead of the per-region sums: same answer.
    const dated = await executeOn(engagement, TOTALS, { filter: { from: '2000-01-01', to: '2099-12-31' } }, asAnalyst);
    expect(dated.data).toEqual(perRegion.data);
    const south = await executeOn(engagement, TOTALS, { filter: { regions: ['south'] } }, asAnalyst);
    expect(south.data).toEqual({
      categoryReach: [],
      challengeTotals: [{ challenge: { code: 'DIGITAL_GAP' }, mentions: 1, roundtables: 1, regions: 1 }],
    });
  });

  it('keeps illustrative data apart when asked for recorded facts only', async () => {
    // Illustrative rows of its own, in a database of its own: the other tests read every row.
    const own = await startTestSubgraphs();
    try {
      await loadRegions(own);
      await keepsIllustrativeApart(own);
    } finally {
      await own.close();
    }
  });
  async function keepsIllustrativeApart({ geography, engagement }: Awaited<ReturnType<typeof startTestSubgraphs>>) {
    const generated = newRegion({ slug: 'generated', country: 'ES' });
    await loadDataset(geography as Subgraph, engagement, {
      ...dataSet({
        regions: [generated],
        sources: [source],
        roundtables: [
          at('generated', 1, '2021-05-05', { attendance: { total: 99 } }),
          at('south', 7, '2021-05-05', { attendance: { total: 50 } }),
        ],
      }),
      illustrative: true,
    });
    const recorded = await executeOn<{ attendanceMix: { region: { slug: string }; total: unknown }[] }>(
      engagement,
      MIX,
      { filter: { illustrative: false } },
      asAnalyst,
    );
    expect(recorded.data?.attendanceMix.map((row) => [row.region.slug, row.total])).toEqual([
      ['empty', null],
      ['north', { min: 19, max: 26 }],
      ['south', { min: 21, max: 21 }],
    ]);
    const all = await executeOn<{ attendanceMix: { region: { slug: string }; total: unknown }[] }>(engagement, MIX, undefined, asAnalyst);
    expect(all.data?.attendanceMix.map((row) => [row.region.slug, row.total])).toContainEqual(['south', { min: 71, max: 71 }]);
    expect(all.data?.attendanceMix.map((row) => row.region.slug)).toContain('generated');
  }

  it('refuses a bad filter with BAD_USER_INPUT naming every problem', async () => {
    const result = await executeOn(engagement, MIX, {
      filter: { regions: ['north', 'atlantis'], countries: ['XX'], from: '2021-02-30', to: '2020-01-01' },
    });
    expect(result.data).toEqual({ attendanceMix: null });
    const [error] = result.errors ?? [];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('filter.from must be a date written YYYY-MM-DD');
    expect(error?.message).toContain('"atlantis"');
    expect(error?.message).toContain('"XX"');
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await executeOn(engagement, MIX, { filter: { from: '2022-01-01', to: '2021-01-01' } });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/filter.from \(2022-01-01\) is after filter.to \(2021-01-01\)/);
  });
});
