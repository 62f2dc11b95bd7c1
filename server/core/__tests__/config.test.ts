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
    expect(config.subgraphUrls).toEqual({ geography: 'http://geo:4001/graphql' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535; got "eighty".'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ SEED: 'all' }, 'SEED must be one of published, illustrative, none; got "all".'],
    [{ SERVE_SUBGRAPH: 'people' }, 'SERVE_SUBGRAPH must be one of geography, engagement'],
    [{ GEOGRAPHY_URL: 'geo:4001' }, 'GEOGRAPHY_URL must be an http(s):// URL'],
  ])('fails fast on %p, saying what to set', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
