import { type GraphQLSchema, isObjectType } from 'graphql';
import { SingleSubgraphShortcut } from '../../server/gateway/single-subgraph-shortcut';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { comparable } from './execution-paths/comparable-answer';
import { dashboardQueries } from './execution-paths/dashboard-queries';
import { type PageVisit, pageVisits, type SeededFacts, variablesFor } from './execution-paths/page-visits';

type System = Awaited<ReturnType<typeof startTestSystem>>;

const QUERIES = dashboardQueries();

/** Fields answered without a resolver of their own: those graphql-jit reads inline. */
function fieldsWithoutResolver(schema: GraphQLSchema | undefined): number {
  return Object.values(schema?.getTypeMap() ?? {})
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()) : []))
    .filter((field) => field.resolve === undefined).length;
}

// The fast paths (EXECUTION_FAST_PATHS) reach into library internals to answer faster; they must
// never answer differently. Every query the dashboard sends, with the variables its pages set,
// as each role that sees something different, is asked of a system with them and one without,
// on the same database: the JSON of both answers, data and errors, must be equal.
describe('execution paths', () => {
  let fast: System;
  let plain: System;
  let visits: PageVisit[];
  let viewers: { role: string; token?: string }[];
  // Which subgraph the shortcut chose for each operation the fast system was asked: null is Apollo Gateway's path.
  const routed = jest.spyOn(SingleSubgraphShortcut.prototype, 'subgraphAnswering');

  beforeAll(async () => {
    // No response cache, so every answer is computed by the path under test.
    fast = await startTestSystem({ RESPONSE_CACHE: 'off' });
    plain = await startTestSystem({ RESPONSE_CACHE: 'off', EXECUTION_FAST_PATHS: 'off', SEED: 'none' }, fast.databaseUrl);
    const analyst = await tokenFor(Role.ANALYST);
    viewers = [
      { role: 'ANALYST', token: analyst },
      { role: 'FUNDER', token: await tokenFor(Role.FUNDER) },
      { role: 'PUBLIC' },
      { role: 'COORDINATOR of soria', token: await tokenFor(Role.COORDINATOR, ['soria']) },
      // The users' list is ADMIN's alone.
      { role: 'ADMIN', token: await tokenFor(Role.ADMIN) },
    ];
    visits = pageVisits(await seededFacts(fast, analyst));
  });
  afterAll(async () => {
    routed.mockRestore();
    await plain?.close();
    await fast?.close();
  });

  it('differ where they should: with the fast paths, plain fields have no resolver of their own', () => {
    for (const name of ['geography', 'engagement', 'evaluation'] as const) {
      expect(fieldsWithoutResolver(fast.system[name]?.schema)).toBeGreaterThan(fieldsWithoutResolver(plain.system[name]?.schema));
    }
  });

  it.each(QUERIES.map((query) => [query.name, query] as const))(
    '%s answers the same with the fast paths and without',
    async (_name, query) => {
      let answeredWithoutErrors = 0;
      for (const visit of visits) {
        const variables = variablesFor(query, visit);
        for (const { role, token } of viewers) {
          const [withFastPaths, without] = await Promise.all([
            fast.gql(query.text, variables, token),
            plain.gql(query.text, variables, token),
          ]);
          // Named, so that a difference says which visit and which role.
          expect({ visit: visit.visit, role, answer: comparable(withFastPaths) }).toEqual({
            visit: visit.visit,
            role,
            answer: comparable(without),
          });
          if (withFastPaths.data && !withFastPaths.errors) answeredWithoutErrors += 1;
        }
      }
      // Two refusals compared would prove little: each query is answered in full at least once.
      expect(answeredWithoutErrors).toBeGreaterThan(0);
    },
  );

  it("compared both of the fast system's paths: some dashboard queries went straight to one subgraph, others through the plan", () => {
    const choices = routed.mock.results.map((result) => (result.type === 'return' ? result.value : undefined));
    expect(choices.filter((choice) => typeof choice === 'string').length).toBeGreaterThan(0);
    expect(choices.filter((choice) => choice === null).length).toBeGreaterThan(0);
  });
});

/** The reporting periods, indicators and roundtables a page would offer, read as an analyst. */
async function seededFacts(system: System, analyst: string): Promise<SeededFacts> {
  const { data } = await system.gql<{
    reportingPeriods: SeededFacts['periods'];
    indicators: { code: string }[];
    regions: { slug: string; roundtables: { id: string }[] }[];
  }>('{ reportingPeriods { code kind start end } indicators { code } regions { slug roundtables { id } } }', undefined, analyst);
  if (!data) throw new Error('The seeded data could not be read.');
  return {
    periods: data.reportingPeriods,
    indicators: data.indicators.map(({ code }) => code),
    roundtables: Object.fromEntries(data.regions.map(({ slug, roundtables }) => [slug, roundtables.map(({ id }) => id)])),
  };
}
