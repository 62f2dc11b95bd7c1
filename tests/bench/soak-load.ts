// What the soak sends, as a dashboard in use would: the dashboard's queries as ANALYST, FUNDER
// and PUBLIC; a coordinator's roundtable created, changed and deleted (the write path and the
// rollups); sign-ins with a wrong password (throttled to 429 after a few); and a trickle of
// hostile requests, each of which must be refused with a 4xx, never a 5xx.
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import { BENCH_QUERIES, type BenchScope } from './candidate';
import { ABUSES } from './cost-limit';
import { BENCH_JWT_SECRET } from './processes';
import { graphqlOperation } from './queries';

export type Family = 'read' | 'write' | 'sign-in' | 'hostile';

export interface Outcome {
  family: Family;
  /** e.g. "read overview FUNDER", "write update", "hostile oversized body". */
  kind: string;
  /** HTTP status; 0 when no answer came (network failure or timeout). */
  status: number;
  /** extensions.code of each GraphQL error in the answer. */
  codes: string[];
  ms: number;
  failure?: string;
}

/** Out of 100 steps of a lane; a write step is three requests (create, update, delete). */
const WEIGHTS: Record<Family, number> = { read: 85, write: 4, 'sign-in': 3, hostile: 8 };
const READ_ROLES = [Role.ANALYST, Role.FUNDER, Role.PUBLIC] as const;
/** Far past a request the server should answer at once; one that takes this long is a failure. */
const TIMEOUT_MS = 30_000;
/** The gateway refuses a /graphql body past 5,000,000 bytes (server/core/http.ts) with 413. */
const OVERSIZED_BYTES = 5_000_001;
export const SIGN_IN_USER = 'soak-coordinator';
const OVERSIZED = 'oversized body';
/** The kind of an oversized body's outcome, which the server may answer by closing the socket mid-body. */
export const OVERSIZED_KIND = `hostile ${OVERSIZED}`;

interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const graphqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

let oversized: string | undefined;
/** A valid operation padded past the body limit, made once: 5 MB each time would cost the harness more than the server. */
const oversizedBody = () => {
  oversized ??= `{"query":"{ regions { slug } }","padding":"${'x'.repeat(OVERSIZED_BYTES)}"}`;
  return oversized;
};

/** Client mistakes and attacks of a few kinds; the weights keep the 5 MB body rare. */
const HOSTILE: { kind: string; weight: number; request: () => Request }[] = [
  {
    kind: 'bad JSON',
    weight: 3,
    request: () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: '{"query": "{ regions' }),
  },
  {
    kind: 'unknown field',
    weight: 3,
    request: () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: graphqlBody('{ nope }') }),
  },
  {
    kind: 'syntax error',
    weight: 2,
    request: () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: graphqlBody('{ regions { slug }') }),
  },
  {
    kind: 'variable of the wrong type',
    weight: 2,
    request: () => ({
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      body: graphqlBody('query($f: AnalyticsFilter) { attendanceMix(filter: $f) { total { min max } } }', { f: { regions: 5 } }),
    }),
  },
  {
    kind: 'unknown region',
    weight: 2,
    request: () => ({
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      body: graphqlBody('{ attendanceMix(filter: { regions: ["nowhere-at-all"] }) { total { min max } } }'),
    }),
  },
  {
    kind: 'junk token',
    weight: 2,
    request: () => ({
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_HEADERS, authorization: 'Bearer not.a.token' },
      body: graphqlBody('{ coverage { roundtables } }'),
    }),
  },
  {
    kind: 'query too long',
    weight: 2,
    request: () => ({
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      body: graphqlBody(`{ regions { slug } } # ${'x'.repeat(30_000)}`),
    }),
  },
  ...Object.entries(ABUSES).map(([name, query]) => ({
    kind: `abusive query (${name})`,
    weight: 1,
    request: (): Request => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: graphqlBody(query) }),
  })),
  {
    kind: OVERSIZED,
    weight: 1,
    request: () => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: oversizedBody() }),
  },
];

function weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
  let draw = Math.random() * items.reduce((sum, item) => sum + weightOf(item), 0);
  for (const item of items) {
    draw -= weightOf(item);
    if (draw < 0) return item;
  }
  return items[items.length - 1] as T;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

function errorCodes(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((error) => String(error.extensions?.code ?? 'NO_CODE'));
  } catch {
    return [];
  }
}

export interface Tokens {
  [Role.ANALYST]: string;
  [Role.FUNDER]: string;
  [Role.COORDINATOR]: string;
}

/** Tokens of the roles the soak reads and writes as; the coordinator edits the region page's region. */
export async function soakTokens(scope: BenchScope): Promise<Tokens> {
  const key = new TextEncoder().encode(BENCH_JWT_SECRET);
  return {
    [Role.ANALYST]: scope.analystToken,
    [Role.FUNDER]: await signToken(key, { role: Role.FUNDER, subject: 'soak-funder', regions: [] }),
    [Role.COORDINATOR]: await signToken(key, { role: Role.COORDINATOR, subject: SIGN_IN_USER, regions: [scope.pageRegion] }),
  };
}

