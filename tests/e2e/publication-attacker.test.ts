import type { Subgraph } from '../../server/core/subgraph';
import { generateIllustrativeDataset } from '../../server/seed/illustrative/generate-illustrative';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { attack } from './attacker/attack';
import type { Attempts } from './attacker/attacks';
import { type Ask, type Harvest, harvest } from './attacker/harvest';

// An attacker with no token, or with a FUNDER token, asks everything those roles may ask of a
// generated data set full of small counts (six regions of 16 people, some at each of four
// roundtables), and tries every way it knows to get a withheld count back. It must get none:
// not one withheld count pinned to its true value, by any attack, in the min or the max.
const SEED = 11;

describe('an attacker of the protected publication', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let regions: string[];
  let countries: Record<string, string[]>;
  let sets: string[][];
  let truth: Harvest;
  const asker =
    (token?: string): Ask =>
    (query, variables) =>
      api.gql(query, variables, token);

  beforeAll(async () => {
    api = await startTestSystem();
    const { geography, engagement, evaluation } = api.system;
    if (!geography || !engagement || !evaluation) throw new Error('every subgraph runs in this process');
    const data = generateIllustrativeDataset({
      seed: SEED,
      regions: 6,
      roundtablesPerRegion: 4,
      participantsPerRegion: 16,
      attendanceRate: 0.5,
    });
    await loadDataset(geography as Subgraph, engagement, data, evaluation);
    const listed = await api.gql<{ regions: { slug: string; country: string }[] }>('{ regions { slug country } }');
    regions = (listed.data?.regions ?? []).map((region) => region.slug).sort();
    countries = {};
    for (const { slug, country } of listed.data?.regions ?? []) countries[country] = [...(countries[country] ?? []), slug];
    // All but one, every pair, and some larger sets picked by a fixed rule.
    sets = [
      ...regions.map((left) => regions.filter((slug) => slug !== left)),
      ...regions.flatMap((a, i) => regions.slice(i + 1).map((b) => [a, b])),
      ...[3, 4, 5, 6].map((size) => regions.filter((_, i) => (i * 7 + size) % 10 < size)),
    ].filter((set) => set.length > 1 && set.length < regions.length);
    // The truth is what FUNDER and PUBLIC count: the approved records, as recorded.
    truth = await harvest(asker(await tokenFor(Role.ADMIN)), regions, countries, sets, { approvedOnly: true });
  }, 300_000);
  afterAll(() => api.close());

  it('reads every cell the same way wherever the counts are asked for, as ADMIN', () => {
    expect(truth.disagreements).toEqual([]);
    expect([...truth.cells.values()].filter((cell) => cell.withheld)).toEqual([]);
  });

  describe.each([
    ['no token', Role.PUBLIC],
    ['a FUNDER token', Role.FUNDER],
  ])('with %s', (_, role) => {
    let published: Harvest;
    let attempts: Attempts;

    beforeAll(async () => {
      published = await harvest(asker(role === Role.PUBLIC ? undefined : await tokenFor(role)), regions, countries, sets);
      attempts = attack(published.cells, truth.cells);
      console.log(
        `As ${role}: ${published.figures} figures read in ${published.requests} requests, ` +
          `${attempts.withheld} withheld; ${Object.entries(attempts.identities)
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')}; ` +
          `${attempts.differencing} differences tried (an identity holding a withheld count, in the min or the max), elimination over ${attempts.elimination.equations} identities ` +
          `and ${attempts.elimination.unknowns} unknowns, bounds in ${attempts.bounds.rounds} rounds, ${attempts.shares} shares; ` +
          `recovered: ${attempts.recovered.length}.`,
      );
    }, 300_000);

    it('reads every cell the same way wherever it is asked for, and shows every count as recorded or withheld with a reason', () => {
      expect(published.disagreements).toEqual([]);
      for (const [key, cell] of published.cells) {
        const recorded = truth.cells.get(key);
        if (cell.withheld) expect({ key, value: cell.value }).toEqual({ key, value: null });
        else expect({ key, value: cell.value }).toEqual({ key, value: recorded?.value ?? null });
      }
    });

    it('withholds many small counts: the data set is one an attacker could hope to use', () => {
      const small = [...published.cells.values()].filter((cell) => cell.withheld === 'SMALL_COUNT');
      expect(small.length).toBeGreaterThan(100);
      expect(attempts.withheld).toBeGreaterThan(small.length);
    });

    it('gets no withheld count back by differencing, elimination, bounds, or shares times totals', () => {
      expect(attempts.differencing).toBeGreaterThan(1000);
      expect(attempts.elimination.equations).toBeGreaterThan(1000);
      expect(attempts.recovered).toEqual([]);
    });

    it('is refused every window that is not a reporting period, and every split by format', async () => {
      const token = role === Role.PUBLIC ? undefined : await tokenFor(role);
      for (const filter of [
        { from: '2021-11-01', to: '2022-12-31' },
        { from: '2021-12-01', to: '2022-12-31' },
        { from: '2021-01-01', to: '2021-06-30' },
        { from: '2022-01-01' },
        { formats: ['ONLINE'] },
      ]) {
        const answer = await api.gql(
          'query($f: AnalyticsFilter) { attendanceMix(filter: $f) { total { min max } } }',
          { f: filter },
          token,
        );
        expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      const indicator = await api.gql('{ indicatorResults(filter: { from: "2021-12-01" }) { value { min max } } }', undefined, token);
      expect(indicator.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });

    it('finds no count of people of one roundtable', async () => {
      const token = role === Role.PUBLIC ? undefined : await tokenFor(role);
      const answer = await api.gql<{ roundtables: { attendance: Record<string, unknown>; categories: { participants: unknown }[] }[] }>(
        '{ roundtables { attendance { total { min } online { min } onsite { min } unknownMode { min } newcomers { min } } categories { participants { min } } } }',
        undefined,
        token,
      );
      expect(answer.errors).toBeUndefined();
      const counts = (answer.data?.roundtables ?? []).flatMap((rt) => [
        ...Object.values(rt.attendance),
        ...rt.categories.map((c) => c.participants),
      ]);
      expect(counts.length).toBeGreaterThan(100);
      expect(counts.filter((count) => count !== null)).toEqual([]);
    });
  });
});
