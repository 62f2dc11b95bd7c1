import type { Subgraph } from '../../server/core/subgraph';
import { generateIllustrativeDataset } from '../../server/seed/illustrative/generate-illustrative';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// Counts the SQL statements each subgraph runs for one request through the gateway: every
// analytics field must be one statement, and nested lists must batch (no N+1).
describe('SQL statements per request', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;

  beforeAll(async () => {
    // Uncached: these count the statements a request costs, and load data behind the API's back.
    api = await startTestSystem({ RESPONSE_CACHE: 'off' });
  });
  afterAll(() => api.close());

  async function statementsFor(query: string): Promise<{ geography: string[]; engagement: string[]; evaluation: string[] }> {
    const seen = { geography: [] as string[], engagement: [] as string[], evaluation: [] as string[] };
    const { geography, engagement, evaluation } = api.system as { geography: Subgraph; engagement: Subgraph; evaluation: Subgraph };
    const stops = [
      geography.database.sqlLog.watch((sql) => seen.geography.push(sql)),
      engagement.database.sqlLog.watch((sql) => seen.engagement.push(sql)),
      evaluation.database.sqlLog.watch((sql) => seen.evaluation.push(sql)),
    ];
    try {
      // An analyst sees everything counted here, participant records included.
      const result = await api.gql(query, undefined, await tokenFor(Role.ANALYST));
      expect(result.errors).toBeUndefined();
    } finally {
      for (const stop of stops) stop();
    }
    return seen;
  }

  const ANALYTICS = `{
    attendanceMix { region { name country } roundtables online { min max } onsite { min max } total { min max } }
    stakeholderMix { region { name } category { code label } roundtables participants { min max } }
    challengeFrequency { region { name } challenge { code label } mentions roundtables }
  }`;

  it('runs one statement per analytics field in engagement and one in geography for all region names', async () => {
    const seen = await statementsFor(ANALYTICS);
    expect(seen.engagement).toHaveLength(3);
    expect(seen.geography).toHaveLength(1);
  });

  // Every indicator for every region and period: 4 periods × 7 indicators × 11 rows.
  const INDICATORS = `{ indicatorResults(periods: ["SIRA", "2021", "2022", "2023"]) {
    indicator { code } region { name } value { min max } recordCount withheld target progress { min max } status } }`;

  it('counts every indicator result of a request in one engagement statement', async () => {
    const seen = await statementsFor(INDICATORS);
    expect(seen.engagement).toHaveLength(1);
    // The targets, read once for the request, though evaluation is asked twice (layout, then judgement).
    expect(seen.evaluation).toHaveLength(1);
    expect(seen.geography).toHaveLength(1);
  });

  const NESTED = `{ regions { name roundtables { number attendance { total { min max } source { title } }
    categories { category { label } } challenges { challenge { label } source { title } } organisers { organisation { name } }
    insights { text } interests { text } sources { title } participations { mode participant { category { code } } } } } }`;

  it('does not grow with the number of roundtables', async () => {
    const few = await statementsFor(NESTED);
    const { geography, engagement } = api.system;
    if (!geography || !engagement) throw new Error('both subgraphs run in this process');
    const report = await loadDataset(geography, engagement, generateIllustrativeDataset({ seed: 7 }));
    expect(report.roundtablesAdded).toBeGreaterThan(20);
    const many = await statementsFor(NESTED);
    expect(many.engagement.length).toBe(few.engagement.length);
    expect(many.geography.length).toBe(few.geography.length);
  });
});
