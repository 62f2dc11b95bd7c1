/**
 * Hostile requests, drawn from a fixed seed so a failure can be replayed: every one is a
 * client's mistake or an attack, so every one must get a 4xx (or a 200 with a client error
 * code) and none a 5xx, an internal error or a hang. They mix malformed bodies, unsupported
 * operations, variables of the wrong type or shape, fragments that cycle, junk tokens and
 * headers, odd methods and paths, and valid operations with random damage.
 */

export interface HostileRequest {
  /** What the request tries, to name it in a failure. */
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID_QUERIES = [
  '{ coverage { roundtables } }',
  '{ regions { slug name country } }',
  '{ attendanceMix(filter: { regions: ["soria"] }) { region { slug } online { min max } onsite { min max } } }',
  'query Mix($f: AnalyticsFilter) { stakeholderMix(filter: $f) { region { slug } } }',
  '{ challengeFrequency { challenge { code } mentions } }',
  '{ indicatorResults(periods: ["2021"]) { id value { __typename } } }',
];

const json = { 'content-type': 'application/json' };

// As text: JSON.stringify itself overflows the stack on objects this deep.
const nestedObject = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedList = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** Bodies, as sent; each is a mistake GraphQL clients and scripts make, or an attack. */
function bodyMistakes(pick: <T>(items: readonly T[]) => T, int: (max: number) => number): [string, string | Buffer][] {
  const query = pick(VALID_QUERIES);
  return [
    ['not JSON', 'this is not json'],
    ['truncated JSON', JSON.stringify({ query }).slice(0, int(20) + 1)],
    ['empty body', ''],
    ['JSON null', 'null'],
    ['JSON number', '42'],
    ['JSON string', JSON.stringify(query)],
    ['JSON array (batch)', JSON.stringify([{ query }, { query }])],
    ['empty batch', '[]'],
    ['no query', '{}'],
    ['query not a string', JSON.stringify({ query: int(1000) })],
    ['query an object', JSON.stringify({ query: { query } })],
    ['query null', JSON.stringify({ query: null })],
    ['variables a string', JSON.stringify({ query, variables: 'x' })],
    ['variables a list', JSON.stringify({ query, variables: [1, 2] })],
    ['variables deeply nested', `{"query":${JSON.stringify(query)},"variables":{"f":${nestedObject(5000)}}}`],
    ['variables nested lists', `{"query":${JSON.stringify(query)},"variables":{"f":${nestedList(5000)}}}`],
    ['operationName a number', JSON.stringify({ query, operationName: 7 })],
    ['operationName unknown', JSON.stringify({ query, operationName: 'Nope' })],
    ['extensions a string', JSON.stringify({ query, extensions: 'x' })],
    ['persisted query unknown', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })],
    ['persisted query bad hash', JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } })],
    ['persisted query bad version', JSON.stringify({ query, extensions: { persistedQuery: { version: 'x' } } })],
    ['duplicate keys', `{"query":${JSON.stringify(query)},"query":5}`],
    ['lone surrogate', `{"query":"{ regions { slug } } # \\ud800"}`],
    ['NUL bytes', JSON.stringify({ query: `{ regions\u0000 { slug } }` })],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('{"query":"{ regions { slug } } # '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
    ],
    ['huge number', JSON.stringify({ query, variables: { n: 1e308 } }).replace('1e+308', '1e999')],
  ];
}

