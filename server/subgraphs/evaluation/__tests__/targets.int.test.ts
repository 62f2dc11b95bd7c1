import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRegion } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EvaluationSubgraph } from '../evaluation.subgraph';

const SET = `mutation ($input: SetIndicatorTargetInput!) {
  setIndicatorTarget(input: $input) {
    target { id indicatorCode regionSlug periodCode baseline target source version }
    warnings { indicatorCode regionSlug projectTarget periodTargetsSum periodsWithoutTarget message }
  }
}`;
const TARGETS = `{ indicatorTargets(indicators: ["ROUNDTABLES_HELD", "ONSITE_SHARE"]) { indicatorCode regionSlug periodCode baseline target version } }`;
// Layout and targets only: the values come from engagement, through the gateway (tests/e2e/indicators.test.ts).
const LAYOUT = `query ($filter: AnalyticsFilter, $periods: [String!]) {
  indicatorResults(codes: ["ROUNDTABLES_HELD", "ONSITE_SHARE"], periods: $periods, filter: $filter) {
    id indicator { code } region { slug } period { code } periodStart periodEnd baseline target targetOrigin { kind source }
    scope { regions from to formats illustrative } numerator denominator
  }
}`;

type Row = Record<string, unknown>;
type Response = { data?: Row | null };

const rowsOf = (response: Response, field: string) => (response.data?.[field] ?? []) as Row[];
const rowOf = (response: Response, field: string) => (response.data?.[field] ?? {}) as Row;

// What the tests below write: the targets, the framework mappings and the audit trail.
const EDITED_TABLES = ['evaluation.indicator_target', 'evaluation.framework_mapping', 'evaluation.audit_entry'];

