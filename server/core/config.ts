import path from 'node:path';
import type { DisclosureRules } from '../contract/disclosure/disclosure-table';
import { DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_Z_THRESHOLD_RANGE } from '../contract/outlier-rule';
import { DEFAULT_PUBLICATION_WAIT_MS } from '../contract/publication-wait';
import { DEFAULT_RECORDED_DATES_FROM } from '../contract/recording-limits';
import { DEFAULT_ON_TIME_DAYS, MAX_ON_TIME_DAYS } from '../contract/timeliness';
import { parseAddressRange } from './auth/client-address';
import type { CookieSecurity } from './auth/session-cookie';
import { MIN_SECRET_LENGTH } from './auth/signing-key';
import { LOG_LEVELS, type LogLevel } from './observability/logger';

/** Where the server's PostgreSQL comes from: an embedded server it starts itself, or a URL. */
export type DatabaseSource = { kind: 'embedded'; port: number; dataDir: string } | { kind: 'url'; url: string };

export type SubgraphName = 'geography' | 'engagement' | 'evaluation' | 'accounts';
/**
 * The subgraphs that may be served alone (SERVE_SUBGRAPH) and reached over HTTP (<NAME>_URL).
 * Accounts is not one: it runs in the gateway's process, which signs people in.
 */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['geography', 'engagement', 'evaluation'];

export interface Config {
  /**
   * NODE_ENV=production: closed by default (no introspection or explorer unless asked for) and
   * refusing to start without JWT_SECRET, or without DATABASE_URL where a database is needed.
   */
  production: boolean;
  /** Introspection and the in-browser explorer (GraphiQL at GET /graphql); GRAPHQL_EXPLORER. */
  graphqlExplorer: boolean;
  /** The longest a token may be valid for (exp - iat, and exp - now); a token without exp is refused. */
  tokenMaxLifetimeHours: number;
  port: number;
  host: string;
  database: DatabaseSource;
  /** A subgraph may live on its own database; unset means the shared one. */
  subgraphDatabaseUrls: Partial<Record<SubgraphName, string>>;
  /**
   * `published` loads the figures of the source documents; `illustrative` adds generated
   * data marked as such; `none` loads nothing.
   */
  seed: 'published' | 'illustrative' | 'none';
  /**
   * Set to run the gateway over HTTP subgraphs instead of in-process ones. Several URLs are
   * instances of one subgraph, which the gateway asks in turn.
   */
  subgraphUrls: Partial<Record<SubgraphName, string[]>>;
  /** Set to serve one subgraph alone (the several-machines topology). */
  serveSubgraph: SubgraphName | undefined;
  /**
   * How long a gateway waits for a remote subgraph to answer a query before answering its part
   * SERVICE_UNAVAILABLE (the rest of the query is answered). Mutations are not cut.
   */
  subgraphTimeoutMs: number;
  /**
   * The measured shortcuts that reach into library internals: the gateway sends an operation one
   * in-process subgraph answers alone straight to it (gateway/single-subgraph-shortcut.ts), and
   * plain fields are read without type-graphql's resolvers (core/plain-field-resolvers.ts).
   * Off, every operation takes Apollo Gateway's own path and type-graphql's resolvers stay.
   */
  executionFastPaths: boolean;
  supergraphPath: string;
  /** Signs and verifies tokens; unset: a local key generated into `localKeyFile`. */
  jwtSecret: string | undefined;
  localKeyFile: string;
  /**
   * A users file (`pnpm sira user add` wrote one before users moved into the database): the
   * users it names that the accounts do not have yet are added at start and at sign-in.
   */
  usersFile: string;
  /** Whether the session cookie is Secure: `auto` when the request came over HTTPS, `on` always (SESSION_COOKIE_SECURE). */
  sessionCookieSecure: CookieSecurity;
  /**
   * Proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the client signing in;
   * from any other peer the header is ignored, since a client can write anything in it.
   */
  trustedProxies: string[];
  /** What FUNDER and PUBLIC may see of counts of people (the protected publication). */
  disclosure: DisclosureRules;
  /** How long a FUNDER or PUBLIC request waits for the publication of changed data before it is answered from the one before (PUBLICATION_WAIT_MS). */
  publicationWaitMs: number;
  /** The dashboard's build output, served at / by the gateway. */
  dashboardDir: string;
  logSql: boolean;
  /** Operations over any of these are refused before the gateway plans them. */
  queryLimits: QueryLimits;
  responseCache: ResponseCacheConfig;
  /** How long each database may take to connect and to answer, before a request fails with SERVICE_UNAVAILABLE. */
  databaseTimeouts: DatabaseTimeouts;
  /** How many parallel workers PostgreSQL may give one of this process's statements (max_parallel_workers_per_gather). */
  databaseParallelWorkers: number;
  /** How long /ready waits for each database, or each remote subgraph's /ready, before calling it not ready. */
  readyTimeoutMs: number;
  /** The first day a roundtable may be recorded on (YYYY-MM-DD); the last is one year after today. */
  recordedDatesFrom: string;
  /** A record submitted for review within this many days of its roundtable's date is on time (ON_TIME_DAYS). */
  onTimeDays: number;
  /** How far, as a modified z-score, a roundtable's figure may be from its usual before it is flagged (OUTLIER_Z_THRESHOLD). */
  outlierZThreshold: number;
  /**
   * OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_TRACES_EXPORTER, ...): undefined, the
   * default, is off, and then no SDK is started and no span made (observability/tracing.ts).
   */
  tracing: TracingConfig | undefined;
  /** The least a JSON log line must matter to be written (LOG_LEVEL): `info` by default, `silent` writes none. */
  logLevel: LogLevel;
  metrics: MetricsConfig;
}

