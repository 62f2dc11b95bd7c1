import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { type GraphQLResponse, startTestSystem } from '../../server/test-support/test-system';
import { waitUntil } from '../../server/test-support/wait-until';

type Service = Awaited<ReturnType<typeof startTestSystem>>;
interface Answer {
  status: number;
  retryAfter: string | null;
  body: GraphQLResponse;
  /** When the request was sent, from the start of the test. */
  sentAt: number;
}

const MIXED = '{ regions { slug name } coverage { roundtables } }';
const ENGAGEMENT_ONLY = '{ coverage { roundtables } }';
const NOT_ANSWERING = (name: string) => `The ${name} service is not answering; try again shortly.`;

async function post(url: string, query: string, sentAt = 0): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as GraphQLResponse,
    sentAt,
  };
}

async function probe(graphqlUrl: string, path: '/ready' | '/health') {
  const response = await fetch(new URL(path, graphqlUrl));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const codesOf = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

// The several-machines topology on one machine, as in topology.test.ts: each subgraph served
// alone, and a gateway over them. One of them stops, or hangs, while clients keep asking.
describe('a subgraph that stops or hangs, behind a gateway', () => {
  let seeded: Service;
  let geography: Service;
  let engagement: Service;
  let evaluation: Service;
  let gateway: Service;
  let regions: unknown;

  beforeAll(async () => {
    seeded = await startTestSystem({ RESPONSE_CACHE: 'off' });
    geography = await startTestSystem({ SERVE_SUBGRAPH: 'geography' }, seeded.databaseUrl);
    engagement = await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, seeded.databaseUrl);
    evaluation = await startTestSystem({ SERVE_SUBGRAPH: 'evaluation' }, seeded.databaseUrl);
    // No response cache: every answer below was asked of the subgraphs.
    gateway = await startTestSystem(
      {
        GEOGRAPHY_URL: geography.system.url,
        ENGAGEMENT_URL: engagement.system.url,
        EVALUATION_URL: evaluation.system.url,
        RESPONSE_CACHE: 'off',
      },
      seeded.databaseUrl,
    );
    regions = ((await seeded.gql(MIXED)).data as { regions: unknown }).regions;
  });
  afterAll(async () => {
    for (const service of [gateway, evaluation, engagement, geography]) await service?.system.stop();
    await seeded?.close();
  });

  it("answers the others' fields while engagement is down, and all of it again once engagement is back on its port", async () => {
    const whole = await post(gateway.system.url, MIXED);
    expect(whole).toMatchObject({ status: 200, body: { data: { regions, coverage: { roundtables: expect.any(Number) } } } });
    expect(whole.body.errors).toBeUndefined();

    // Four clients ask the mixed query in a loop; engagement stops under them.
    const started = Date.now();
    const answers: Answer[] = [];
    let asking = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (asking) answers.push(await post(gateway.system.url, MIXED, Date.now() - started));
    });
    // Each client has had answers before the stop, and again after it.
    await waitUntil(() => answers.length >= 8, { what: 'answers before engagement stops' });
    const port = engagement.system.port;
    await engagement.system.stop();
    const stoppedAt = Date.now() - started;
    await waitUntil(() => answers.filter((answer) => answer.sentAt > stoppedAt).length >= 8, { what: 'answers after it stopped' });
    asking = false;
    await Promise.all(clients);

    const afterStop = answers.filter((answer) => answer.sentAt > stoppedAt);
    expect(answers.filter((answer) => answer.sentAt < stoppedAt).length).toBeGreaterThan(0);
    expect(afterStop.length).toBeGreaterThan(0);
    // Never a 5xx but 503, never an internal error, whatever moment the request came in.
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    expect(answers.filter((answer) => codesOf(answer).includes('INTERNAL_SERVER_ERROR'))).toEqual([]);
    // Once it is down: geography's regions, coverage null, and one error naming engagement, with 200.
    for (const answer of afterStop) {
      expect(answer).toEqual({
        status: 200,
        retryAfter: null,
        sentAt: answer.sentAt,
        body: {
          data: { regions, coverage: null },
          errors: [
            expect.objectContaining({
              message: NOT_ANSWERING('engagement'),
              extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
            }),
          ],
        },
      });
    }
    expect(JSON.stringify(afterStop)).not.toContain(String(port));

    // Nothing at all answered: 503, and when to try again.
    expect(await post(gateway.system.url, ENGAGEMENT_ONLY)).toMatchObject({
      status: 503,
      retryAfter: '5',
      body: { data: { coverage: null }, errors: [{ message: NOT_ANSWERING('engagement'), extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    });
    expect(await probe(gateway.system.url, '/ready')).toEqual({
      status: 503,
      body: expect.objectContaining({ status: 'not ready', notReady: ['engagement subgraph'] }),
    });
    expect((await probe(gateway.system.url, '/health')).status).toBe(200);

    // Back on the same port, without touching the gateway.
    engagement = await startTestSystem({ SERVE_SUBGRAPH: 'engagement', PORT: String(port) }, seeded.databaseUrl);
    const recovered = await waitUntil(
      async () => {
        const answer = await post(gateway.system.url, MIXED);
        return answer.status === 200 && answer.body.errors === undefined && answer.body.data?.coverage !== null;
      },
      { what: 'the gateway to answer all of it again', withinMs: 5_000 },
    );
    expect(recovered).toBeLessThan(5_000);
    expect(await post(gateway.system.url, MIXED)).toEqual({ ...whole, sentAt: 0 });
    expect(await probe(gateway.system.url, '/ready')).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'ready', notReady: [] }),
    });
  });

  describe('a subgraph that accepts connections and never answers', () => {
    let hung: NetServer;
    const sockets = new Set<Socket>();
    let hungGateway: Service;

    beforeAll(async () => {
      hung = createNetServer((socket) => {
        socket.resume();
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
      const port = (hung.address() as { port: number }).port;
      hungGateway = await startTestSystem(
        {
          GEOGRAPHY_URL: geography.system.url,
          ENGAGEMENT_URL: engagement.system.url,
          EVALUATION_URL: `http://127.0.0.1:${port}/graphql`,
          RESPONSE_CACHE: 'off',
          SUBGRAPH_TIMEOUT_MS: '1000',
        },
        seeded.databaseUrl,
      );
    });
    afterAll(async () => {
      await hungGateway?.system.stop();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => hung?.close(resolve));
    });

    it('answers the rest within SUBGRAPH_TIMEOUT_MS, and /ready names it', async () => {
      const sent = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => post(hungGateway.system.url, '{ regions { slug name } indicators { code } }')),
      );
      const took = Date.now() - sent;
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(3_000);
      for (const answer of answers) {
        expect(answer).toMatchObject({
          status: 200,
          body: {
            data: { regions, indicators: null },
            errors: [{ message: NOT_ANSWERING('evaluation'), extensions: { code: 'SERVICE_UNAVAILABLE' } }],
          },
        });
      }
      expect(await probe(hungGateway.system.url, '/ready')).toEqual({
        status: 503,
        body: expect.objectContaining({ notReady: ['evaluation subgraph'] }),
      });
      expect((await probe(hungGateway.system.url, '/health')).status).toBe(200);
      // The fetches given up on were closed, not left waiting on the hung process.
      await waitUntil(() => sockets.size <= 1, { what: 'the fetches given up on to close', withinMs: 2_000 });
    });
  });
});