/** Operations, as GraphQL text with variables: unsupported, ambiguous or wrongly typed. */
function operationMistakes(pick: <T>(items: readonly T[]) => T, int: (max: number) => number): [string, unknown][] {
  const filterQuery = 'query($f: AnalyticsFilter) { attendanceMix(filter: $f) { region { slug } } }';
  const listQuery = 'query($r: [String!]) { attendanceMix(filter: { regions: $r }) { region { slug } } }';
  const wrongValues = [5, 'soria', true, { a: 1 }, [null], [1, 2], [[['x']]], -0, 2 ** 53, 'x'.repeat(10_000)];
  return [
    ['subscription', { query: 'subscription { x }' }],
    ['subscription of a known field', { query: 'subscription { coverage { roundtables } }' }],
    ['two operations, no operationName', { query: 'query A { coverage { roundtables } } query B { regions { slug } }' }],
    ['two anonymous operations', { query: '{ coverage { roundtables } } { regions { slug } }' }],
    ['mutation over a query field', { query: 'mutation { coverage { roundtables } }' }],
    ['unknown field', { query: '{ nope }' }],
    ['unknown type in a variable', { query: 'query($x: Nope) { coverage { roundtables } }', variables: { x: 1 } }],
    ['undeclared variable', { query: '{ attendanceMix(filter: $f) { region { slug } } }', variables: { f: {} } }],
    ['filter of the wrong type', { query: filterQuery, variables: { f: pick(wrongValues) } }],
    ['filter with unknown fields', { query: filterQuery, variables: { f: { nope: 1, regions: ['soria'] } } }],
    ['filter with a bad date', { query: filterQuery, variables: { f: { from: pick(['2021-13-45', 'yesterday', '', '99999-01-01', 7]) } } }],
    ['regions of the wrong type', { query: listQuery, variables: { r: pick(wrongValues) } }],
    ['a required variable missing', { query: 'query($id: ID!) { roundtable(id: $id) { number } }' }],
    [
      'an ID of the wrong shape',
      { query: 'query($id: ID!) { roundtable(id: $id) { number } }', variables: { id: pick(['x', '', '1e9', 'a'.repeat(5000)]) } },
    ],
    ['a cycle of fragments', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }],
    ['a fragment spread on itself', { query: '{ ...A } fragment A on Query { regions { ...A } }' }],
    ['an unknown fragment', { query: '{ ...Nope }' }],
    ['an unknown directive', { query: '{ regions @nope { slug } }' }],
    [
      'skip with a variable of the wrong type',
      { query: 'query($s: Boolean!) { regions @skip(if: $s) { slug } }', variables: { s: 'yes' } },
    ],
    ['many directives', { query: `{ regions ${'@skip(if: false) '.repeat(200)} { slug } }` }],
    ['deep nesting', { query: `{ regions ${'{ roundtables { region '.repeat(40)}{ slug }${' } }'.repeat(40)} }` }],
    ['deep introspection', { query: `{ __schema { types { ${'fields { type { ofType '.repeat(12)}{ name }${' } }'.repeat(12)} } } }` }],
    [
      'entities with junk representations',
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        variables: { r: pick([[{}], [null], 'x', [{ __typename: 'Nope' }], [{ __typename: 'Region' }]]) },
      },
    ],
    ['a syntax error', { query: pick(['{', '{ regions { slug }', '}}}', 'query (', '{ regions(filter: { ) }', '"""']) }],
    [
      'an import of the wrong type',
      {
        query: 'mutation($csv: String!) { importRoundtables(csv: $csv) { written } }',
        variables: { csv: pick([5, null, ['a'], { a: 1 }]) },
      },
    ],
    ['an Int out of range', { query: '{ auditLog(limit: 99999999999) { id } }' }],
    [
      'an Int variable out of range',
      { query: 'query($n: Int!) { auditLog(limit: $n) { id } }', variables: { n: pick([2 ** 31, -(2 ** 40), 1.5, '7', null]) } },
    ],
    ['a random damage of a valid query', { query: damage(pick(VALID_QUERIES), int) }],
  ];
}

function damage(query: string, int: (max: number) => number): string {
  const chars = [...query];
  const edits = int(4) + 1;
  for (let i = 0; i < edits; i++) {
    const at = int(chars.length);
    const kind = int(3);
    if (kind === 0) chars.splice(at, 1);
    else if (kind === 1) chars.splice(at, 0, '{}()[]:$@!"#,.\\'.charAt(int(15)));
    else chars[at] = String.fromCharCode(int(0x2fff));
  }
  return chars.join('');
}

const JUNK_TOKENS = [
  'Bearer garbage',
  'Bearer ',
  'Bearer',
  'Basic YWRtaW46YWRtaW4=',
  // alg "none", no signature
  'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.',
  `Bearer ${'a'.repeat(4000)}`,
  'Bearer a.b.c',
];