/** Prometheus metrics at /metrics: counts and durations, never who asked or about which region. */
export interface MetricsConfig {
  /** METRICS=on (default) serves /metrics on the API's own port; off serves none and counts nothing per request. */
  enabled: boolean;
  /** METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <token>`; unset, whoever reaches the port. */
  token: string | undefined;
}

/** The samplers of OpenTelemetry's OTEL_TRACES_SAMPLER: `parentbased_` ones follow the choice of a request's caller. */
export const TRACES_SAMPLERS = [
  'parentbased_always_on',
  'parentbased_traceidratio',
  'parentbased_always_off',
  'always_on',
  'traceidratio',
  'always_off',
] as const;

export interface TracingConfig {
  /** `otlp`: OTLP over HTTP (JSON) to `url`, a collector (Jaeger, Tempo, ...); `console`: printed on stdout. */
  exporter: { kind: 'otlp'; url: string } | { kind: 'console' };
  /** service.name on every span of this process (OTEL_SERVICE_NAME): `sira-gateway`, or `sira-<subgraph>` for one served alone. */
  serviceName: string;
  /** Which traces are kept (OTEL_TRACES_SAMPLER); the ratio ones keep `samplerRatio` of them (OTEL_TRACES_SAMPLER_ARG). */
  sampler: (typeof TRACES_SAMPLERS)[number];
  samplerRatio: number;
}

export interface ResponseCacheConfig {
  /** `memory`: in this process; `redis`: shared by every instance through REDIS_URL; `off`. */
  mode: 'memory' | 'redis' | 'off';
  redisUrl: string | undefined;
  /** Prepended to every Redis key, so that several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** How long an entry may be served: the bound on staleness after a write this instance did not see. */
  ttlSeconds: number;
  /** In memory mode, the JSON of all entries together; the least recently used go first. */
  maxMegabytes: number;
}

export interface DatabaseTimeouts {
  /** To open a connection (pg connectionTimeoutMillis); waiting for a free one of the pool is not bounded. */
  connectMs: number;
  /** PostgreSQL cancels a statement running longer (statement_timeout); 0 leaves the server's own setting. */
  statementMs: number;
  /** PostgreSQL ends a session idle this long inside a transaction; 0 leaves the server's own setting. */
  idleInTransactionMs: number;
}

/**
 * A frozen database must fail a request within 5 s: a connection is given 3 s, and a statement
 * that runs long on a server that no longer answers is cut sooner (database/responsive-client.ts).
 * Loading a data set and an import raise the statement timeout for their own transaction.
 */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 3_000, statementMs: 15_000, idleInTransactionMs: 30_000 };

