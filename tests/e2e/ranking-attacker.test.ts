import type { Subgraph } from '../../server/core/subgraph';
import { generateIllustrativeDataset } from '../../server/seed/illustrative/generate-illustrative';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { attack } from './attacker/attack';
import type { Attempts } from './attacker/attacks';
import { type Ask, type Cell, cellKey, type Dataset, type Harvest, harvest } from './attacker/harvest';
import { harvestRankings, type Ordering, recordedSet } from './attacker/harvest-rankings';

// A FUNDER reads the rankings (the first regions by a measure of people, and every other region
// summed in "others") beside everything else the publication answers, over a generated data set
// full of small counts, and combines them all: top regions + others against the totals, others
// against each region asked alone, others of one limit against others of the next (which differ
// by one region), across periods and data sets. No withheld count may come back, and no ranking
// may be ordered by anything but published figures.
describe('rankings read by a FUNDER beside every other answer', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let regions: string[];
  let truth: Harvest;
  let published: Harvest;
  let orderings: Ordering[];
  let othersSets: Set<string>;
  let attempts: Attempts;
  const asker =
    (token?: string): Ask =>
    (query, variables) =>
      api.gql(query, variables, token);

  beforeAll(async () => {
    api = await startTestSystem();
    const { geography, engagement, evaluation } = api.system;
    if (!geography || !engagement || !evaluation) throw new Error('every subgraph runs in this process');
    const data = generateIllustrativeDataset({
      seed: 11,
      regions: 6,
      roundtablesPerRegion: 4,
      participantsPerRegion: 16,
      attendanceRate: 0.5,
    });
    await loadDataset(geography as Subgraph, engagement, data, evaluation);
    const listed = await api.gql<{ regions: { slug: string; country: string }[] }>('{ regions { slug country } }');
    regions = (listed.data?.regions ?? []).map((region) => region.slug).sort();
    const countries: Record<string, string[]> = {};
    for (const { slug, country } of listed.data?.regions ?? []) countries[country] = [...(countries[country] ?? []), slug];
    // Every pair and every set of all but one: what differencing others against needs.
    const sets = [
      ...regions.map((left) => regions.filter((slug) => slug !== left)),
      ...regions.flatMap((a, i) => regions.slice(i + 1).map((b) => [a, b])),
    ];
    truth = await harvest(asker(await tokenFor(Role.ADMIN)), regions, countries, sets, { approvedOnly: true });
    const funder = asker(await tokenFor(Role.FUNDER));
    published = await harvest(funder, regions, countries, sets);
    const { reportingPeriods } = (
      await api.gql<{ reportingPeriods: { code: string; start: string; end: string }[] }>('{ reportingPeriods { code start end } }')
    ).data as { reportingPeriods: { code: string; start: string; end: string }[] };
    const periods = [{ code: 'ALL' }, ...reportingPeriods.map((p) => ({ code: p.code, from: p.start, to: p.end }))];
    const categories = [
      ...new Set([...published.cells.keys()].filter((key) => key.includes('|CATEGORY:')).map((key) => key.split('CATEGORY:')[1] as string)),
    ]
      .sort()
      .slice(0, 3);
    ({ orderings, sets: othersSets } = await harvestRankings(funder, regions, periods, categories, published));
    // The attacker takes a category absent from a region's list as 0 there, as the lists say.
    for (const key of [...published.cells.keys()].filter((k) => k.includes('|CATEGORY:'))) {
      const [dataset, , period, part] = key.split('|') as [Dataset, string, string, string];
      for (const slug of regions) {
        const member = cellKey(dataset, slug, period, part);
        if (!published.cells.has(member)) published.cells.set(member, { value: null, withheld: null });
      }
    }
    // What each set of others is, as recorded: the attack checks a recovery against it.
    for (const key of published.cells.keys()) {
      const [dataset, set, period, part] = key.split('|') as [Dataset, string, string, string];
      if (!truth.cells.has(key) && set.includes('+')) truth.cells.set(key, recordedSet(truth.cells, dataset, set, period, part));
    }
    attempts = attack(published.cells, truth.cells);
    console.log(
      `As FUNDER with rankings: ${published.figures} figures in ${published.requests} requests, ${othersSets.size} sets of others, ` +
        `${attempts.withheld} withheld; ${attempts.differencing} differences, elimination over ${attempts.elimination.equations} identities; recovered: ${attempts.recovered.length}.`,
    );
  }, 600_000);
  afterAll(() => api.close());

  it("reads each shown region as the region's own answer and each others as that set's answer, or withholds it", () => {
    expect(published.disagreements).toEqual([]);
    expect(othersSets.size).toBeGreaterThan(10);
    for (const set of othersSets) {
      for (const [key, cell] of published.cells) {
        if (!key.includes(`|${set}|`) || cell.withheld) continue;
        expect({ key, value: cell.value }).toEqual({ key, value: (truth.cells.get(key) as Cell).value });
      }
    }
  });

  it('withholds counts in others where they would give a small count back, and sums them where they would not', () => {
    const others = [...published.cells.entries()].filter(([key]) => [...othersSets].some((set) => key.includes(`|${set}|`)));
    expect(others.filter(([, cell]) => cell.withheld).length).toBeGreaterThan(0);
    expect(others.filter(([, cell]) => cell.value).length).toBeGreaterThan(0);
  });

  it('gets no withheld count back by combining the rankings and their others with every other answer', () => {
    expect(attempts.differencing).toBeGreaterThan(1000);
    expect(attempts.recovered).toEqual([]);
  });

  it('orders by published figures only: a withheld or unknown count last, by slug, whatever the direction', () => {
    const checked = orderings.filter((ordering) => ordering.part);
    expect(checked.length).toBeGreaterThan(20);
    for (const { dataset, period, part, direction, shown } of checked) {
      const value = (slug: string) => published.cells.get(cellKey(dataset, slug, period, part as string));
      const sign = direction === 'DESC' ? -1 : 1;
      const expected = [...regions].sort((a, b) => {
        const [x, y] = [value(a), value(b)].map((cell) => (cell?.withheld ? null : (cell?.value ?? null)));
        if (!x || !y) return x === y ? (a < b ? -1 : 1) : x ? -1 : 1;
        return sign * (x.min - y.min) || sign * (x.max - y.max) || (a < b ? -1 : 1);
      });
      expect({ dataset, period, part, direction, shown }).toEqual({ dataset, period, part, direction, shown: expected });
    }
  });
});