describe('evaluation: targets and the layout of results', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let evaluation: EvaluationSubgraph;
  const asLoaded = new Map<string, string>();
  const run = async (query: string, variables: Row, role: Role, regions: string[] = []) =>
    executeOn<Row>(evaluation, query, variables, role === Role.PUBLIC ? {} : await authHeaders(role, regions));

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    evaluation = subgraphs.evaluation;
    await loadDataset(
      subgraphs.geography as Subgraph,
      subgraphs.engagement,
      dataSet({ regions: [newRegion({ slug: 'north', country: 'PL' }), newRegion({ slug: 'south', country: 'ES' })] }),
      evaluation,
    );
    for (const table of EDITED_TABLES) {
      const [{ rows }] = await evaluation.database.dataSource.query(`SELECT coalesce(jsonb_agg(t), '[]')::text AS rows FROM ${table} t`);
      asLoaded.set(table, rows);
    }
  });
  afterAll(() => subgraphs.close());

  // Several tests compare every target or the whole history, so each starts from these tables
  // as the migration and the loaded regions left them (built-in targets and mappings, no audit).
  beforeEach(() =>
    evaluation.database.dataSource.transaction(async (manager) => {
      await manager.query(`TRUNCATE ${EDITED_TABLES.join(', ')}`);
      for (const [table, rows] of asLoaded) {
        await manager.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [rows]);
      }
    }),
  );

  it('starts with the sourced target of four roundtables for every region over the project', async () => {
    const { data } = await run(TARGETS, {}, Role.FUNDER);
    expect(data?.indicatorTargets).toEqual([
      { indicatorCode: 'ROUNDTABLES_HELD', regionSlug: null, periodCode: 'SIRA', baseline: 0, target: 4, version: 1 },
    ]);
  });

  it('lays out one result per region and one for all of them, each with the target that applies', async () => {
    const { data, errors } = await run(LAYOUT, { filter: { to: '2022-06-30', formats: ['ONLINE'] } }, Role.ANALYST);
    expect(errors).toBeUndefined();
    const rows = data?.indicatorResults as Row[];
    expect(
      rows.map((r) => [(r.indicator as Row).code, (r.region as Row | null)?.slug ?? null, r.target, (r.targetOrigin as Row).kind]),
    ).toEqual([
      ['ROUNDTABLES_HELD', 'north', 4, 'DEFAULT'],
      ['ROUNDTABLES_HELD', 'south', 4, 'DEFAULT'],
      ['ROUNDTABLES_HELD', null, 8, 'SUM_OF_REGIONS'],
      ['ONSITE_SHARE', 'north', null, 'NONE'],
      ['ONSITE_SHARE', 'south', null, 'NONE'],
      ['ONSITE_SHARE', null, null, 'NONE'],
    ]);
    // The window is the project narrowed by the filter; engagement counts exactly this scope.
    expect(rows[0]).toMatchObject({
      periodStart: '2021-01-01',
      periodEnd: '2022-06-30',
      numerator: 'ROUNDTABLES',
      denominator: null,
      scope: { regions: ['north'], from: '2021-01-01', to: '2022-06-30', formats: ['ONLINE'], illustrative: null },
    });
    expect(rows[2]?.scope).toMatchObject({ regions: null });
    expect(rows[3]).toMatchObject({ numerator: 'ONSITE_PARTICIPANTS', denominator: 'KNOWN_MODE_PARTICIPANTS' });
  });

  it('leaves out periods the filter excludes', async () => {
    const { data } = await run(
      LAYOUT,
      { periods: ['2021', '2022', '2023'], filter: { from: '2022-03-01', regions: ['north'] } },
      Role.ANALYST,
    );
    const periods = rowsOf({ data }, 'indicatorResults').map((r) => `${(r.period as Row).code} ${r.periodStart}`);
    expect([...new Set(periods)]).toEqual(['2022 2022-03-01', '2023 2023-01-01']);
  });

  it('lets an evaluator set targets, audits them, and warns while year targets do not add up', async () => {
    const first = await run(
      SET,
      { input: { indicator: 'ROUNDTABLES_HELD', region: 'north', period: 'SIRA', target: 5, source: 'Work plan v2' } },
      Role.EVALUATOR,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.setIndicatorTarget).toMatchObject({ target: { regionSlug: 'north', target: 5, version: 1 }, warnings: [] });

    const year = await run(SET, { input: { indicator: 'ROUNDTABLES_HELD', region: 'north', period: '2021', target: 2 } }, Role.EVALUATOR);
    expect(rowOf(year, 'setIndicatorTarget').warnings).toEqual([
      {
        indicatorCode: 'ROUNDTABLES_HELD',
        regionSlug: 'north',
        projectTarget: 5,
        periodTargetsSum: 2,
        periodsWithoutTarget: ['2022', '2023'],
        message: 'ROUNDTABLES_HELD for north: the year targets add up to 2, the SIRA target is 5; 2022, 2023 have no target.',
      },
    ]);
    const rest = await run(SET, { input: { indicator: 'ROUNDTABLES_HELD', region: 'north', period: '2022', target: 3 } }, Role.ADMIN);
    expect(rowOf(rest, 'setIndicatorTarget').warnings).toEqual([]);

    const { data } = await run(LAYOUT, { filter: { regions: ['north'] } }, Role.ANALYST);
    expect(rowsOf({ data }, 'indicatorResults')[0]).toMatchObject({ target: 5, targetOrigin: { kind: 'REGION', source: 'Work plan v2' } });

    const history = await run(
      `{ indicatorTargetHistory(indicator: "ROUNDTABLES_HELD") { action actorRole regionSlug after } }`,
      {},
      Role.ANALYST,
    );
    expect(rowsOf(history, 'indicatorTargetHistory').map((e) => [e.action, e.actorRole, e.regionSlug])).toEqual([
      ['CREATE', 'ADMIN', 'north'],
      ['CREATE', 'EVALUATOR', 'north'],
      ['CREATE', 'EVALUATOR', 'north'],
    ]);
  });

  it('changes a target only with the version last read', async () => {
    const input = { indicator: 'ROUNDTABLES_HELD', region: 'south', period: 'SIRA', target: 6 };
    await run(SET, { input }, Role.EVALUATOR);
    const unquoted = await run(SET, { input: { ...input, target: 7 } }, Role.EVALUATOR);
    expect(unquoted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const stale = await run(SET, { input: { ...input, target: 7, version: 3 } }, Role.EVALUATOR);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const changed = await run(SET, { input: { ...input, target: 7, version: 1 } }, Role.EVALUATOR);
    expect(changed.errors).toBeUndefined();
    expect((rowOf(changed, 'setIndicatorTarget') as { target: Row }).target).toMatchObject({ target: 7, version: 2 });
  });

  it('refuses other roles with FORBIDDEN and changes nothing', async () => {
    const before = await run(TARGETS, {}, Role.ADMIN);
    for (const [role, regions] of [
      [Role.COORDINATOR, ['north']],
      [Role.ANALYST, []],
      [Role.FUNDER, []],
      [Role.PUBLIC, []],
    ] as const) {
      const { errors } = await run(SET, { input: { indicator: 'ROUNDTABLES_HELD', region: 'north', period: '2023', target: 1 } }, role, [
        ...regions,
      ]);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(errors?.[0]?.message).toMatch(/set by EVALUATOR and ADMIN users/);
    }
    expect(await run(TARGETS, {}, Role.ADMIN)).toEqual(before);
  });

  it('refuses bad input with every problem named, and changes nothing', async () => {
    const before = await run(TARGETS, {}, Role.ADMIN);
    const { errors } = await run(
      SET,
      { input: { indicator: 'ONSITE_SHARE', region: 'atlantis', period: '2030', baseline: 40, target: -1 } },
      Role.EVALUATOR,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Field rules first (the negative target), then what only the catalogue knows.
    expect(errors?.[0]?.message).toBe('Please correct: target: must be 0 or more.');
    const again = await run(
      SET,
      { input: { indicator: 'ONSITE_SHARE', region: 'atlantis', period: '2030', baseline: 40, target: 0.5 } },
      Role.EVALUATOR,
    );
    expect(again.errors?.[0]?.message).toBe(
      'Please correct: period: unknown period; use one of SIRA, 2021, 2022, 2023; region: unknown region; leave it out for the target of every region; baseline: ONSITE_SHARE is a share: give a fraction from 0 to 1 (0.4 for 40 %).',
    );
    const whole = await run(SET, { input: { indicator: 'PARTICIPANTS', period: 'SIRA', target: 10.5 } }, Role.EVALUATOR);
    expect(whole.errors?.[0]?.message).toBe('Please correct: target: PARTICIPANTS is a count: give a whole number.');
    expect(await run(TARGETS, {}, Role.ADMIN)).toEqual(before);
  });

  it('deletes a target with its version, audited', async () => {
    await run(SET, { input: { indicator: 'ROUNDTABLES_HELD', region: 'south', period: 'SIRA', target: 7 } }, Role.EVALUATOR);
    const { data } = await run(TARGETS, {}, Role.ADMIN);
    const south = rowsOf({ data }, 'indicatorTargets').find((t) => t.regionSlug === 'south') as Row;
    const list = await run(`{ indicatorTargets(indicators: ["ROUNDTABLES_HELD"]) { id regionSlug version } }`, {}, Role.ADMIN);
    const id = rowsOf(list, 'indicatorTargets').find((t) => t.regionSlug === 'south')?.id;
    const deleted = await run(
      `mutation ($id: ID!, $v: Int!) { deleteIndicatorTarget(id: $id, version: $v) { target { target } } }`,
      { id, v: south.version },
      Role.EVALUATOR,
    );
    expect(deleted.errors).toBeUndefined();
    const after = await run(TARGETS, {}, Role.ADMIN);
    expect(rowsOf(after, 'indicatorTargets').some((t) => t.regionSlug === 'south')).toBe(false);
    const history = await run(`{ indicatorTargetHistory(indicator: "ROUNDTABLES_HELD", limit: 1) { action before } }`, {}, Role.EVALUATOR);
    expect(history.data?.indicatorTargetHistory).toMatchObject([{ action: 'DELETE', before: { regionSlug: 'south', target: 7 } }]);
  });

  it('names unknown indicators and periods in a filter of results', async () => {
    const { errors } = await run(`{ indicatorResults(codes: ["NOPE"]) { id } }`, {}, Role.FUNDER);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/Unknown indicator "NOPE" in codes; known indicators: ROUNDTABLES_HELD, PARTICIPANTS/);
    const period = await run(`{ indicatorResults(periods: ["2019"]) { id } }`, {}, Role.FUNDER);
    expect(period.errors?.[0]?.message).toMatch(/Unknown reporting period "2019" in periods; known periods: SIRA, 2021, 2022, 2023/);
  });

  it('keeps the official wording of a framework mapping apart, so it can be corrected without touching a figure', async () => {
    const MAPPINGS = `{ indicator(code: "PARTICIPANTS") { frameworkMappings { framework externalCode officialLabel relation version } } }`;
    const before = rowOf(await run(MAPPINGS, {}, Role.FUNDER), 'indicator');
    const amif = (before.frameworkMappings as Row[]).find((m) => m.framework === 'AMIF') as Row;
    expect(amif).toMatchObject({ externalCode: 'O.2.3', relation: 'CONTRIBUTES_TO', version: 1 });
    const SET_MAPPING = `mutation ($input: SetFrameworkMappingInput!) { setFrameworkMapping(input: $input) { officialLabel version } }`;
    const input = {
      indicator: 'PARTICIPANTS',
      framework: 'AMIF',
      externalCode: 'O.2.3',
      officialLabel: 'Number of participants supported (corrected)',
      relation: 'CONTRIBUTES_TO',
    };
    const refused = await run(SET_MAPPING, { input }, Role.FUNDER);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unquoted = await run(SET_MAPPING, { input }, Role.EVALUATOR);
    expect(unquoted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const corrected = await run(SET_MAPPING, { input: { ...input, version: 1 } }, Role.EVALUATOR);
    expect(corrected.data?.setFrameworkMapping).toEqual({ officialLabel: 'Number of participants supported (corrected)', version: 2 });
    const after = rowOf(await run(MAPPINGS, {}, Role.FUNDER), 'indicator');
    expect((after.frameworkMappings as Row[]).find((m) => m.framework === 'AMIF')).toMatchObject({
      officialLabel: input.officialLabel,
      version: 2,
    });
  });
});