/**
 * None: the dashboard's requests come many at once, and a statement that takes workers of its own
 * takes cores from the others. At 1,000 regions on 2 cores, with PostgreSQL's default of 2, the
 * gateway answered the overview 9.8 times a second and the report 2.8 at 10 connections; with
 * none, 19.8 and 6.2, measured side by side. Give some back on a server with cores to spare for the
 * few users it has.
 */
export const DEFAULT_DATABASE_PARALLEL_WORKERS = 0;

export interface QueryLimits {
  /** Deepest nesting of fields, fragments expanded: `{ regions { name } }` is 2. */
  maxDepth: number;
  /** Fields asked under another name, fragments expanded. */
  maxAliases: number;
  /** Fields counted, what a list field selects counting ten times (gateway/operation-limits.ts). */
  maxCost: number;
  /** Length of the query text in bytes; variables do not count. */
  maxBytes: number;
}

export class ConfigError extends Error {}

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist`) ? '../../..' : '../..');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

/** A number, fractions allowed, from min to max. */
function decimal(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new ConfigError(`${name} must be a number from ${min} to ${max}, e.g. ${fallback}; got "${raw}".`);
  }
  return value;
}

function disclosureRules(env: NodeJS.ProcessEnv): DisclosureRules {
  const k = integer(env, 'SUPPRESSION_K', 5, 2, 100);
  return { k, protection: integer(env, 'SUPPRESSION_PROTECTION', 1, 1, Math.max(1, k - 2)) };
}

function postgresUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError(`${name} must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/sira; got "${raw}".`);
  }
  return raw;
}

function secret(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < MIN_SECRET_LENGTH)
    throw new ConfigError(`${name} must be at least ${MIN_SECRET_LENGTH} characters long (e.g. \`openssl rand -base64 48\`).`);
  return raw;
}

/** One http(s):// URL, or several separated by commas (instances of one service). */
function httpUrls(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const urls = raw.split(',').map((url) => url.trim());
  for (const url of urls) {
    if (/^https?:\/\/\S+$/.test(url)) continue;
    throw new ConfigError(
      urls.length === 1
        ? `${name} must be an http(s):// URL; got "${raw}".`
        : `${name} must be http(s):// URLs separated by commas; "${url}" is not one (in "${raw}").`,
    );
  }
  return urls;
}

function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = entries.find((entry) => !parseAddressRange(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,192.168.1.10; "${wrong}" is not one.`,
    );
  }
  return entries;
}

function redisUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^rediss?:\/\//.test(raw))
    throw new ConfigError(`${name} must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379; got "${raw}".`);
  return raw;
}

/**
 * OpenTelemetry's own variables: tracing is on once an OTLP endpoint is set (or
 * OTEL_TRACES_EXPORTER=otlp, to localhost:4318) and off by default; OTEL_TRACES_EXPORTER=none
 * or OTEL_SDK_DISABLED=true turn it off whatever else is set.
 */
function tracingConfig(env: NodeJS.ProcessEnv, serve: SubgraphName | undefined): TracingConfig | undefined {
  const [tracesUrl, baseUrl] = ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT'].map((name) => {
    const urls = httpUrls(env, name);
    if (urls && urls.length > 1) throw new ConfigError(`${name} must be one URL, e.g. http://127.0.0.1:4318; got "${env[name]}".`);
    return urls?.[0];
  });
  // The endpoint of every signal gets the traces' path; the traces' own endpoint is used as it is (OpenTelemetry's rule).
  const url = tracesUrl ?? (baseUrl ? `${baseUrl.replace(/\/+$/, '')}/v1/traces` : undefined);
  const exporter = oneOf(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'console', 'none'] as const, url ? 'otlp' : 'none');
  const disabled = oneOf(env, 'OTEL_SDK_DISABLED', ['true', 'false'] as const, 'false') === 'true';
  if (exporter === 'none' || disabled) return undefined;
  return {
    exporter: exporter === 'console' ? { kind: 'console' } : { kind: 'otlp', url: url ?? 'http://localhost:4318/v1/traces' },
    serviceName: env.OTEL_SERVICE_NAME || (serve ? `sira-${serve}` : 'sira-gateway'),
    sampler: oneOf(env, 'OTEL_TRACES_SAMPLER', TRACES_SAMPLERS, 'parentbased_always_on'),
    samplerRatio: decimal(env, 'OTEL_TRACES_SAMPLER_ARG', 1, 0, 1),
  };
}

