// pnpm bench:fields [--size S|M|L] [--roles ANALYST,FUNDER] [--fields a,b] [--runs N] [--reload] [--benchmarks FILE]
//
// What each top-level field the dashboard asks for costs on its own at a size: the system started
// in this process over the bench data set (response cache off), each field sent alone through the
// gateway, one request at a time, as each role. The first request of a role is timed apart: for
// FUNDER and PUBLIC it builds the protected publication, which every write makes stale. A
// measuring tool for finding what to bound next: the figures go to the console and to the Fields
// section of BENCHMARKS.md. The data set is loaded into sira_fields_<size> once and kept (--reload
// loads it again).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import { withDatabase } from '../../server/core/database/database-url';
import { loadBenchDatabase, openServer, SIZES, type Size } from './database';
import { FIELDS_HEADING, type FieldsMeasured, fieldsSection } from './fields-report';
import { median } from './import-report';
import { startInProcessSystem } from './in-process-system';
import { writeSection } from './kept-section';
import { BENCH_JWT_SECRET, REPO_ROOT } from './processes';

/** The fields, each with what the dashboard reads of it (codes and numbers, no labels). */
const FIELDS: Record<string, string> = {
  coverage: 'coverage(filter: $filter) { roundtables illustrativeRoundtables regionsWithRoundtables firstDate lastDate }',
  attendanceTotal: 'attendanceTotal(filter: $filter) { roundtables online { min max } total { min max } withheld { field reason } }',
  attendanceMix:
    'attendanceMix(filter: $filter) { region { slug } roundtables online { min max } onsite { min max } total { min max } withheld { field reason } }',
  attendanceRanking:
    'attendanceRanking(filter: $filter, limit: 12) { regionCount regions { region { slug } total { min max } } others { total { min max } regionCount } }',
  stakeholderMix: 'stakeholderMix(filter: $filter) { region { slug } category { code } participants { min max } }',
  stakeholderRanking: 'stakeholderRanking(filter: $filter, limit: 12) { regionCount rows { region { slug } category { code } } }',
  challengeFrequency: 'challengeFrequency(filter: $filter) { region { slug } challenge { code } mentions }',
  challengeRanking: 'challengeRanking(filter: $filter, limit: 12) { regionCount rows { region { slug } challenge { code } } }',
  categoryReach: 'categoryReach(filter: $filter) { category { code } }',
  challengeTotals: 'challengeTotals(filter: $filter) { challenge { code } mentions }',
  sources: 'sources(filter: $filter) { title url }',
};

async function databaseExists(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      roles: { type: 'string', default: 'ANALYST,FUNDER' },
      fields: { type: 'string', default: Object.keys(FIELDS).join(',') },
      runs: { type: 'string', default: '5' },
      reload: { type: 'boolean', default: false },
      benchmarks: { type: 'string', default: path.join(REPO_ROOT, 'BENCHMARKS.md') },
    },
  });
  const size = (values.size ?? 'S').toUpperCase() as Size;
  if (!SIZES[size]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const roles = (values.roles ?? '').split(',') as (keyof typeof Role)[];
  if (roles.some((role) => !(role in Role))) throw new Error(`--roles must name roles of ${Object.keys(Role).join(', ')}`);
  const fields = (values.fields ?? '').split(',');
  const unknown = fields.filter((field) => !FIELDS[field]);
  if (unknown.length) throw new Error(`Unknown --fields ${unknown.join(', ')}; known: ${Object.keys(FIELDS).join(', ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  const log = (line: string) => console.log(`[fields] ${line}`);
  const loadAtStart = loadavg()[0] as number;
  const measured: FieldsMeasured[] = [];

  const server = await openServer(false, log);
  const name = `sira_fields_${size.toLowerCase()}`;
  const kept = withDatabase(server.serverUrl, name);
  const databaseUrl =
    !values.reload && (await databaseExists(kept)) ? kept : (await loadBenchDatabase(server.serverUrl, size, log, name)).databaseUrl;
  const system = await startInProcessSystem(databaseUrl, { LOG_LEVEL: 'error' });
  try {
    const key = new TextEncoder().encode(BENCH_JWT_SECRET);
    for (const role of roles) {
      const token = await signToken(key, { role: Role[role], subject: `bench-${role.toLowerCase()}`, regions: [] });
      const ask = async (selection: string) => {
        const started = performance.now();
        const response = await fetch(system.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: `query Field($filter: AnalyticsFilter) { ${selection} }`, variables: { filter: {} } }),
        });
        const text = await response.text();
        const errors = (JSON.parse(text) as { errors?: { message: string }[] }).errors;
        if (errors?.length) throw new Error(`${selection.slice(0, 40)}…: ${errors[0]?.message}`);
        return { ms: performance.now() - started, bytes: Buffer.byteLength(text) };
      };
      // /health asked every 50 ms meanwhile: how long the server kept others waiting while it built the publication.
      let answered = false;
      const firstAnswer = ask(FIELDS.attendanceTotal as string).finally(() => {
        answered = true;
      });
      let slowestHealth = 0;
      while (!answered) {
        const started = performance.now();
        await fetch(system.url.replace(/\/graphql$/, '/health')).then((response) => response.text());
        slowestHealth = Math.max(slowestHealth, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const first = await firstAnswer;
      log(`${role}: first request (attendanceTotal) ${first.ms.toFixed(0)} ms; /health meanwhile at worst ${slowestHealth.toFixed(0)} ms`);
      const ofRole: FieldsMeasured = { role, first: first.ms, slowestHealth, fields: [] };
      measured.push(ofRole);
      for (const field of fields) {
        const answers = [];
        for (let run = 0; run < runs; run++) answers.push(await ask(FIELDS[field] as string));
        const ms = median(answers.map((answer) => answer.ms));
        const kB = (answers[0]?.bytes ?? 0) / 1024;
        log(`${role.padEnd(8)} ${field.padEnd(19)} median ${ms.toFixed(1).padStart(8)} ms ${kB.toFixed(1).padStart(9)} kB`);
        ofRole.fields.push({ field, ms, kB });
      }
    }
    writeSection(values.benchmarks as string, FIELDS_HEADING, fieldsSection(size, runs, measured, [loadAtStart, loadavg()[0] as number]));
    log(`wrote the Fields section of ${values.benchmarks}`);
  } finally {
    await system.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
