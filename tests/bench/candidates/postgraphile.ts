// PostGraphile 5 over the same database, the analytics exposed as SQL functions in bench_pg
// (../postgraphile/functions.ts): the peer a hand-written GraphQL server is compared with.
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../../server/test-support/free-port';
import { type AnalyticsName, shapeAnalytics } from '../analytics-sql';
import type { BenchQueryName, BenchScope, Candidate } from '../candidate';
import { INSTALL_BENCH_PG } from '../postgraphile/functions';
import { startProcess } from '../processes';
import { analyticsOf, isAnalytics, normaliseGraphql } from '../queries';

const DIR = path.join(__dirname, '..', 'postgraphile');

// PostGraphile's fields, aliased to the columns of the harness's SQL so shapeAnalytics reads them.
const FIELDS: Record<AnalyticsName, string> = {
  attendanceMix: `region_slug: regionSlug roundtables unknown_attendance: unknownAttendance
    online_min: onlineMin online_max: onlineMax onsite_min: onsiteMin onsite_max: onsiteMax
    unknown_mode_min: unknownModeMin unknown_mode_max: unknownModeMax total_min: totalMin total_max: totalMax`,
  stakeholderMix: `region_slug: regionSlug category_code: categoryCode roundtables uncounted
    participants_min: participantsMin participants_max: participantsMax`,
  challengeFrequency: 'region_slug: regionSlug challenge_code: challengeCode mentions roundtables',
};

function operation(query: BenchQueryName, scope: BenchScope) {
  const analytics = analyticsOf(query);
  if (!analytics) throw new Error(`postgraphile does not answer ${query}`);
  const { name, ten } = analytics;
  return ten
    ? {
        query: `query Bench($regions: [String]) { rows: ${name}InList(regions: $regions) { ${FIELDS[name]} } }`,
        variables: { regions: scope.tenRegions },
      }
    : { query: `query Bench { rows: ${name}List { ${FIELDS[name]} } }`, variables: {} };
}

async function installFunctions(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'sira-bench-postgraphile-install' });
  await client.connect();
  try {
    await client.query(INSTALL_BENCH_PG);
  } finally {
    await client.end();
  }
}

export const postgraphile: Candidate = {
  name: 'postgraphile',
  description: 'PostGraphile 5.1 (Amber preset, grafserv on node:http, pool of 10) over the same SQL as functions in schema bench_pg',
  supports: isAnalytics,
  async start(scope: BenchScope) {
    await installFunctions(scope.databaseUrl);
    const started = await startProcess(
      'postgraphile',
      ['--require', path.join(DIR, 'polyfill.cjs'), path.join(DIR, 'server.mjs')],
      { DATABASE_URL: scope.databaseUrl, GRAPHILE_ENV: 'production' },
      await freePort(),
    );
    return { baseUrl: started.url, pids: [started.pid], stop: started.stop };
  },
  request(query: BenchQueryName, scope: BenchScope) {
    return {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(operation(query, scope)),
    };
  },
  /** PostGraphile's rows shaped as the SQL's, then normalised as every GraphQL answer is. */
  normalise(query: BenchQueryName, body: unknown) {
    const analytics = analyticsOf(query);
    const { data, errors } = (body ?? {}) as { data?: { rows?: Record<string, string | number | null>[] | null }; errors?: unknown[] };
    if (!analytics || errors?.length || !data?.rows) return normaliseGraphql(query, body);
    return normaliseGraphql(query, { data: shapeAnalytics(analytics.name, data.rows) });
  },
};