function responseCache(env: NodeJS.ProcessEnv): ResponseCacheConfig {
  const url = redisUrl(env, 'REDIS_URL');
  const mode = oneOf(env, 'RESPONSE_CACHE', ['memory', 'redis', 'off'] as const, url ? 'redis' : 'memory');
  if (mode === 'redis' && !url) throw new ConfigError('RESPONSE_CACHE=redis needs REDIS_URL, e.g. redis://127.0.0.1:6379.');
  return {
    mode,
    redisUrl: url,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'sira:',
    ttlSeconds: integer(env, 'RESPONSE_CACHE_TTL', 60, 1, 86_400),
    maxMegabytes: integer(env, 'RESPONSE_CACHE_MB', 64, 1, 65_536),
  };
}

/** A real calendar date no later than today: a later first day would refuse today's roundtables. */
function firstRecordedDate(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!date || date.toISOString().slice(0, 10) !== raw) {
    throw new ConfigError(`${name} must be a date written YYYY-MM-DD, e.g. ${fallback}; got "${raw}".`);
  }
  if (date.getTime() > Date.now())
    throw new ConfigError(`${name} must not be after today, or no roundtable of today could be recorded; got "${raw}".`);
  return raw;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${raw}".`);
  return raw as T;
}

/** `on` or `off`; unset or empty: the fallback. */
function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['on', 'off'] as const, fallback ? 'on' : 'off') === 'on';
}

/**
 * What production cannot do without: a key generated in each container would make every other
 * container refuse its tokens, and an embedded PostgreSQL would keep the data inside a container.
 */
function requireProductionSettings(env: NodeJS.ProcessEnv): void {
  if (!env.JWT_SECRET) {
    throw new ConfigError(
      `NODE_ENV=production needs JWT_SECRET, the same on the gateway and every subgraph (at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -base64 48\`): ` +
        "no key file is generated in production, since each container would make its own and refuse the others' tokens.",
    );
  }
  if (!env.DATABASE_URL) {
    throw new ConfigError(
      'NODE_ENV=production needs DATABASE_URL, e.g. postgres://USER:PASSWORD@HOST:5432/sira: the embedded PostgreSQL is for one machine in development. ' +
        'A gateway over remote subgraphs needs it too: it keeps the accounts of the people who sign in.',
    );
  }
}

