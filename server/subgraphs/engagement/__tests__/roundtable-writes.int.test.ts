import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// Recording roundtables: who may, what is refused and why, versions that stop two editors
// overwriting each other, and the audit trail that can bring a deleted record back.
describe('writing roundtables', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  const as = (role: Role, regions: string[] = []) => authHeaders(role, regions);

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  const count = async (table: string) =>
    Number((await engagement.database.dataSource.query(`SELECT count(*) AS n FROM engagement.${table}`))[0].n);
  const state = async () => ({
    roundtables: await count('roundtable'),
    audit: await count('audit_entry'),
    rollups: await count('roundtable_attendance_rollup'),
  });

  const CREATE = `mutation($input: RoundtableInput!) { createRoundtable(input: $input) {
    id number version date format attendance { total { min max } online { min max } onsite { min max } unknownMode { min max } } } }`;
  const UPDATE = `mutation($id: ID!, $version: Int!, $input: RoundtableInput!) { updateRoundtable(id: $id, expectedVersion: $version, input: $input) { id version theme } }`;
  const DELETE = 'mutation($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }';
  const soria4 = (overrides: object = {}) => ({
    region: 'soria',
    number: 4,
    date: '2022-05-12',
    format: 'HYBRID',
    attendance: { participants: 15, participantsMax: 20, online: 6, onsite: 7 },
    categories: [{ code: 'NGO', participants: 3 }, { code: 'NEWCOMER' }],
    challenges: [{ code: 'TRANSPORT', note: 'No bus on Saturdays.' }],
    insights: ['Hold the next one near the station.'],
    sources: [{ title: 'Minutes of the fourth Soria roundtable', url: 'https://example.org/soria-4' }],
    ...overrides,
  });

  // Soria's fourth roundtable is the one these tests record: each starts without it, deleted
  // through the API as an editor would.
  beforeEach(async () => {
    const left = await engagement.database.dataSource.query(
      "SELECT id, version FROM engagement.roundtable WHERE region_slug = 'soria' AND number = 4",
    );
    for (const { id, version } of left) {
      expect((await executeOn(engagement, DELETE, { id, v: version }, await as(Role.ADMIN))).errors).toBeUndefined();
    }
  });

  /** Records Soria's fourth roundtable, then edits it until it has `version`. */
  const recordSoria4 = async (version = 1) => {
    const admin = await as(Role.ADMIN);
    const result = await executeOn<{ createRoundtable: { id: string; version: number } }>(engagement, CREATE, { input: soria4() }, admin);
    expect(result.errors).toBeUndefined();
    const recorded = result.data?.createRoundtable as { id: string; version: number };
    while (recorded.version < version) {
      const edit = { id: recorded.id, version: recorded.version, input: soria4({ theme: `Edit ${recorded.version}` }) };
      const updated = await executeOn<{ updateRoundtable: { version: number } }>(engagement, UPDATE, edit, admin);
      expect(updated.errors).toBeUndefined();
      recorded.version = updated.data?.updateRoundtable.version as number;
    }
    return recorded;
  };

  it("lets Soria's coordinator record a roundtable, with figures as ranges and an audit entry", async () => {
    const before = await state();
    const result = await executeOn<{ createRoundtable: { id: string; version: number } }>(
      engagement,
      CREATE,
      { input: soria4() },
      await as(Role.COORDINATOR, ['soria']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createRoundtable).toMatchObject({
      number: 4,
      version: 1,
      date: '2022-05-12',
      format: 'HYBRID',
      attendance: { total: { min: 15, max: 20 }, online: { min: 6, max: 6 }, onsite: { min: 7, max: 7 }, unknownMode: { min: 2, max: 7 } },
    });
    const created = result.data?.createRoundtable as { id: string; version: number };
    expect(await state()).toEqual({ roundtables: before.roundtables + 1, audit: before.audit + 1, rollups: before.rollups + 1 });
    const audit = await executeOn<{ auditLog: { action: string; actorRole: string; before: unknown; after: { number: number } }[] }>(
      engagement,
      'query($id: ID) { auditLog(entityId: $id) { action actorRole before after } }',
      { id: created.id },
      await as(Role.EVALUATOR),
    );
    expect(audit.data?.auditLog).toHaveLength(1);
    expect(audit.data?.auditLog[0]).toMatchObject({
      action: 'CREATE',
      actorRole: 'COORDINATOR',
      before: null,
      after: { number: 4, regionSlug: 'soria' },
    });
  });

  it.each([
    ['a coordinator of another region', Role.COORDINATOR, ['soria'], 'teruel', 'soria; teruel is not one of your regions'],
    ['an analyst', Role.ANALYST, [], 'soria', 'An ANALYST user cannot change records'],
    ['an evaluator', Role.EVALUATOR, [], 'soria', 'An EVALUATOR user cannot change records'],
    ['a funder', Role.FUNDER, [], 'soria', 'A FUNDER user cannot change records'],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_who, role, regions, region, message) => {
    const before = await state();
    const result = await executeOn(engagement, CREATE, { input: soria4({ region, number: 9 }) }, await as(role, regions));
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await state()).toEqual(before);
  });

  it('refuses an anonymous visitor', async () => {
    const result = await executeOn(engagement, CREATE, { input: soria4({ number: 9 }) });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('names every problem of a bad record at once, field rules and checks across fields together, and writes nothing', async () => {
    const before = await state();
    const result = await executeOn(
      engagement,
      CREATE,
      {
        input: soria4({
          number: 0,
          date: '2022-02-30',
          format: 'ONLINE',
          attendance: { participants: 10, online: 8, onsite: 5 },
          categories: [{ code: 'ALIENS' }, { code: 'NGO', participants: 12 }],
          challenges: [{ code: 'WEATHER' }],
        }),
      },
      await as(Role.ADMIN),
    );
    const message = result.errors?.[0]?.message ?? '';
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const expected of [
      'number: must be 1 or more',
      'date: date must be a date written YYYY-MM-DD',
      'attendance: online (8) + onsite (5) must be at most the number of participants (10); correct the split or the participants',
      'attendance.onsite: must be empty or 0 for an online roundtable (5 given); correct it or the format',
      'categories.0.code: "ALIENS" is not a stakeholder category',
      'categories.1.participants: must be at most the number of participants (10); correct it or the participants',
      'challenges.0.code: "WEATHER" is not a challenge',
    ]) {
      expect(message).toContain(expected);
    }
    const problems = (result.errors?.[0]?.extensions.problems ?? []) as { field: string; ruleCode?: string }[];
    const fields = problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['number', 'date', 'attendance', 'categories.0.code', 'challenges.0.code']));
    // A problem a validation rule found names the rule, so a form can say it in its own language.
    expect(problems.filter((problem) => problem.ruleCode).map(({ field, ruleCode }) => `${ruleCode} ${field}`)).toEqual([
      'SPLIT_WITHIN_TOTAL attendance',
      'ONLINE_WITHOUT_ONSITE attendance.onsite',
      'CATEGORY_WITHIN_TOTAL categories.1.participants',
    ]);
    expect(await state()).toEqual(before);
  });

  it('says each problem once: an empty date is required, not also a date written otherwise', async () => {
    const result = await executeOn(
      engagement,
      CREATE,
      { input: soria4({ date: '', categories: [{ code: 'aliens' }] }) },
      await as(Role.ADMIN),
    );
    const problems = (result.errors?.[0]?.extensions.problems ?? []) as { field: string; message: string }[];
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'date: is required',
      'categories.0.code: must be a category code such as NGO or LOCAL_AUTHORITY',
    ]);
  });

  it("records a platform's own roundtable without a source: its recorder and time are in the audit trail", async () => {
    const before = await state();
    const { sources: _none, ...own } = soria4();
    const result = await executeOn<{ createRoundtable: { id: string } }>(
      engagement,
      CREATE,
      { input: own },
      await as(Role.COORDINATOR, ['soria']),
    );
    expect(result.errors).toBeUndefined();
    const id = result.data?.createRoundtable.id as string;
    expect(await state()).toEqual({ roundtables: before.roundtables + 1, audit: before.audit + 1, rollups: before.rollups + 1 });
    const read = await executeOn<{ roundtable: { sources: unknown[]; attendance: { total: unknown; source: unknown } } }>(
      engagement,
      'query($id: ID!) { roundtable(id: $id) { sources { title } attendance { total { min max } source { title } } } }',
      { id },
      await as(Role.ANALYST),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.roundtable).toEqual({ sources: [], attendance: { total: { min: 15, max: 20 }, source: null } });
    const audit = await executeOn<{ auditLog: { action: string; actorRole: string; at: string }[] }>(
      engagement,
      'query($id: ID) { auditLog(entityId: $id) { action actorRole at } }',
      { id },
      await as(Role.EVALUATOR),
    );
    expect(audit.data?.auditLog).toEqual([{ action: 'CREATE', actorRole: 'COORDINATOR', at: expect.any(String) }]);
  });

  it('refuses a second roundtable with the same number in a region', async () => {
    const result = await executeOn(engagement, CREATE, { input: soria4({ number: 3 }) }, await as(Role.ADMIN));
    expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe('soria already has a roundtable number 3; use another number or edit that one.');
  });

  it('updates with the version read, and refuses a stale version instead of overwriting', async () => {
    const created = await recordSoria4();
    const coordinator = await as(Role.COORDINATOR, ['soria']);
    const first = await executeOn<{ updateRoundtable: { version: number } }>(
      engagement,
      UPDATE,
      { id: created.id, version: 1, input: soria4({ theme: 'Transport' }) },
      coordinator,
    );
    expect(first.data?.updateRoundtable).toMatchObject({ version: 2, theme: 'Transport' });
    const stale = await executeOn(engagement, UPDATE, { id: created.id, version: 1, input: soria4({ theme: 'Overwritten' }) }, coordinator);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const theme = await engagement.database.dataSource.query('SELECT theme, version FROM engagement.roundtable WHERE id = $1', [
      created.id,
    ]);
    expect(theme).toEqual([{ theme: 'Transport', version: 2 }]);
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const created = await recordSoria4(2);
    const admin = await as(Role.ADMIN);
    const results = await Promise.all(
      ['Edit A', 'Edit B'].map((theme) => executeOn(engagement, UPDATE, { id: created.id, version: 2, input: soria4({ theme }) }, admin)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('deletes, then restores the roundtable whole from the audit trail', async () => {
    const created = await recordSoria4(3);
    const admin = await as(Role.ADMIN);
    const [{ version }] = await engagement.database.dataSource.query('SELECT version FROM engagement.roundtable WHERE id = $1', [
      created.id,
    ]);
    const deleted = await executeOn(engagement, DELETE, { id: created.id, v: version }, admin);
    expect(deleted.data).toEqual({ deleteRoundtable: created.id });
    expect(await engagement.database.dataSource.query('SELECT 1 FROM engagement.roundtable WHERE id = $1', [created.id])).toEqual([]);

    const log = await executeOn<{ auditLog: { id: string; action: string }[] }>(
      engagement,
      'query($id: ID) { auditLog(entityId: $id) { id action } }',
      { id: created.id },
      await as(Role.ANALYST),
    );
    expect(log.data?.auditLog.map((entry) => entry.action)).toEqual(['DELETE', 'UPDATE', 'UPDATE', 'CREATE']);
    const deletion = log.data?.auditLog[0]?.id;

    const restored = await executeOn<{
      restoreRoundtable: { id: string; number: number; attendance: unknown; challenges: unknown; insights: unknown };
    }>(
      engagement,
      `mutation($entry: ID!) { restoreRoundtable(auditEntryId: $entry) { id number attendance { total { min max } }
         challenges { challenge { code } note } insights { text } } }`,
      { entry: deletion },
      await as(Role.COORDINATOR, ['soria']),
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.restoreRoundtable).toMatchObject({
      id: created.id,
      number: 4,
      attendance: { total: { min: 15, max: 20 } },
      challenges: [{ challenge: { code: 'TRANSPORT' }, note: 'No bus on Saturdays.' }],
      insights: [{ text: 'Hold the next one near the station.' }],
    });
    const again = await executeOn(
      engagement,
      'mutation($entry: ID!) { restoreRoundtable(auditEntryId: $entry) { id } }',
      { entry: deletion },
      admin,
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('lets a coordinator read the history of its own region only, to restore what was deleted there', async () => {
    await recordSoria4();
    const coordinator = await as(Role.COORDINATOR, ['soria']);
    const own = await executeOn<{ auditLog: { regionSlug: string }[] }>(
      engagement,
      '{ auditLog(region: "soria") { regionSlug } }',
      {},
      coordinator,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.auditLog.length).toBeGreaterThan(0);
    expect(new Set(own.data?.auditLog.map((entry) => entry.regionSlug))).toEqual(new Set(['soria']));
    const other = await executeOn(engagement, '{ auditLog(region: "teruel") { id } }', {}, coordinator);
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toBe('A coordinator reads the history of its own regions: ask with region set to soria.');
  });

  it('keeps the audit trail from aggregate-only roles', async () => {
    for (const role of [Role.FUNDER, Role.COORDINATOR]) {
      const result = await executeOn(engagement, '{ auditLog { id } }', {}, await as(role, role === Role.COORDINATOR ? ['soria'] : []));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await executeOn(engagement, '{ auditLog { id } }');
    expect(anonymous.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
