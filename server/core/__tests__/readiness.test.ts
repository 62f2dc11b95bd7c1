import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { checkReadiness, databaseCheck, remoteSubgraphCheck } from '../readiness';

const never = () => new Promise<never>(() => {});
const database = (query: () => Promise<unknown>) => ({ query }) as unknown as DataSource;

/** A stand-in subgraph instance whose /ready answers with `status`, or never. */
async function instance(status: number | 'never'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url !== '/ready' || status === 'never') return;
    res.writeHead(status).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

describe('readiness', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.closeAllConnections();
    for (const server of servers) server.close();
  });
  const start = async (status: number | 'never') => {
    const started = await instance(status);
    servers.push(started.server);
    return started.url;
  };

  it('is ready when every database answers', async () => {
    const result = await checkReadiness(
      [
        databaseCheck(
          'geography',
          database(async () => [{}]),
        ),
      ],
      500,
    );
    expect(result).toEqual({ ready: true, body: { status: 'ready', notReady: [], checks: { 'geography database': 'ready' } } });
  });

  it('names a database that does not answer in time, or fails, and never repeats its error, which may hold an address', async () => {
    const started = Date.now();
    const result = await checkReadiness(
      [
        databaseCheck(
          'geography',
          database(async () => [{}]),
        ),
        databaseCheck('engagement', database(never)),
        databaseCheck(
          'evaluation',
          database(() => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432'))),
        ),
      ],
      300,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({
      ready: false,
      body: {
        status: 'not ready',
        notReady: ['engagement database', 'evaluation database'],
        checks: { 'geography database': 'ready', 'engagement database': 'no answer within 300 ms', 'evaluation database': 'unavailable' },
      },
    });
  });

  it("reads a remote subgraph's /ready next to its GraphQL URL", async () => {
    const ready = await start(200);
    const notReady = await start(503);
    const silent = await start('never');
    const result = await checkReadiness(
      [
        remoteSubgraphCheck('geography', [ready]),
        remoteSubgraphCheck('engagement', [notReady]),
        remoteSubgraphCheck('evaluation', [silent]),
      ],
      300,
    );
    expect(result.body).toEqual({
      status: 'not ready',
      notReady: ['engagement subgraph', 'evaluation subgraph'],
      checks: { 'geography subgraph': 'ready', 'engagement subgraph': 'not ready', 'evaluation subgraph': 'no answer within 300 ms' },
    });
    expect(JSON.stringify(result.body)).not.toContain('127.0.0.1');
  });

  it('counts a subgraph of several instances ready while one of them is, and says how many', async () => {
    const ready = await start(200);
    const notReady = await start(503);
    const unreachable = 'http://127.0.0.1:9/graphql';
    expect((await checkReadiness([remoteSubgraphCheck('engagement', [ready, notReady, unreachable])], 300)).body).toEqual({
      status: 'ready',
      notReady: [],
      checks: { 'engagement subgraph': '1 of 3 instances ready' },
    });
    expect((await checkReadiness([remoteSubgraphCheck('engagement', [notReady, unreachable])], 300)).body).toEqual({
      status: 'not ready',
      notReady: ['engagement subgraph'],
      checks: { 'engagement subgraph': '0 of 2 instances ready' },
    });
  });
});