export interface Lane {
  baseUrl: string;
  scope: BenchScope;
  tokens: Tokens;
  /** Aborted on Ctrl-C: requests in flight are dropped, not counted. */
  signal: AbortSignal;
  record(outcome: Outcome): void;
}

/** One request, timed from sending to the last byte of the answer; undefined when aborted. */
async function send(lane: Lane, family: Family, kind: string, request: Request): Promise<{ outcome: Outcome; text: string } | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(`${lane.baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.any([lane.signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
    const text = await response.text();
    const outcome = { family, kind, status: response.status, codes: errorCodes(text), ms: performance.now() - started };
    lane.record(outcome);
    return { outcome, text };
  } catch (error) {
    if (lane.signal.aborted) return undefined;
    const failure = (error as Error).cause ? String((error as Error).cause) : String(error);
    const outcome = { family, kind, status: 0, codes: [], ms: performance.now() - started, failure };
    lane.record(outcome);
    return { outcome, text: '' };
  }
}

const asRole = (lane: Lane, role: Role): Record<string, string> =>
  role === Role.PUBLIC ? JSON_HEADERS : { ...JSON_HEADERS, authorization: `Bearer ${lane.tokens[role as keyof Tokens]}` };

async function read(lane: Lane): Promise<void> {
  const query = pick(BENCH_QUERIES);
  const role = pick(READ_ROLES);
  const body = JSON.stringify(graphqlOperation(query, lane.scope));
  await send(lane, 'read', `read ${query} ${role}`, { method: 'POST', path: '/graphql', headers: asRole(lane, role), body });
}

const ROUNDTABLE_FIELDS = 'id version';
const CREATE = `mutation SoakCreate($input: RoundtableInput!) { createRoundtable(input: $input) { ${ROUNDTABLE_FIELDS} } }`;
const UPDATE = `mutation SoakUpdate($id: ID!, $v: Int!, $input: RoundtableInput!) {
  updateRoundtable(id: $id, expectedVersion: $v, input: $input) { ${ROUNDTABLE_FIELDS} } }`;
const DELETE = 'mutation SoakDelete($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }';

// Numbers above the data set's (1 to 40 per region) and within the 10,000 a number may reach;
// each cycle deletes its roundtable, so the numbers are used again.
const FIRST_NUMBER = 5_000;
const NUMBERS = 4_000;
let cycles = 0;

function roundtableInput(region: string, number: number, participants: number) {
  return {
    region,
    number,
    date: '2024-06-01',
    format: 'HYBRID',
    attendance: { participants, online: Math.floor(participants / 3), onsite: participants - Math.floor(participants / 3) },
    categories: [{ code: 'NGO', participants: Math.min(5, participants) }],
    challenges: [{ code: 'TRANSPORT', note: 'Soak write' }],
    sources: [{ title: 'Soak benchmark write' }],
  };
}

type Written = { id: string; version: number };
function writtenOf(text: string, field: string): Written | undefined {
  try {
    return (JSON.parse(text) as { data?: Record<string, Written | null> }).data?.[field] ?? undefined;
  } catch {
    return undefined;
  }
}

/** A coordinator creates a roundtable in its region, changes its attendance, and deletes it, each quoting the version read. */
async function writeCycle(lane: Lane): Promise<void> {
  const region = lane.scope.pageRegion;
  const number = FIRST_NUMBER + (cycles++ % NUMBERS);
  const headers = asRole(lane, Role.COORDINATOR);
  const post = (kind: string, query: string, variables: Record<string, unknown>) =>
    send(lane, 'write', `write ${kind}`, { method: 'POST', path: '/graphql', headers, body: graphqlBody(query, variables) });
  const created = await post('create', CREATE, { input: roundtableInput(region, number, 12) });
  const roundtable = created && writtenOf(created.text, 'createRoundtable');
  if (!roundtable) return;
  const updated = await post('update', UPDATE, { id: roundtable.id, v: roundtable.version, input: roundtableInput(region, number, 20) });
  const version = (updated && writtenOf(updated.text, 'updateRoundtable')?.version) ?? roundtable.version;
  await post('delete', DELETE, { id: roundtable.id, v: version });
}

async function wrongSignIn(lane: Lane): Promise<void> {
  const body = JSON.stringify({ username: SIGN_IN_USER, password: 'not-the-password' });
  await send(lane, 'sign-in', 'sign-in wrong password', { method: 'POST', path: '/auth/sign-in', headers: JSON_HEADERS, body });
}

async function hostile(lane: Lane): Promise<void> {
  const chosen = weighted(HOSTILE, (h) => h.weight);
  await send(lane, 'hostile', `hostile ${chosen.kind}`, chosen.request());
}

const STEPS: Record<Family, (lane: Lane) => Promise<void>> = { read, write: writeCycle, 'sign-in': wrongSignIn, hostile };
const FAMILIES = Object.keys(WEIGHTS) as Family[];

/** One client: a step after another, no pause, until `until` (performance.now()) or an abort. */
export async function runLane(lane: Lane, until: () => number): Promise<void> {
  while (!lane.signal.aborted && performance.now() < until()) {
    await STEPS[weighted(FAMILIES, (family) => WEIGHTS[family])](lane);
  }
}