/** Reads and validates every setting at boot, so a wrong one fails fast with what to set. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Read from the environment given, never process.env, so tests can ask for production.
  const production = oneOf(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development') === 'production';
  const url = postgresUrl(env, 'DATABASE_URL');
  const database: DatabaseSource = url
    ? { kind: 'url', url }
    : {
        kind: 'embedded',
        port: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
        dataDir: path.resolve(REPO_ROOT, env.EMBEDDED_PG_DIR || '.data/postgres'),
      };
  const subgraphDatabaseUrls: Config['subgraphDatabaseUrls'] = {};
  const subgraphUrls: Config['subgraphUrls'] = {};
  for (const name of SUBGRAPH_NAMES) {
    const upper = name.toUpperCase();
    const dbUrl = postgresUrl(env, `${upper}_DATABASE_URL`);
    if (dbUrl) subgraphDatabaseUrls[name] = dbUrl;
    const serviceUrls = httpUrls(env, `${upper}_URL`);
    if (serviceUrls) subgraphUrls[name] = serviceUrls;
  }
  const serve = env.SERVE_SUBGRAPH;
  if (serve && !SUBGRAPH_NAMES.includes(serve as SubgraphName)) {
    throw new ConfigError(`SERVE_SUBGRAPH must be one of ${SUBGRAPH_NAMES.join(', ')}; got "${serve}".`);
  }
  const jwtSecret = secret(env, 'JWT_SECRET');
  // Every process keeps data: the subgraph it serves alone, or at least the gateway's accounts.
  if (production) requireProductionSettings(env);
  return {
    production,
    graphqlExplorer: onOff(env, 'GRAPHQL_EXPLORER', !production),
    // The dashboard's sign-in gives 8 hours; a day leaves room for `pnpm sira token` and scripts.
    tokenMaxLifetimeHours: integer(env, 'TOKEN_MAX_LIFETIME_HOURS', 24, 1, 24 * 30),
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    database,
    subgraphDatabaseUrls,
    seed: oneOf(env, 'SEED', ['published', 'illustrative', 'none'] as const, 'published'),
    subgraphUrls,
    serveSubgraph: serve as SubgraphName | undefined,
    // Above the 5 s in which a subgraph fails a request its database does not answer, so that
    // the subgraph's own SERVICE_UNAVAILABLE comes first; about as long as a person waits.
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 100, 600_000),
    executionFastPaths: onOff(env, 'EXECUTION_FAST_PATHS', true),
    supergraphPath: path.resolve(REPO_ROOT, env.SUPERGRAPH_PATH || 'schema/supergraph.graphql'),
    jwtSecret,
    localKeyFile: path.resolve(REPO_ROOT, env.JWT_SECRET_FILE || '.data/jwt-secret'),
    usersFile: path.resolve(REPO_ROOT, env.USERS_FILE || '.data/users.json'),
    sessionCookieSecure: oneOf(env, 'SESSION_COOKIE_SECURE', ['auto', 'on'] as const, 'auto'),
    trustedProxies: trustedProxies(env),
    disclosure: disclosureRules(env),
    publicationWaitMs: integer(env, 'PUBLICATION_WAIT_MS', DEFAULT_PUBLICATION_WAIT_MS, 0, 600_000),
    dashboardDir: path.resolve(REPO_ROOT, env.DASHBOARD_DIR || 'dashboard/dist'),
    logSql: env.LOG_SQL === '1' || env.LOG_SQL === 'true',
    // The dashboard's largest operation nests 4 deep, uses 5 aliases, costs about 8,000 and is under 2 kB.
    queryLimits: {
      maxDepth: integer(env, 'QUERY_MAX_DEPTH', 10, 2, 100),
      maxAliases: integer(env, 'QUERY_MAX_ALIASES', 30, 0, 10_000),
      maxCost: integer(env, 'QUERY_MAX_COST', 25_000, 100, 100_000_000),
      maxBytes: integer(env, 'QUERY_MAX_BYTES', 20_000, 1_000, 5_000_000),
    },
    responseCache: responseCache(env),
    databaseTimeouts: {
      connectMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.connectMs, 100, 600_000),
      statementMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.statementMs, 0, 86_400_000),
      idleInTransactionMs: integer(
        env,
        'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        DEFAULT_DATABASE_TIMEOUTS.idleInTransactionMs,
        0,
        86_400_000,
      ),
    },
    databaseParallelWorkers: integer(env, 'DATABASE_PARALLEL_WORKERS', DEFAULT_DATABASE_PARALLEL_WORKERS, 0, 64),
    readyTimeoutMs: integer(env, 'READY_TIMEOUT_MS', 2_000, 100, 60_000),
    recordedDatesFrom: firstRecordedDate(env, 'RECORDED_DATES_FROM', DEFAULT_RECORDED_DATES_FROM),
    onTimeDays: integer(env, 'ON_TIME_DAYS', DEFAULT_ON_TIME_DAYS, 0, MAX_ON_TIME_DAYS),
    outlierZThreshold: decimal(
      env,
      'OUTLIER_Z_THRESHOLD',
      DEFAULT_OUTLIER_Z_THRESHOLD,
      OUTLIER_Z_THRESHOLD_RANGE.min,
      OUTLIER_Z_THRESHOLD_RANGE.max,
    ),
    tracing: tracingConfig(env, serve as SubgraphName | undefined),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    metrics: { enabled: onOff(env, 'METRICS', true), token: secret(env, 'METRICS_TOKEN') },
  };
}

export { REPO_ROOT };
