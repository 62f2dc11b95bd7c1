import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { waitUntil } from '../../server/test-support/wait-until';

type Service = Awaited<ReturnType<typeof startTestSystem>>;

const MIX = `{ attendanceMix(filter: { countries: ["ES"] }) { region { slug name } roundtables total { min max } } }`;
const REGIONS = '{ regions { slug name roundtables { number date format } } }';

// Two engagement processes and one gateway given both URLs (ENGAGEMENT_URL=a,b), without a
// load balancer: the gateway itself spreads its fetches over them.
describe('two instances of a subgraph behind one gateway', () => {
  let seeded: Service;
  let instances: Service[];
  let gateway: Service;
  let analyst: string;
  const statements: [number, number] = [0, 0];

  beforeAll(async () => {
    seeded = await startTestSystem({ RESPONSE_CACHE: 'off' });
    instances = [
      await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, seeded.databaseUrl),
      await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, seeded.databaseUrl),
    ];
    instances.forEach((instance, index) => {
      instance.system.engagement?.database.sqlLog.watch(() => {
        statements[index as 0 | 1]++;
      });
    });
    // Geography and evaluation stay in the gateway's process; the cache is off so every read reaches a subgraph.
    gateway = await startTestSystem(
      { ENGAGEMENT_URL: instances.map((instance) => instance.system.url).join(','), RESPONSE_CACHE: 'off' },
      seeded.databaseUrl,
    );
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(async () => {
    await gateway?.system.stop();
    for (const instance of instances ?? []) await instance.system.stop();
    await seeded?.close();
  });

  it.each([
    ['analytics asked at the root', MIX],
    ['roundtables resolved by region key (_entities)', REGIONS],
  ])('sends %s to both instances and gets the same answer from each', async (_kind, query) => {
    const expected = await seeded.gql(query, undefined, analyst);
    expect(expected.errors).toBeUndefined();
    const before = [...statements];
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await gateway.gql(query, undefined, analyst));
    expect(answers).toEqual([expected, expected, expected, expected]);
    expect(statements.map((count, index) => count - (before[index] as number) > 0)).toEqual([true, true]);
  });

  // Each instance holds the challenge taxonomy in memory; the one that wrote reads it again before
  // answering, and the other hears of the change from PostgreSQL (ChangeNotices) and reads it too.
  it("reads an ADMIN's edit of a challenge's labels, made through one instance, from both", async () => {
    const admin = await tokenFor(Role.ADMIN);
    const CHILDCARE = '{ challenges { code version label(locale: fr) } }';
    const childcare = async (service: Service) =>
      (
        await service.gql<{ challenges: { code: string; version: number; label: string }[] }>(CHILDCARE, undefined, admin)
      ).data?.challenges.find((challenge) => challenge.code === 'CHILDCARE');
    const before = await childcare(gateway);
    expect(before?.label).toBe("Garde d'enfants");
    const edited = await gateway.gql(
      'mutation($labels: [LocalizedTextInput!]!, $v: Int!) { setChallengeLabels(code: "CHILDCARE", labels: $labels, expectedVersion: $v) { version } }',
      {
        v: before?.version,
        labels: [
          { locale: 'en', text: 'Childcare' },
          { locale: 'fr', text: 'Garde des enfants' },
        ],
      },
      admin,
    );
    expect(edited.errors).toBeUndefined();
    for (const instance of instances) {
      await waitUntil(async () => (await childcare(instance))?.label === 'Garde des enfants', { what: 'each instance to read the edit' });
    }
  });
});
