import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// The API contract as a client sees it: through the real gateway, over HTTP, on the
// published data set, with the exact JSON the dashboard and external checks rely on.
describe('API contract through the gateway', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  // The exact published figures, small ones included, are what an analyst sees.
  let analyst: string;

  beforeAll(async () => {
    api = await startTestSystem();
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(() => api.close());

  it("gives Soria's third roundtable as 18 online, 3 onsite, 21 in all", async () => {
    const result = await api.gql(
      `{
      attendanceMix(filter: { regions: ["soria"], from: "2021-11-24", to: "2021-11-24" }) {
        region { slug name country } roundtables roundtablesUnknownAttendance
        online { min max } onsite { min max } unknownMode { min max } total { min max }
      } }`,
      undefined,
      analyst,
    );
    expect(result).toEqual({
      data: {
        attendanceMix: [
          {
            region: { slug: 'soria', name: 'Soria', country: 'ES' },
            roundtables: 1,
            roundtablesUnknownAttendance: 0,
            online: { min: 18, max: 18 },
            onsite: { min: 3, max: 3 },
            unknownMode: { min: 0, max: 0 },
            total: { min: 21, max: 21 },
          },
        ],
      },
    });
  });

  it("reads Guadalajara's first roundtable as published, with its source", async () => {
    const result = await api.gql(
      `{ region(slug: "guadalajara") { slug name country nutsCode roundtables {
      number date format durationMinutes
      attendance { total { min max } online { min max } onsite { min max } organisations }
      challenges { challenge { code label } note }
      categories { category { code } participants { min max } }
      organisers { role organisation { slug name } }
      sources { url title } } } }`,
      undefined,
      analyst,
    );
    expect(result).toEqual({
      data: {
        region: {
          slug: 'guadalajara',
          name: 'Guadalajara',
          country: 'ES',
          nutsCode: null,
          roundtables: [
            {
              number: 1,
              date: '2021-03-24',
              format: 'ONLINE',
              durationMinutes: 120,
              attendance: { total: { min: 26, max: 26 }, online: { min: 26, max: 26 }, onsite: { min: 0, max: 0 }, organisations: null },
              challenges: [],
              categories: [
                'CIVIL_SOCIETY',
                'COMMUNITY_AGENCY',
                'INTERNATIONAL_ORGANISATION',
                'LOCAL_AUTHORITY',
                'LOCAL_CITIZEN',
                'POLITICAL_REPRESENTATIVE',
                'REGIONAL_AUTHORITY',
                'STUDENT',
              ].map((code) => ({ category: { code }, participants: null })),
              organisers: [
                { role: 'ORGANISER', organisation: { slug: 'iom-spain', name: 'IOM Spain' } },
                { role: 'ORGANISER', organisation: { slug: 'fundacion-cepaim', name: 'Fundación Cepaim' } },
                { role: 'ORGANISER', organisation: { slug: 'icmc-europe', name: 'ICMC Europe' } },
              ],
              sources: [
                {
                  url: null,
                  title: 'Regional multi-stakeholder cooperation platform for migrant and refugee integration launched in Guadalajara',
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('lists the ten regions, Teruel and Silesia with their NUTS codes', async () => {
    const result = await api.gql<{ regions: { slug: string; country: string; nutsCode: string | null; identityVerified: boolean }[] }>(
      '{ regions { slug country nutsCode identityVerified } }',
    );
    expect(result.data?.regions).toEqual([
      { slug: 'guadalajara', country: 'ES', nutsCode: null, identityVerified: true },
      { slug: 'soria', country: 'ES', nutsCode: null, identityVerified: true },
      { slug: 'teruel', country: 'ES', nutsCode: 'ES242', identityVerified: true },
      { slug: 'correze', country: 'FR', nutsCode: null, identityVerified: true },
      { slug: 'isere', country: 'FR', nutsCode: null, identityVerified: true },
      { slug: 'saone-et-loire', country: 'FR', nutsCode: null, identityVerified: true },
      { slug: 'vaucluse', country: 'FR', nutsCode: null, identityVerified: true },
      { slug: 'karditsa', country: 'GR', nutsCode: null, identityVerified: true },
      { slug: 'mazovia', country: 'PL', nutsCode: null, identityVerified: true },
      { slug: 'silesia', country: 'PL', nutsCode: 'PL22', identityVerified: false },
    ]);
  });

  it('answers the three analytics questions across subgraphs', async () => {
    const result = await api.gql(
      `{
      stakeholderMix(filter: { regions: ["soria"] }) { region { name } category { code label } roundtables participants { min max } }
      challengeFrequency(filter: { countries: ["ES"] }) { region { slug } challenge { code label } mentions roundtables }
      attendanceMix(filter: { countries: ["ES"] }) { region { slug } roundtables total { min max } }
    }`,
      undefined,
      analyst,
    );
    expect(result).toEqual({
      data: {
        stakeholderMix: [
          ['MIGRANT_LED_ORGANISATION', 'Migrant- and refugee-led organisations'],
          ['NEWCOMER', 'Refugees and migrants'],
          ['NGO', 'NGOs'],
          ['REGIONAL_AUTHORITY', 'Regional authorities and agencies'],
          ['VOLUNTEER', 'Volunteers'],
        ].map(([code, label]) => ({ region: { name: 'Soria' }, category: { code, label }, roundtables: 1, participants: null })),
        challengeFrequency: [
          ['DIGITAL_GAP', 'Digital gap'],
          ['LANGUAGE', 'Language'],
          ['PUBLIC_SPEAKING', 'Speaking in public'],
          ['TIME_SCHEDULE', 'Time and schedules'],
          ['TRANSPORT', 'Transport'],
        ].map(([code, label]) => ({ region: { slug: 'soria' }, challenge: { code, label }, mentions: 1, roundtables: 1 })),
        attendanceMix: [
          { region: { slug: 'guadalajara' }, roundtables: 1, total: { min: 26, max: 26 } },
          { region: { slug: 'soria' }, roundtables: 1, total: { min: 21, max: 21 } },
          { region: { slug: 'teruel' }, roundtables: 0, total: null },
        ],
      },
    });
  });

  it.each([
    [
      'an unknown region slug',
      '{ attendanceMix(filter: { regions: ["atlantis"] }) { roundtables } }',
      'BAD_USER_INPUT',
      'Unknown region "atlantis" in filter.regions',
    ],
    [
      'an impossible date',
      '{ roundtables(filter: { from: "2021-02-30" }) { id } }',
      'BAD_USER_INPUT',
      'filter.from must be a date written YYYY-MM-DD, e.g. 2021-11-24; got "2021-02-30".',
    ],
    [
      'a malformed country',
      '{ challengeFrequency(filter: { countries: ["Spain"] }) { mentions } }',
      'BAD_USER_INPUT',
      'these are not: "Spain"',
    ],
    [
      'a wrong enum value',
      '{ roundtables(filter: { formats: [ZOOM] }) { id } }',
      'GRAPHQL_VALIDATION_FAILED',
      'Value "ZOOM" does not exist in "RoundtableFormat" enum.',
    ],
    ['an unknown field', '{ regions { population } }', 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "population" on type "Region".'],
  ])('refuses %s with a clear error and no stack trace', async (_what, query, code, message) => {
    const result = await api.gql(query);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
  });

  it('says what a filter covers and which sources it cites', async () => {
    const result = await api.gql(
      `{
      coverage { roundtables illustrativeRoundtables regionsWithRoundtables firstDate lastDate }
      spain: coverage(filter: { countries: ["ES"], from: "2021-06-01" }) { roundtables firstDate lastDate }
      sources(filter: { regions: ["soria", "teruel"] }) { title url illustrative }
    }`,
      undefined,
      analyst,
    );
    expect(result).toEqual({
      data: {
        coverage: {
          roundtables: 2,
          illustrativeRoundtables: 0,
          regionsWithRoundtables: 2,
          firstDate: '2021-03-24',
          lastDate: '2021-11-24',
        },
        spain: { roundtables: 1, firstDate: '2021-11-24', lastDate: '2021-11-24' },
        sources: [
          {
            title: 'Third regional multi-stakeholder cooperation platform for migrant and refugee integration in Soria',
            url: null,
            illustrative: false,
          },
        ],
      },
    });
  });

  it('returns null for a region that does not exist', async () => {
    expect(await api.gql('{ region(slug: "atlantis") { name } }')).toEqual({ data: { region: null } });
  });

  it('reports liveness on /health and readiness on /ready, naming no address', async () => {
    const health = await fetch(api.system.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(api.system.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      notReady: [],
      checks: {
        'geography database': 'ready',
        'engagement database': 'ready',
        'evaluation database': 'ready',
        'accounts database': 'ready',
      },
    });
  });
});
