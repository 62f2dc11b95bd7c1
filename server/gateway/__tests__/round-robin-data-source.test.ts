import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { RoundRobinDataSource } from '../round-robin-data-source';

/** A stand-in subgraph that answers every POST and counts requests and TCP connections. */
async function fakeSubgraph(name: string) {
  const seen = { requests: 0, connections: 0, authorization: [] as (string | undefined)[] };
  const server: Server = createServer((req, res) => {
    seen.requests++;
    seen.authorization.push(req.headers.authorization);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { instance: name } }));
    });
  });
  server.on('connection', () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const ask = (source: RoundRobinDataSource) =>
  source.process({
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query: '{ instance }' },
    context: {},
  });

describe('RoundRobinDataSource', () => {
  let first: Awaited<ReturnType<typeof fakeSubgraph>>;
  let second: Awaited<ReturnType<typeof fakeSubgraph>>;

  beforeEach(async () => {
    first = await fakeSubgraph('first');
    second = await fakeSubgraph('second');
  });
  afterEach(async () => {
    await first.close();
    await second.close();
  });

  it('asks the instances in turn', async () => {
    const source = new RoundRobinDataSource([first.url, second.url]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await ask(source)).data);
    expect(answers).toEqual([{ instance: 'first' }, { instance: 'second' }, { instance: 'first' }, { instance: 'second' }]);
    expect([first.seen.requests, second.seen.requests]).toEqual([2, 2]);
  });

  it('runs the preparing hook before each fetch', async () => {
    const source = new RoundRobinDataSource([first.url, second.url], ({ request }) =>
      request.http?.headers.set('authorization', 'Bearer t'),
    );
    await ask(source);
    await ask(source);
    expect([...first.seen.authorization, ...second.seen.authorization]).toEqual(['Bearer t', 'Bearer t']);
  });

  it('keeps connections alive between fetches to one instance', async () => {
    const source = new RoundRobinDataSource([first.url]);
    for (let i = 0; i < 20; i++) await ask(source);
    expect(first.seen.requests).toBe(20);
    expect(first.seen.connections).toBe(1);
  });

  it('refuses an empty list', () => {
    expect(() => new RoundRobinDataSource([])).toThrow('at least one URL');
  });
});
