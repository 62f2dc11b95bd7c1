import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { regionRollupDrift } from '../../../test-support/region-rollup-drift';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

const HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
const REGIONS = ['guadalajara', 'soria', 'teruel', 'isere', 'vaucluse'];

// Fifty coordinators' files at once, each recording roundtables in several regions that the
// others also write, in a different order: each import is applied whole or refused whole with
// CONFLICT, never an internal error, and the rollups end as a fresh recomputation gives them.
describe('overlapping imports', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  it('applies or refuses each of 50 at once, whole, and leaves the rollups right', async () => {
    const admin = await authHeaders(Role.ADMIN);
    // Every file records the same 10 roundtables (five regions, numbers 200 and 201) with its own
    // figures, each in its own order, so every pair of imports overlaps.
    const keys = REGIONS.flatMap((region) => [200, 201].map((number) => ({ region, number })));
    const files = Array.from({ length: 50 }, (_, i) => {
      const order = i % 2 === 0 ? keys : [...keys].reverse();
      const shift = (i * 3) % keys.length;
      const rows = [...order.slice(shift), ...order.slice(0, shift)].map(
        ({ region, number }) =>
          `${region},${number},2022-03-1${number % 10},online,60,${10 + i},,,,,NGO,LANGUAGE,https://example.org/minutes-${i}`,
      );
      return [HEADER, ...rows, ''].join('\n');
    });
    const outcomes = await Promise.all(
      files.map((csv) =>
        executeOn<{ importRoundtables: { written: boolean; errors: { message: string }[] } }>(
          engagement,
          'mutation($csv: String!) { importRoundtables(csv: $csv) { written errors { message } } }',
          { csv },
          admin,
        ),
      ),
    );
    const codes = outcomes.map((outcome) =>
      outcome.errors ? String(outcome.errors[0]?.extensions.code) : outcome.data?.importRoundtables.written ? 'WRITTEN' : 'INVALID',
    );
    expect(outcomes.map((outcome) => outcome.data?.importRoundtables.errors ?? [])).toEqual(outcomes.map(() => []));
    const tally: Record<string, number> = {};
    for (const code of codes) tally[code] = (tally[code] ?? 0) + 1;
    console.log('50 overlapping imports:', JSON.stringify(tally));
    expect(Object.keys(tally).filter((code) => code !== 'WRITTEN' && code !== 'CONFLICT')).toEqual([]);
    expect(tally.WRITTEN).toBeGreaterThan(0);
    expect(await regionRollupDrift(engagement.database.dataSource)).toEqual([]);
  });
});
