import type { Subgraph } from '../../server/core/subgraph';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// Abusive operations are refused by the gateway before it plans them: the client is told
// which limit and by how much, and no subgraph runs a single SQL statement for them.
describe('query limits through the gateway', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let analyst: string;

  beforeAll(async () => {
    api = await startTestSystem({ QUERY_MAX_DEPTH: '6', QUERY_MAX_ALIASES: '4', QUERY_MAX_COST: '2000', QUERY_MAX_BYTES: '3000' });
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(() => api.close());

  /** Sends the query as an analyst (POST, or GET as a link would), and returns the response with the SQL statements it caused. */
  async function post(query: string, method: 'POST' | 'GET' = 'POST') {
    const statements: string[] = [];
    const { geography, engagement, evaluation } = api.system as { geography: Subgraph; engagement: Subgraph; evaluation: Subgraph };
    const stops = [geography, engagement, evaluation].map((subgraph) => subgraph.database.sqlLog.watch((sql) => statements.push(sql)));
    try {
      const response =
        method === 'POST'
          ? await fetch(api.system.url, {
              method,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
              body: JSON.stringify({ query }),
            })
          : await fetch(`${api.system.url}?${new URLSearchParams({ query })}`, {
              headers: { authorization: `Bearer ${analyst}`, 'apollo-require-preflight': 'true' },
            });
      return {
        status: response.status,
        body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: object }[] },
        statements,
      };
    } finally {
      for (const stop of stops) stop();
    }
  }

  it.each([
    [
      'deep',
      '{ regions { roundtables { region { roundtables { region { roundtables { number } } } } } } }',
      'This query nests 7 levels deep; the limit is 6. Ask for fewer nested fields.',
      { limit: 'depth', value: 7, max: 6 },
    ],
    [
      'aliased',
      '{ a: coverage { roundtables } b: coverage { roundtables } c: coverage { roundtables } d: coverage { roundtables } e: coverage { roundtables } }',
      'This query uses 5 aliases; the limit is 4. Split it into several requests.',
      { limit: 'aliases', value: 5, max: 4 },
    ],
    [
      'wide, through a fragment',
      '{ regions { ...R } } fragment R on Region { roundtables { number date theme participations { mode } categories { suppressed } } }',
      'This query costs 2,511 (each field counts 1, and what a list field selects counts 10 times); the limit is 2,000. ' +
        'Ask for fewer fields or fewer nested lists, or split it into several requests.',
      { limit: 'cost', value: 2511, max: 2000 },
    ],
    [
      'long',
      `{ coverage { roundtables } } # ${'x'.repeat(3000)}`,
      'This query is 3,031 bytes long; the limit is 3,000. Send a shorter query, with the values in variables.',
      { limit: 'bytes', value: 3031, max: 3000 },
    ],
  ])('refuses a %s query with a 400, saying which limit, before any SQL runs', async (_kind, query, message, details) => {
    const { status, body, statements } = await post(query);
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX', ...details } }] });
    expect(statements).toEqual([]);
  });

  it('refuses a POSTed document over the byte limit before parsing it', async () => {
    const { status, body, statements } = await post(`{ ${'a '.repeat(3500)}}`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'bytes', value: 7003, max: 3000 });
    expect(statements).toEqual([]);
  });

  // A GET request reaches Apollo's parser directly: it stops at as many tokens as the byte limit has bytes.
  it('stops parsing a document of more tokens than the byte limit has bytes', async () => {
    const { status, body, statements } = await post(`{ ${'a '.repeat(3500)}}`, 'GET');
    expect(status).toBe(400);
    // graphql-js spells it "more that".
    expect(body.errors?.[0]?.message).toMatch(/^Syntax Error: Document contains more tha[nt] 3000 tokens\. Parsing aborted\.$/);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(statements).toEqual([]);
  });

  it('refuses a fragment cycle in validation, before any SQL runs', async () => {
    const { status, body, statements } = await post(
      '{ regions { ...A } } fragment A on Region { name ...B } fragment B on Region { ...A }',
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(statements).toEqual([]);
  });

  it('answers a query within the limits', async () => {
    const { status, body, statements } = await post('{ coverage { roundtables } regions { name } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(statements.length).toBeGreaterThan(0);
  });
});
