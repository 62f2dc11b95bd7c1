import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newSource } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

const SOURCE = newSource();
/** Records kept from before the rules: what the stored-data check is for. */
const PLANTED = dataSet({
  regions: [
    { slug: 'rules-north', name: 'Rules North', country: 'ES' },
    { slug: 'rules-south', name: 'Rules South', country: 'ES' },
  ],
  sources: [SOURCE],
  roundtables: [
    {
      region: 'rules-north',
      number: 1,
      date: '2022-03-01',
      format: 'ONLINE',
      durationMinutes: 5,
      source: SOURCE.ref,
      attendance: { total: 10, online: 8, onsite: 2 },
    },
    {
      region: 'rules-north',
      number: 2,
      date: '2024-06-01',
      format: 'ONLINE',
      source: SOURCE.ref,
      attendance: { total: 12, onsite: 0, organisations: 20 },
    },
    {
      region: 'rules-south',
      number: 1,
      date: '2021-05-05',
      format: 'ONSITE',
      source: SOURCE.ref,
      attendance: { total: { min: 3, max: 4 }, online: 1 },
      categories: [
        { code: 'VOLUNTEER' },
        { code: 'NGO', participants: 6 },
        { code: 'STUDENT' },
        { code: 'CIVIL_SOCIETY' },
        { code: 'LOCAL_AUTHORITY' },
      ],
    },
    // Nothing known, so no rule applies.
    { region: 'rules-south', number: 2, date: '2022-09-09', source: SOURCE.ref },
  ],
});
const PLANTED_REGIONS = ['rules-north', 'rules-south'];

const FINDINGS = `query($filter: AnalyticsFilter, $severity: RuleSeverity, $ruleCode: String, $page: PageInput, $orderBy: RuleFindingOrder) {
  ruleFindings(filter: $filter, severity: $severity, ruleCode: $ruleCode, page: $page, orderBy: $orderBy) {
    totalCount rows { roundtable { number date region { slug } } ruleCode severity field message } } }`;
const FINDING = 'ruleCode severity field message values { name value }';
const ROUNDTABLE = `id version number warnings { ${FINDING} }`;
const CREATE = `mutation($input: RoundtableInput!) { createRoundtable(input: $input) { ${ROUNDTABLE} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: RoundtableInput!) {
  updateRoundtable(id: $id, expectedVersion: $version, input: $input) { ${ROUNDTABLE} } }`;
const IMPORT = `mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: false) {
  valid written rows { line number action warnings { column ruleCode message } } errors { line column message ruleCode } } }`;
const CSV_HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';

interface Finding {
  roundtable: { number: number; date: string; region: { slug: string } };
  ruleCode: string;
  severity: string;
  field: string;
  message: string;
}

