import { loadConfig } from '../core/config';
import { type RunningSystem, startSystem } from '../system';
import { TEST_JWT_SECRET } from './auth';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/**
 * The system as `pnpm start` runs it, on a fresh database of the test server and a free
 * port. `env` adds or overrides settings, e.g. SEED or SERVE_SUBGRAPH.
 */
export async function startTestSystem(env: Record<string, string> = {}, databaseUrl?: string) {
  const database = databaseUrl ? undefined : await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: databaseUrl ?? database?.url,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED: 'published',
    JWT_SECRET: TEST_JWT_SECRET,
    // Errors and warnings are printed as JSON lines, the rest only when a test asks for it.
    LOG_LEVEL: process.env.SIRA_TEST_LOG ? 'info' : 'warn',
    ...env,
  });
  const system: RunningSystem = await startSystem(config, (line) => {
    if (process.env.SIRA_TEST_LOG) console.log(line);
  });
  return {
    system,
    databaseUrl: databaseUrl ?? (database?.url as string),
    /** Asks as PUBLIC, or as the role whose token `as` is, e.g. `await tokenFor(Role.ANALYST)`. */
    gql: <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: string) =>
      postGraphQL<Data>(system.url, query, variables, as),
    async close() {
      await system.stop();
      await database?.drop();
    },
  };
}
