import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { waitUntil } from '../../test-support/wait-until';
import { type RemoteSubgraph, RoundRobinDataSource } from '../round-robin-data-source';

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

const subgraph = (urls: string[], options: Partial<RemoteSubgraph> = {}) =>
  new RoundRobinDataSource({ name: 'engagement', urls, timeoutMs: 10_000, ...options });

const ask = (source: RoundRobinDataSource, query = '{ instance }') =>
  source.process({
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query },
    context: {},
  });

/** A port that accepts connections and never answers, as a hung process does. */
async function hungSubgraph() {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    // Reads what comes (so it sees the client leave) and never writes.
    socket.resume();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    sockets,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const NOT_ANSWERING = {
  errors: [
    expect.objectContaining({
      message: 'The engagement service is not answering; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    }),
  ],
};

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
    const source = subgraph([first.url, second.url]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await ask(source)).data);
    expect(answers).toEqual([{ instance: 'first' }, { instance: 'second' }, { instance: 'first' }, { instance: 'second' }]);
    expect([first.seen.requests, second.seen.requests]).toEqual([2, 2]);
  });

  it('runs the preparing hook before each fetch', async () => {
    const source = subgraph([first.url, second.url], {
      prepare: ({ request }) => request.http?.headers.set('authorization', 'Bearer t'),
    });
    await ask(source);
    await ask(source);
    expect([...first.seen.authorization, ...second.seen.authorization]).toEqual(['Bearer t', 'Bearer t']);
  });

  it('keeps connections alive between fetches to one instance', async () => {
    const source = subgraph([first.url]);
    for (let i = 0; i < 20; i++) await ask(source);
    expect(first.seen.requests).toBe(20);
    expect(first.seen.connections).toBe(1);
  });

  it('refuses an empty list', () => {
    expect(() => subgraph([])).toThrow('at least one URL');
  });
});

describe('RoundRobinDataSource when the subgraph does not answer', () => {
  it('answers SERVICE_UNAVAILABLE naming the subgraph, never its address, when the connection is refused', async () => {
    const gone = await fakeSubgraph('gone');
    await gone.close();
    const answer = await ask(subgraph([gone.url]));
    expect(answer).toEqual(NOT_ANSWERING);
    expect(JSON.stringify(answer)).not.toContain('127.0.0.1');
  });

  it('gives a query no more than its timeout, and closes the connection it gave up on', async () => {
    const hung = await hungSubgraph();
    try {
      const started = Date.now();
      expect(await ask(subgraph([hung.url], { timeoutMs: 300 }))).toEqual(NOT_ANSWERING);
      expect(Date.now() - started).toBeLessThan(2_000);
      await waitUntil(() => hung.sockets.size === 0, { what: 'the connection to close', withinMs: 2_000 });
      expect(hung.sockets.size).toBe(0);
    } finally {
      await hung.close();
    }
  });

  it('does not cut a mutation, which may still commit on the subgraph', async () => {
    const hung = await hungSubgraph();
    const source = subgraph([hung.url], { timeoutMs: 100 });
    const outcome = Promise.race([
      ask(source, 'mutation { instance }').then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500)),
    ]);
    expect(await outcome).toBe('still waiting');
    await hung.close();
  });

  it.each([502, 504])('takes a proxy answering %i for the subgraph not answering', async (status) => {
    const proxy = createServer((_req, res) => res.writeHead(status).end('<html>Bad gateway</html>'));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
      await expect(ask(subgraph([url]))).rejects.toMatchObject({
        message: 'The engagement service is not answering; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