// The validation rules as data: a write breaking an ERROR rule is refused and changes nothing,
// one breaking a WARNING rule is recorded and says so, and ruleFindings lists what stored
// records break, for the roles that see records.
describe('validation rules', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    await loadDataset(subgraphs.geography as Subgraph, engagement, PLANTED);
  });
  afterAll(() => subgraphs.close());

  const run = async <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    executeOn<Data>(engagement, query, variables, headers);
  const admin = () => authHeaders(Role.ADMIN);
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const findings = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const result = await run<{ ruleFindings: { totalCount: number; rows: Finding[] } }>(FINDINGS, variables, headers ?? (await admin()));
    expect(result.errors).toBeUndefined();
    return result.data?.ruleFindings as { totalCount: number; rows: Finding[] };
  };
  const brief = (rows: Finding[]) =>
    rows.map((row) => `${row.roundtable.region.slug} ${row.roundtable.number} ${row.ruleCode} ${row.field}`);
  const state = async () =>
    engagement.database.dataSource.query(
      `SELECT (SELECT count(*)::int FROM engagement.roundtable) AS roundtables,
              (SELECT count(*)::int FROM engagement.audit_entry) AS audits,
              (SELECT json_agg(json_build_object('id', id, 'version', version) ORDER BY id) FROM engagement.roundtable) AS versions`,
    );

  let nextNumber = 100;
  const soria = (overrides: object = {}) => ({
    region: 'soria',
    number: nextNumber++,
    date: '2022-06-15',
    format: 'HYBRID',
    durationMinutes: 90,
    attendance: { participants: 20, online: 5, onsite: 15 },
    categories: [{ code: 'NGO' }],
    sources: [{ title: 'Minutes', url: 'https://example.org/minutes' }],
    ...overrides,
  });

  it('finds nothing in the published data, errors or warnings', async () => {
    const published = PUBLISHED_DATASET.regions.map((region) => region.slug);
    expect(await findings({ filter: { regions: published } })).toEqual({ totalCount: 0, rows: [] });
  });

  it('lists exactly what the planted records break, by date, with the English message', async () => {
    const all = await findings({ filter: { regions: PLANTED_REGIONS } });
    expect(all.totalCount).toBe(7);
    expect(brief(all.rows)).toEqual([
      'rules-south 1 ONSITE_WITHOUT_ONLINE attendance.online',
      'rules-south 1 CATEGORY_WITHIN_TOTAL categories.2.participants',
      'rules-south 1 CATEGORIES_WITHIN_TOTAL categories',
      'rules-north 1 ONLINE_WITHOUT_ONSITE attendance.onsite',
      'rules-north 1 DURATION_PLAUSIBLE durationMinutes',
      'rules-north 2 DATE_IN_PROJECT date',
      'rules-north 2 ORGANISATIONS_WITHIN_TOTAL attendance.organisations',
    ]);
    expect(all.rows[2]).toEqual({
      roundtable: { number: 1, date: '2021-05-05', region: { slug: 'rules-south' } },
      ruleCode: 'CATEGORIES_WITHIN_TOTAL',
      severity: 'ERROR',
      field: 'categories',
      message:
        '5 categories are present, but the participants are at most 4: each category present had at least one person there; remove one or correct the participants',
    });
    expect(all.rows[5]?.message).toBe('is outside the project (2021-01-01 to 2023-03-31); check the date');
  });

  it('filters by severity and rule, sorts by region or rule either way, and pages after evaluating', async () => {
    const filter = { regions: PLANTED_REGIONS };
    expect(brief((await findings({ filter, severity: 'WARNING' })).rows)).toEqual([
      'rules-north 1 DURATION_PLAUSIBLE durationMinutes',
      'rules-north 2 DATE_IN_PROJECT date',
      'rules-north 2 ORGANISATIONS_WITHIN_TOTAL attendance.organisations',
    ]);
    expect(await findings({ filter, ruleCode: 'ONLINE_WITHOUT_ONSITE' })).toMatchObject({ totalCount: 1 });
    expect(await findings({ filter, severity: 'WARNING', ruleCode: 'ONLINE_WITHOUT_ONSITE' })).toEqual({ totalCount: 0, rows: [] });
    expect(brief((await findings({ filter, orderBy: { field: 'REGION', direction: 'DESC' } })).rows)).toEqual([
      'rules-south 1 ONSITE_WITHOUT_ONLINE attendance.online',
      'rules-south 1 CATEGORY_WITHIN_TOTAL categories.2.participants',
      'rules-south 1 CATEGORIES_WITHIN_TOTAL categories',
      'rules-north 1 ONLINE_WITHOUT_ONSITE attendance.onsite',
      'rules-north 1 DURATION_PLAUSIBLE durationMinutes',
      'rules-north 2 DATE_IN_PROJECT date',
      'rules-north 2 ORGANISATIONS_WITHIN_TOTAL attendance.organisations',
    ]);
    const byRule = await findings({ filter, orderBy: { field: 'RULE', direction: 'ASC' }, page: { offset: 2, limit: 3 } });
    expect(byRule.totalCount).toBe(7);
    expect(brief(byRule.rows)).toEqual([
      'rules-north 2 DATE_IN_PROJECT date',
      'rules-north 1 DURATION_PLAUSIBLE durationMinutes',
      'rules-north 1 ONLINE_WITHOUT_ONSITE attendance.onsite',
    ]);
    expect(await findings({ filter, page: { offset: 7, limit: 5 } })).toEqual({ totalCount: 7, rows: [] });
    const unknown = await run(FINDINGS, { ruleCode: 'NO_SUCH_RULE' }, await admin());
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toMatch(/^ruleCode "NO_SUCH_RULE" is not a rule; known: ONLINE_WITHIN_TOTAL, /);
  });

  it('shows a coordinator its own regions only, and refuses FUNDER and PUBLIC', async () => {
    const north = await authHeaders(Role.COORDINATOR, ['rules-north']);
    expect(brief((await findings({}, north)).rows)).toEqual([
      'rules-north 1 ONLINE_WITHOUT_ONSITE attendance.onsite',
      'rules-north 1 DURATION_PLAUSIBLE durationMinutes',
      'rules-north 2 DATE_IN_PROJECT date',
      'rules-north 2 ORGANISATIONS_WITHIN_TOTAL attendance.organisations',
    ]);
    const south = await run(FINDINGS, { filter: { regions: ['rules-south'] } }, north);
    expect(codeOf(south)).toBe('FORBIDDEN');
    expect(south.errors?.[0]?.message).toBe('You coordinate rules-north; rules-south is not one of your regions.');
    for (const role of [Role.EVALUATOR, Role.ANALYST]) {
      expect(await findings({ filter: { regions: PLANTED_REGIONS } }, await authHeaders(role))).toMatchObject({ totalCount: 7 });
    }
    expect(codeOf(await run(FINDINGS, {}, await authHeaders(Role.FUNDER)))).toBe('FORBIDDEN');
    expect(codeOf(await run(FINDINGS, {}, {}))).toBe('FORBIDDEN');
  });

  it('refuses a roundtable breaking an ERROR rule, naming the field, the rule and what to fix, and records nothing', async () => {
    const before = await state();
    const result = await run(
      CREATE,
      { input: soria({ format: 'ONSITE', attendance: { participants: 20, online: 30, onsite: 5 }, durationMinutes: 5 }) },
      await admin(),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      {
        field: 'attendance.online',
        message: 'must be at most the number of participants (20); correct it or the participants',
        ruleCode: 'ONLINE_WITHIN_TOTAL',
      },
      {
        field: 'attendance',
        message: 'online (30) + onsite (5) must be at most the number of participants (20); correct the split or the participants',
        ruleCode: 'SPLIT_WITHIN_TOTAL',
      },
      {
        field: 'attendance.online',
        message: 'must be empty or 0 for an onsite roundtable (30 given); correct it or the format',
        ruleCode: 'ONSITE_WITHOUT_ONLINE',
      },
    ]);
    expect(await state()).toEqual(before);
  });

  it('records a roundtable breaking WARNING rules and returns the warnings, with the facts they name', async () => {
    const result = await run<{ createRoundtable: { id: string; version: number; warnings: unknown[] } }>(
      CREATE,
      { input: soria({ date: '2024-02-01', durationMinutes: 700, attendance: { participants: 4, organisations: 6 } }) },
      await authHeaders(Role.COORDINATOR, ['soria']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createRoundtable.warnings).toEqual([
      {
        ruleCode: 'DATE_IN_PROJECT',
        severity: 'WARNING',
        field: 'date',
        message: 'is outside the project (2021-01-01 to 2023-03-31); check the date',
        values: [
          { name: 'date', value: '2024-02-01' },
          { name: 'projectStartsOn', value: '2021-01-01' },
          { name: 'projectEndsOn', value: '2023-03-31' },
        ],
      },
      {
        ruleCode: 'DURATION_PLAUSIBLE',
        severity: 'WARNING',
        field: 'durationMinutes',
        message: 'is 700 minutes, while a roundtable lasts 15 to 600; check it',
        values: [{ name: 'durationMinutes', value: '700' }],
      },
      {
        ruleCode: 'ORGANISATIONS_WITHIN_TOTAL',
        severity: 'WARNING',
        field: 'attendance.organisations',
        message: 'is more than the number of participants (4), while each organisation represented has someone there; check both',
        values: [
          { name: 'organisations', value: '6' },
          { name: 'participantsMax', value: '4' },
        ],
      },
    ]);
    // Stored, so the stored-data check finds the same.
    const stored = await findings({ filter: { regions: ['soria'] }, severity: 'WARNING' });
    expect(stored.rows.filter((row) => row.roundtable.date === '2024-02-01').map((row) => row.ruleCode)).toEqual([
      'DATE_IN_PROJECT',
      'DURATION_PLAUSIBLE',
      'ORGANISATIONS_WITHIN_TOTAL',
    ]);
    // The figures behind them are the coordinator's to see, not the funder's nor another region's coordinator's.
    const id = result.data?.createRoundtable.id;
    const read = `query($id: ID!) { roundtable(id: $id) { warnings { ruleCode } } }`;
    const other = await run<{ roundtable: { warnings: unknown } | null }>(read, { id }, await authHeaders(Role.COORDINATOR, ['teruel']));
    expect(other.data?.roundtable).toEqual({ warnings: null });
  });

  it('refuses an update breaking an ERROR rule and keeps the record as it was; a fixed one saves', async () => {
    const coordinator = await authHeaders(Role.COORDINATOR, ['soria']);
    const input = soria();
    const created = await run<{ createRoundtable: { id: string; version: number; warnings: unknown[] } }>(CREATE, { input }, coordinator);
    expect(created.data?.createRoundtable.warnings).toEqual([]);
    const id = created.data?.createRoundtable.id;
    const before = await state();
    const refused = await run(
      UPDATE,
      { id, version: 1, input: { ...input, format: 'ONLINE', categories: [{ code: 'NGO', participants: 25 }] } },
      coordinator,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(
      ((refused.errors?.[0]?.extensions?.problems ?? []) as { ruleCode: string; field: string }[]).map((p) => `${p.ruleCode} ${p.field}`),
    ).toEqual(['ONLINE_WITHOUT_ONSITE attendance.onsite', 'CATEGORY_WITHIN_TOTAL categories.0.participants']);
    expect(await state()).toEqual(before);
    const saved = await run<{ updateRoundtable: { version: number; warnings: unknown[] } }>(
      UPDATE,
      { id, version: 1, input: { ...input, durationMinutes: 10 } },
      coordinator,
    );
    expect(saved.data?.updateRoundtable).toMatchObject({ version: 2, warnings: [{ ruleCode: 'DURATION_PLAUSIBLE' }] });
  });

  it('refuses an import with a row breaking an ERROR rule, and imports one breaking WARNING rules, reporting them per row', async () => {
    const before = await state();
    const refused = await run<{ importRoundtables: { valid: boolean; errors: unknown[] } }>(
      IMPORT,
      {
        csv: [
          CSV_HEADER,
          'teruel,201,2022-04-01,hybrid,90,10,,6,6,,,,https://example.org/t201',
          'teruel,202,2022-04-02,online,90,10,,,,,,,https://example.org/t202',
          '',
        ].join('\n'),
      },
      await admin(),
    );
    expect(refused.data?.importRoundtables).toMatchObject({ valid: false });
    expect(refused.data?.importRoundtables.errors).toEqual([
      {
        line: 2,
        column: 'online',
        message: 'online (6) + onsite (6) must be at most the number of participants (10); correct the split or the participants',
        ruleCode: 'SPLIT_WITHIN_TOTAL',
      },
    ]);
    expect(await state()).toEqual(before);

    const imported = await run<{ importRoundtables: { written: boolean; rows: unknown[] } }>(
      IMPORT,
      { csv: [CSV_HEADER, 'teruel,203,2020-11-30,onsite,10,5,,,5,,,,https://example.org/t203', ''].join('\n') },
      await admin(),
    );
    expect(imported.data?.importRoundtables).toEqual({
      valid: true,
      written: true,
      rows: [
        {
          line: 2,
          number: 203,
          action: 'CREATE',
          warnings: [
            { column: 'date', ruleCode: 'DATE_IN_PROJECT', message: 'is outside the project (2021-01-01 to 2023-03-31); check the date' },
            {
              column: 'duration_minutes',
              ruleCode: 'DURATION_PLAUSIBLE',
              message: 'is 10 minutes, while a roundtable lasts 15 to 600; check it',
            },
          ],
        },
      ],
      errors: [],
    });
  });

  it('gives Roundtable.warnings to the roles that see records, and null to FUNDER and PUBLIC', async () => {
    const read = '{ roundtables(filter: { regions: ["rules-north"] }) { number warnings { ruleCode } } }';
    const as = async (headers: Record<string, string>) => {
      const result = await run<{ roundtables: { number: number; warnings: { ruleCode: string }[] | null }[] }>(read, {}, headers);
      expect(result.errors).toBeUndefined();
      return result.data?.roundtables;
    };
    expect(await as(await authHeaders(Role.ANALYST))).toEqual([
      { number: 1, warnings: [{ ruleCode: 'DURATION_PLAUSIBLE' }] },
      { number: 2, warnings: [{ ruleCode: 'DATE_IN_PROJECT' }, { ruleCode: 'ORGANISATIONS_WITHIN_TOTAL' }] },
    ]);
    for (const headers of [await authHeaders(Role.FUNDER), {}]) {
      expect(await as(headers)).toEqual([
        { number: 1, warnings: null },
        { number: 2, warnings: null },
      ]);
    }
  });
});
