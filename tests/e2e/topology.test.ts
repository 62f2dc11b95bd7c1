import { Role, tokenFor } from '../../server/test-support/auth';
import { postGraphQL, startTestSystem } from '../../server/test-support/test-system';

const { ANALYST, FUNDER } = Role;

// The several-machines topology, on one machine: each subgraph served alone over HTTP and
// a gateway-only process in front of them, all configured by environment alone.
describe('subgraphs as separate services', () => {
  let seeded: Awaited<ReturnType<typeof startTestSystem>>;
  let geography: Awaited<ReturnType<typeof startTestSystem>>;
  let engagement: Awaited<ReturnType<typeof startTestSystem>>;
  let evaluation: Awaited<ReturnType<typeof startTestSystem>>;
  let gateway: Awaited<ReturnType<typeof startTestSystem>>;

  beforeAll(async () => {
    seeded = await startTestSystem();
    geography = await startTestSystem({ SERVE_SUBGRAPH: 'geography' }, seeded.databaseUrl);
    engagement = await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, seeded.databaseUrl);
    evaluation = await startTestSystem({ SERVE_SUBGRAPH: 'evaluation' }, seeded.databaseUrl);
    gateway = await startTestSystem(
      { GEOGRAPHY_URL: geography.system.url, ENGAGEMENT_URL: engagement.system.url, EVALUATION_URL: evaluation.system.url },
      seeded.databaseUrl,
    );
  });
  afterAll(async () => {
    for (const service of [gateway, evaluation, engagement, geography]) await service?.system.stop();
    await seeded?.close();
  });

  it('resolves regions by key in geography (_entities)', async () => {
    const result = await postGraphQL(
      geography.system.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { slug name country } } }',
      {
        reps: [
          { __typename: 'Region', slug: 'teruel' },
          { __typename: 'Region', slug: 'nowhere' },
          { __typename: 'Region', slug: 'soria' },
        ],
      },
    );
    expect(result).toEqual({
      data: { _entities: [{ slug: 'teruel', name: 'Teruel', country: 'ES' }, null, { slug: 'soria', name: 'Soria', country: 'ES' }] },
    });
  });

  it("resolves a region's roundtables in engagement (_entities)", async () => {
    const result = await postGraphQL(
      engagement.system.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { slug roundtables { number date format } } } }',
      {
        reps: [
          { __typename: 'Region', slug: 'soria' },
          { __typename: 'Region', slug: 'karditsa' },
        ],
      },
    );
    expect(result).toEqual({
      data: {
        _entities: [
          { slug: 'soria', roundtables: [{ number: 3, date: '2021-11-24', format: 'HYBRID' }] },
          { slug: 'karditsa', roundtables: [] },
        ],
      },
    });
  });

  it('answers through a gateway that reaches every subgraph over HTTP', async () => {
    // Soria's 3 onsite are exact only for an analyst; the token goes through the gateway to the subgraph.
    const result = await gateway.gql(
      `{ attendanceMix(filter: { regions: ["soria"] }) { region { name } online { min max } onsite { min max } total { min max } } }`,
      undefined,
      await tokenFor(Role.ANALYST),
    );
    expect(result).toEqual({
      data: {
        attendanceMix: [
          { region: { name: 'Soria' }, online: { min: 18, max: 18 }, onsite: { min: 3, max: 3 }, total: { min: 21, max: 21 } },
        ],
      },
    });
  });

  it('answers from evaluation through the gateway', async () => {
    const result = await gateway.gql('{ indicators { code } reportingPeriods { code } }');
    expect(result).toEqual({
      data: {
        indicators: expect.arrayContaining([{ code: 'ROUNDTABLES_HELD' }]),
        reportingPeriods: expect.arrayContaining([{ code: 'SIRA' }]),
      },
    });
  });

  // The one-process gateway sends an operation that one subgraph answers alone straight to
  // it; the gateway over HTTP always plans and shapes. Both must give the same answer.
  it.each([
    [
      'analytics over every region',
      ANALYST,
      '{ attendanceMix { region { slug } online { min max } total { min max } withheld { field reason } } }',
    ],
    [
      'analytics a funder sees from the publication',
      FUNDER,
      '{ stakeholderMix { region { slug } category { code } participants { min max } withheld { field reason } } }',
    ],
    [
      'aliases and fragments',
      ANALYST,
      '{ a: challengeFrequency { ...F } b: challengeFrequency(filter: { regions: ["soria"] }) { ...F } } fragment F on ChallengeFrequencyRow { challenge { code } mentions }',
    ],
    ['a refused filter', ANALYST, '{ coverage(filter: { from: "2023-01-01", to: "2021-01-01" }) { roundtables } }'],
    [
      'fields from two subgraphs',
      ANALYST,
      '{ attendanceMix(filter: { regions: ["soria"] }) { region { name country } total { min max } } }',
    ],
  ])('answers %s the same in one process as over HTTP', async (_name, role, query) => {
    const token = await tokenFor(role);
    const inOneProcess = await seeded.gql(query, undefined, token);
    const overHttp = await gateway.gql(query, undefined, token);
    expect(inOneProcess).toEqual(overHttp);
    expect(inOneProcess.data ?? inOneProcess.errors).toBeTruthy();
  });

  it('passes a subgraph refusal through the gateway with its code', async () => {
    const result = await gateway.gql('{ attendanceMix(filter: { to: "tomorrow" }) { roundtables } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('filter.to must be a date');
  });
});