/** `count` hostile requests for `paths` (the GraphQL endpoints of one server), from `seed`. */
export function hostileRequests(seed: number, count: number): HostileRequest[] {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const requests: HostileRequest[] = [];
  while (requests.length < count) {
    const family = int(8);
    if (family <= 1) {
      const [kind, body] = pick(bodyMistakes(pick, int));
      requests.push({ kind: `body: ${kind}`, method: 'POST', path: '/graphql', headers: json, body });
    } else if (family <= 4) {
      const [kind, body] = pick(operationMistakes(pick, int));
      requests.push({ kind: `operation: ${kind}`, method: 'POST', path: '/graphql', headers: json, body: JSON.stringify(body) });
    } else if (family === 5) {
      const query = pick(VALID_QUERIES);
      const variants: HostileRequest[] = [
        {
          kind: 'GET with a mutation',
          method: 'GET',
          path: `/graphql?${new URLSearchParams({ query: 'mutation { deleteRoundtable(id: "x", expectedVersion: 1) }' })}`,
          headers: { 'apollo-require-preflight': 'true' },
        },
        { kind: 'GET without a query', method: 'GET', path: '/graphql', headers: { 'apollo-require-preflight': 'true' } },
        {
          kind: 'GET with broken variables',
          method: 'GET',
          path: `/graphql?${new URLSearchParams({ query, variables: '{' })}`,
          headers: { 'apollo-require-preflight': 'true' },
        },
        {
          kind: 'GET with broken extensions',
          method: 'GET',
          path: `/graphql?${new URLSearchParams({ query, extensions: '[' })}`,
          headers: { 'apollo-require-preflight': 'true' },
        },
        {
          kind: 'GET with deeply nested variables',
          method: 'GET',
          path: `/graphql?${new URLSearchParams({ query, variables: `{"f":${nestedList(5000)}}` })}`,
          headers: { 'apollo-require-preflight': 'true' },
        },
        { kind: 'GET without a preflight header', method: 'GET', path: `/graphql?${new URLSearchParams({ query })}`, headers: {} },
        {
          kind: pick(['PUT', 'DELETE', 'PATCH']),
          method: pick(['PUT', 'DELETE', 'PATCH']),
          path: '/graphql',
          headers: json,
          body: JSON.stringify({ query }),
        },
        { kind: 'OPTIONS', method: 'OPTIONS', path: '/graphql', headers: {} },
        {
          kind: 'text/plain body',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query }),
        },
        { kind: 'no content type', method: 'POST', path: '/graphql', headers: {}, body: JSON.stringify({ query }) },
        { kind: 'GraphQL content type', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/graphql' }, body: query },
        {
          kind: 'form content type',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent(query)}`,
        },
        {
          kind: 'odd charset',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json; charset=latin1' },
          body: JSON.stringify({ query }),
        },
      ];
      requests.push(pick(variants));
    } else if (family === 6) {
      const query = pick(VALID_QUERIES);
      const variants: HostileRequest[] = [
        {
          kind: 'junk token',
          method: 'POST',
          path: '/graphql',
          headers: { ...json, authorization: pick(JUNK_TOKENS) },
          body: JSON.stringify({ query }),
        },
        {
          kind: 'odd request id',
          method: 'POST',
          path: '/graphql',
          headers: { ...json, 'x-request-id': pick(['<script>', 'x'.repeat(4000), '../../etc', '%00']) },
          body: JSON.stringify({ query }),
        },
        {
          kind: 'odd accept',
          method: 'POST',
          path: '/graphql',
          headers: { ...json, accept: pick(['text/html', 'application/xml', 'multipart/mixed; deferSpec=20220824', '*/*;q=x']) },
          body: JSON.stringify({ query }),
        },
      ];
      requests.push(pick(variants));
    } else {
      const variants: HostileRequest[] = [
        {
          kind: 'unknown path',
          method: 'GET',
          path: pick(['/nope', '/graphql/', '/GRAPHQL', '/%', '/..%2f..%2fetc%2fpasswd', `/${'a'.repeat(4000)}`, '/graphql%00']),
          headers: {},
        },
        {
          kind: 'sign-in junk',
          method: 'POST',
          path: '/auth/sign-in',
          headers: json,
          body: pick([
            '{',
            '[]',
            'null',
            '{"username":5,"password":[]}',
            JSON.stringify({ username: 'x'.repeat(100_000), password: 'y' }),
            '{}',
          ]),
        },
        {
          kind: 'sign-in as text',
          method: 'POST',
          path: '/auth/sign-in',
          headers: { 'content-type': 'text/plain' },
          body: '{"username":"a","password":"b"}',
        },
        { kind: 'health with a body', method: 'POST', path: '/health', headers: json, body: '{"x":1}' },
      ];
      requests.push(pick(variants));
    }
  }
  return requests;
}
