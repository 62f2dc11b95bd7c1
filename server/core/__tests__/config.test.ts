import path from 'node:path';
import { ConfigError, loadConfig } from '../config';

describe('loadConfig', () => {
  it('defaults to an embedded PostgreSQL and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'embedded', port: 54329, dataDir: expect.stringMatching(/\.data[\\/]postgres$/) });
    expect(config.seed).toBe('published');
    expect(path.basename(config.supergraphPath)).toBe('supergraph.graphql');
    expect(config.dashboardDir).toBe(path.resolve(__dirname, '../../../dashboard/dist'));
  });

  it('limits queries by depth, aliases, cost and size, each settable', () => {
    expect(loadConfig({}).queryLimits).toEqual({ maxDepth: 10, maxAliases: 30, maxCost: 25_000, maxBytes: 20_000 });
    expect(
      loadConfig({ QUERY_MAX_DEPTH: '12', QUERY_MAX_ALIASES: '0', QUERY_MAX_COST: '5000', QUERY_MAX_BYTES: '4000' }).queryLimits,
    ).toEqual({
      maxDepth: 12,
      maxAliases: 0,
      maxCost: 5000,
      maxBytes: 4000,
    });
  });

  it('protects counts of people with a threshold and a protection, the second at most the first less 2', () => {
    expect(loadConfig({}).disclosure).toEqual({ k: 5, protection: 1 });
    expect(loadConfig({ SUPPRESSION_K: '10', SUPPRESSION_PROTECTION: '3' }).disclosure).toEqual({ k: 10, protection: 3 });
    expect(() => loadConfig({ SUPPRESSION_PROTECTION: '4' })).toThrow('SUPPRESSION_PROTECTION must be an integer from 1 to 3; got "4".');
  });

  it('caches responses in memory by default, in Redis once REDIS_URL is set, or not at all', () => {
    expect(loadConfig({}).responseCache).toEqual({
      mode: 'memory',
      redisUrl: undefined,
      redisKeyPrefix: 'sira:',
      ttlSeconds: 60,
      maxMegabytes: 64,
    });
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).responseCache).toMatchObject({ mode: 'redis', redisUrl: 'redis://cache:6379' });
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', RESPONSE_CACHE: 'memory' }).responseCache.mode).toBe('memory');
    expect(loadConfig({ RESPONSE_CACHE: 'off', RESPONSE_CACHE_TTL: '5' }).responseCache).toMatchObject({ mode: 'off', ttlSeconds: 5 });
  });

  it('trusts no proxy by default, and refuses a TRUSTED_PROXIES entry that is not an address or CIDR range', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, 192.168.1.10,fd00::/8 ' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '192.168.1.10',
      'fd00::/8',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.internal' })).toThrow(
      'TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,192.168.1.10; "proxy.internal" is not one.',
    );
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(ConfigError);
  });

  it('records roundtables from 2000-01-01 unless RECORDED_DATES_FROM says otherwise', () => {
    expect(loadConfig({}).recordedDatesFrom).toBe('2000-01-01');
    expect(loadConfig({ RECORDED_DATES_FROM: '2015-06-01' }).recordedDatesFrom).toBe('2015-06-01');
  });

  it('calls a record on time within 30 days of its roundtable unless ON_TIME_DAYS says otherwise', () => {
    expect(loadConfig({}).onTimeDays).toBe(30);
    expect(loadConfig({ ON_TIME_DAYS: '0' }).onTimeDays).toBe(0);
    expect(loadConfig({ ON_TIME_DAYS: '90' }).onTimeDays).toBe(90);
    for (const wrong of ['-1', '366', '7.5', 'a month']) {
      expect(() => loadConfig({ ON_TIME_DAYS: wrong })).toThrow(`ON_TIME_DAYS must be an integer from 0 to 365; got "${wrong}".`);
    }
  });

  it('flags a figure past a modified z-score of 3.5 unless OUTLIER_Z_THRESHOLD says otherwise', () => {
    expect(loadConfig({}).outlierZThreshold).toBe(3.5);
    expect(loadConfig({ OUTLIER_Z_THRESHOLD: '5' }).outlierZThreshold).toBe(5);
    expect(loadConfig({ OUTLIER_Z_THRESHOLD: '2.75' }).outlierZThreshold).toBe(2.75);
    for (const wrong of ['0.5', '101', '-3', 'three', '3,5', '1e2']) {
      expect(() => loadConfig({ OUTLIER_Z_THRESHOLD: wrong })).toThrow(
        `OUTLIER_Z_THRESHOLD must be a number from 1 to 100, e.g. 3.5; got "${wrong}".`,
      );
    }
  });

  it('gives the database 3 s to connect, 15 s a statement, 30 s idle in a transaction, /ready 2 s; each settable', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({ connectMs: 3_000, statementMs: 15_000, idleInTransactionMs: 30_000 });
    expect(loadConfig({}).readyTimeoutMs).toBe(2_000);
    const config = loadConfig({
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '60000',
      READY_TIMEOUT_MS: '800',
    });
    expect(config.databaseTimeouts).toEqual({ connectMs: 1_500, statementMs: 0, idleInTransactionMs: 60_000 });
    expect(config.readyTimeoutMs).toBe(800);
  });

  it('gives a statement no parallel workers unless DATABASE_PARALLEL_WORKERS says how many, and refuses a negative count', () => {
    expect(loadConfig({}).databaseParallelWorkers).toBe(0);
    expect(loadConfig({ DATABASE_PARALLEL_WORKERS: '2' }).databaseParallelWorkers).toBe(2);
    expect(() => loadConfig({ DATABASE_PARALLEL_WORKERS: '-1' })).toThrow(
      'DATABASE_PARALLEL_WORKERS must be an integer from 0 to 64; got "-1".',
    );
  });

  it('takes the execution fast paths unless EXECUTION_FAST_PATHS=off, and refuses any other value', () => {
    expect(loadConfig({}).executionFastPaths).toBe(true);
    expect(loadConfig({ EXECUTION_FAST_PATHS: 'on' }).executionFastPaths).toBe(true);
    expect(loadConfig({ EXECUTION_FAST_PATHS: 'off' }).executionFastPaths).toBe(false);
    expect(() => loadConfig({ EXECUTION_FAST_PATHS: 'false' })).toThrow('EXECUTION_FAST_PATHS must be one of on, off; got "false".');
  });

  it('gives a remote subgraph 10 s to answer a query unless SUBGRAPH_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig({}).subgraphTimeoutMs).toBe(10_000);
    expect(loadConfig({ SUBGRAPH_TIMEOUT_MS: '2500' }).subgraphTimeoutMs).toBe(2_500);
  });

  describe('in production (NODE_ENV=production)', () => {
    const SECRET = 'a-production-secret-of-at-least-32-characters';
    const DATABASE = 'postgres://sira:secret@db:5432/sira';
    const REMOTE_SUBGRAPHS = {
      GEOGRAPHY_URL: 'http://geography:4001/graphql',
      ENGAGEMENT_URL: 'http://engagement:4002/graphql',
      EVALUATION_URL: 'http://evaluation:4003/graphql',
    };

    it('closes introspection and the explorer unless GRAPHQL_EXPLORER=on; development leaves them open', () => {
      expect(loadConfig({})).toMatchObject({ production: false, graphqlExplorer: true, tokenMaxLifetimeHours: 24 });
      expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ production: false, graphqlExplorer: true });
      expect(loadConfig({ GRAPHQL_EXPLORER: 'off' }).graphqlExplorer).toBe(false);
      const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, DATABASE_URL: DATABASE };
      expect(loadConfig(production)).toMatchObject({ production: true, graphqlExplorer: false });
      expect(loadConfig({ ...production, GRAPHQL_EXPLORER: 'on' }).graphqlExplorer).toBe(true);
    });

    it('refuses to start without JWT_SECRET: a key generated per container would refuse the others’ tokens', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: DATABASE })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: DATABASE })).toThrow(
        'NODE_ENV=production needs JWT_SECRET, the same on the gateway and every subgraph',
      );
      expect(() => loadConfig({ NODE_ENV: 'production', ...REMOTE_SUBGRAPHS })).toThrow('needs JWT_SECRET');
    });

    it('refuses to start an embedded PostgreSQL: every process keeps data and needs DATABASE_URL', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(
        'NODE_ENV=production needs DATABASE_URL, e.g. postgres://USER:PASSWORD@HOST:5432/sira',
      );
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, SERVE_SUBGRAPH: 'geography', ...REMOTE_SUBGRAPHS })).toThrow(
        'needs DATABASE_URL',
      );
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, GEOGRAPHY_URL: REMOTE_SUBGRAPHS.GEOGRAPHY_URL })).toThrow(
        'needs DATABASE_URL',
      );
      // A gateway over three remote subgraphs keeps the accounts of the people who sign in.
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...REMOTE_SUBGRAPHS })).toThrow(
        'A gateway over remote subgraphs needs it too: it keeps the accounts of the people who sign in.',
      );
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATABASE_URL: DATABASE, ...REMOTE_SUBGRAPHS }).database.kind).toBe(
        'url',
      );
    });

    it.each([
      [{ NODE_ENV: 'prod' }, 'NODE_ENV must be one of production, development, test; got "prod".'],
      [{ GRAPHQL_EXPLORER: 'yes' }, 'GRAPHQL_EXPLORER must be one of on, off; got "yes".'],
      [{ SESSION_COOKIE_SECURE: 'yes' }, 'SESSION_COOKIE_SECURE must be one of auto, on; got "yes".'],
      [{ TOKEN_MAX_LIFETIME_HOURS: '0' }, 'TOKEN_MAX_LIFETIME_HOURS must be an integer from 1 to 720; got "0".'],
    ])('fails fast on %p', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });
  });

  it('resolves DASHBOARD_DIR from the repository root', () => {
    expect(loadConfig({ DASHBOARD_DIR: 'web/build' }).dashboardDir).toBe(path.resolve(__dirname, '../../../web/build'));
    expect(loadConfig({ DASHBOARD_DIR: '/srv/dashboard' }).dashboardDir).toBe('/srv/dashboard');
  });

  it('uses DATABASE_URL and per-subgraph overrides when given', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/test',
      ENGAGEMENT_DATABASE_URL: 'postgresql://other/engagement',
      GEOGRAPHY_URL: 'http://geo:4001/graphql',
    });
    expect(config.database).toEqual({ kind: 'url', url: 'postgres://root@127.0.0.1:5432/test' });
    expect(config.subgraphDatabaseUrls).toEqual({ engagement: 'postgresql://other/engagement' });
    expect(config.subgraphUrls).toEqual({ geography: ['http://geo:4001/graphql'] });
  });

  it('reads several instances of a subgraph from a comma-separated list', () => {
    const config = loadConfig({ ENGAGEMENT_URL: 'http://10.0.0.5:4002/graphql, http://10.0.0.6:4002/graphql' });
    expect(config.subgraphUrls).toEqual({ engagement: ['http://10.0.0.5:4002/graphql', 'http://10.0.0.6:4002/graphql'] });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535; got "eighty".'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ SEED: 'all' }, 'SEED must be one of published, illustrative, none; got "all".'],
    [{ SERVE_SUBGRAPH: 'people' }, 'SERVE_SUBGRAPH must be one of geography, engagement'],
    [{ GEOGRAPHY_URL: 'geo:4001' }, 'GEOGRAPHY_URL must be an http(s):// URL'],
    [{ ENGAGEMENT_URL: 'http://a:4002/graphql,b:4002' }, 'ENGAGEMENT_URL must be http(s):// URLs separated by commas; "b:4002" is not one'],
    [{ ENGAGEMENT_URL: 'http://a:4002/graphql,' }, 'ENGAGEMENT_URL must be http(s):// URLs separated by commas; "" is not one'],
    [{ QUERY_MAX_DEPTH: '1' }, 'QUERY_MAX_DEPTH must be an integer from 2 to 100; got "1".'],
    [{ RESPONSE_CACHE: 'redis' }, 'RESPONSE_CACHE=redis needs REDIS_URL, e.g. redis://127.0.0.1:6379.'],
    [{ REDIS_URL: '127.0.0.1:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ RESPONSE_CACHE: 'disk' }, 'RESPONSE_CACHE must be one of memory, redis, off; got "disk".'],
    [{ QUERY_MAX_COST: 'lots' }, 'QUERY_MAX_COST must be an integer from 100 to 100000000'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '0' }, 'DATABASE_CONNECT_TIMEOUT_MS must be an integer from 100 to 600000; got "0".'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '15s' }, 'DATABASE_STATEMENT_TIMEOUT_MS must be an integer from 0 to 86400000; got "15s".'],
    [{ DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '-1' }, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS must be an integer from 0 to 86400000'],
    [{ READY_TIMEOUT_MS: '90000' }, 'READY_TIMEOUT_MS must be an integer from 100 to 60000; got "90000".'],
    [{ SUBGRAPH_TIMEOUT_MS: '10s' }, 'SUBGRAPH_TIMEOUT_MS must be an integer from 100 to 600000; got "10s".'],
    [{ RECORDED_DATES_FROM: '1/1/2000' }, 'RECORDED_DATES_FROM must be a date written YYYY-MM-DD, e.g. 2000-01-01; got "1/1/2000".'],
    [{ RECORDED_DATES_FROM: '2001-02-29' }, 'RECORDED_DATES_FROM must be a date written YYYY-MM-DD'],
    [{ RECORDED_DATES_FROM: '2999-12-31' }, 'RECORDED_DATES_FROM must not be after today'],
  ])('fails fast on %p, saying what to set', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
