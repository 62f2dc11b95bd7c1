import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { regionRollupDrift } from '../../../test-support/region-rollup-drift';
import { type RoundtablesFileCodes, roundtablesFile } from '../../../test-support/roundtables-file';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';
import type { ImportReport } from '../import/import-report.types';
import { refreshRollups } from '../rollup/refresh-rollups';
import { readSnapshots } from '../roundtable/roundtable-content';

const ROWS = 5_000;
const FIRST_NUMBER = 1_000;

const IMPORT = `mutation($csv: String!) { importRoundtables(csv: $csv) {
  valid written created updated unchanged errors { line column message } } }`;

// Every rollup, per roundtable and per region, in one comparable form.
const ROLLUP_TABLES = [
  'roundtable_attendance_rollup',
  'roundtable_category_rollup',
  'roundtable_profile_rollup',
  'region_attendance_rollup',
  'region_category_rollup',
  'region_challenge_rollup',
];

// A coordinator's largest file, written as a whole: created, updated, refused for one bad row,
// and raced by another import of the same roundtables. What it leaves must be what writing each
// roundtable alone and recomputing every rollup from scratch leaves.
describe('importing 5,000 roundtables at once', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  let admin: Record<string, string>;
  let codes: RoundtablesFileCodes;

  const query = <T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> =>
    engagement.database.dataSource.query(sql, params);
  const importCsv = async (csv: string) => {
    const result = await executeOn<{ importRoundtables: ImportReport }>(engagement, IMPORT, { csv }, admin);
    return result;
  };
  type Counts = Record<'roundtables' | 'audit' | 'sources' | 'mentions' | 'categories' | 'attendance' | 'rollups', number> & {
    regionRollups: string;
  };
  const counts = async (): Promise<Counts> =>
    (
      await query<Counts>(
        `SELECT (SELECT count(*) FROM engagement.roundtable)::int AS roundtables, (SELECT count(*) FROM engagement.audit_entry)::int AS audit,
                (SELECT count(*) FROM engagement.source)::int AS sources, (SELECT count(*) FROM engagement.challenge_mention)::int AS mentions,
                (SELECT count(*) FROM engagement.published_category)::int AS categories,
                (SELECT count(*) FROM engagement.published_attendance)::int AS attendance,
                (SELECT count(*) FROM engagement.roundtable_attendance_rollup)::int AS rollups,
                (SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) FROM engagement.region_attendance_rollup r) AS "regionRollups"`,
      )
    )[0] as Counts;
  const rollups = async () => {
    const tables: Record<string, string[]> = {};
    for (const table of ROLLUP_TABLES) {
      tables[table] = (await query<{ row: string }>(`SELECT r::text AS row FROM engagement.${table} r ORDER BY 1`)).map((r) => r.row);
    }
    return tables;
  };
  /** Every rollup recomputed from scratch, from the records alone. */
  const recomputeRollups = async () => {
    const ids = (await query<{ id: string }>('SELECT id FROM engagement.roundtable')).map((row) => row.id);
    await engagement.database.dataSource.transaction(async (manager) => {
      await manager.query(
        'TRUNCATE engagement.roundtable_attendance_rollup, engagement.roundtable_category_rollup, engagement.roundtable_profile_rollup',
      );
      await refreshRollups(manager, ids);
      await manager.query(`SELECT engagement.refresh_region_attendance_rollup(ARRAY(SELECT slug FROM engagement.region_ref)),
        engagement.refresh_region_category_rollup(ARRAY(SELECT slug FROM engagement.region_ref)),
        engagement.refresh_region_challenge_rollup(ARRAY(SELECT slug FROM engagement.region_ref))`);
    });
  };
  const importedIds = async (firstNumber: number) =>
    (await query<{ id: string }>('SELECT id FROM engagement.roundtable WHERE number >= $1 ORDER BY id', [firstNumber])).map(
      (row) => row.id,
    );

  beforeAll(async () => {
    admin = await authHeaders(Role.ADMIN);
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    const column = async (sql: string) => (await query<{ code: string }>(sql)).map((row) => row.code);
    codes = {
      regions: await column('SELECT slug AS code FROM engagement.region_ref ORDER BY slug'),
      categories: await column('SELECT code FROM engagement.category_ref ORDER BY code'),
      challenges: await column('SELECT code FROM engagement.challenge ORDER BY code'),
    };
  });
  afterAll(() => subgraphs.close());

  it('refuses the whole file for its last row, naming that line, and writes nothing', async () => {
    const before = await counts();
    const result = await importCsv(roundtablesFile(codes, { rows: ROWS, firstNumber: FIRST_NUMBER, badLastRow: true }));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importRoundtables).toMatchObject({
      valid: false,
      written: false,
      errors: [{ line: ROWS + 1, column: 'date', message: 'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2024-02-30"' }],
    });
    expect(await counts()).toEqual(before);
  }, 300_000);

  it('creates them all, each with its audit entry, and leaves the rollups a recomputation from scratch gives', async () => {
    const before = await counts();
    const result = await importCsv(roundtablesFile(codes, { rows: ROWS, firstNumber: FIRST_NUMBER }));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importRoundtables).toMatchObject({ valid: true, written: true, created: ROWS, updated: 0, errors: [] });
    const after = await counts();
    expect(after).toMatchObject({
      roundtables: before.roundtables + ROWS,
      audit: before.audit + ROWS,
      mentions: before.mentions + 2 * ROWS,
      categories: before.categories + 2 * ROWS,
      attendance: before.attendance + ROWS,
      rollups: before.rollups + ROWS,
      // One source per region, however many rows cite it.
      sources: before.sources + codes.regions.length,
    });

    // Each roundtable's entry holds it as it was written, as the form's would.
    const ids = await importedIds(FIRST_NUMBER);
    const snapshots = await readSnapshots(engagement.database.dataSource.manager, ids);
    const entries = await query<{ entityId: string; before: unknown; after: unknown; actorRole: string }>(
      `SELECT entity_id AS "entityId", before, after, actor_role AS "actorRole" FROM engagement.audit_entry
       WHERE action = 'IMPORT' AND entity_id = ANY($1::uuid[]) ORDER BY entity_id`,
      [ids],
    );
    expect(entries).toHaveLength(ROWS);
    expect(entries).toEqual(
      ids.map((id) => ({ entityId: id, before: null, after: JSON.parse(JSON.stringify(snapshots.get(id))), actorRole: 'ADMIN' })),
    );

    expect(await regionRollupDrift(engagement.database.dataSource)).toEqual([]);
    const written = await rollups();
    await recomputeRollups();
    expect(await rollups()).toEqual(written);
  }, 300_000);

  it('updates them all, each audited before and after, and the rollups follow', async () => {
    const ids = await importedIds(FIRST_NUMBER);
    const before = await readSnapshots(engagement.database.dataSource.manager, ids);
    const result = await importCsv(roundtablesFile(codes, { rows: ROWS, firstNumber: FIRST_NUMBER, shift: 5 }));
    expect(result.data?.importRoundtables).toMatchObject({ valid: true, written: true, created: 0, updated: ROWS, errors: [] });
    const after = await readSnapshots(engagement.database.dataSource.manager, ids);
    expect([...after.values()].every((roundtable) => roundtable.version === 2)).toBe(true);
    const entries = await query<{ entityId: string; before: unknown; after: unknown }>(
      `SELECT entity_id AS "entityId", before, after FROM engagement.audit_entry
       WHERE action = 'IMPORT' AND entity_id = ANY($1::uuid[]) AND (after ->> 'version')::int = 2 ORDER BY entity_id`,
      [ids],
    );
    expect(entries).toEqual(
      ids.map((id) => ({
        entityId: id,
        before: JSON.parse(JSON.stringify(before.get(id))),
        after: JSON.parse(JSON.stringify(after.get(id))),
      })),
    );
    expect(await regionRollupDrift(engagement.database.dataSource)).toEqual([]);
    const written = await rollups();
    await recomputeRollups();
    expect(await rollups()).toEqual(written);
  }, 300_000);

  it('lets two imports of the same new roundtables run at once without a deadlock or a duplicate: one after the other', async () => {
    const firstNumber = FIRST_NUMBER + ROWS;
    const soria = { ...codes, regions: ['soria'] };
    const files = [0, 1].map((shift) => roundtablesFile(soria, { rows: 1_000, firstNumber, shift }));
    const outcomes = await Promise.all(files.map((csv) => importCsv(csv)));
    const said = outcomes.map((outcome) =>
      outcome.errors ? String(outcome.errors[0]?.extensions.code) : outcome.data?.importRoundtables.written ? 'WRITTEN' : 'INVALID',
    );
    // Each waits for the other's regions, so the second plans over what the first wrote: it updates them.
    expect(said.filter((code) => code !== 'WRITTEN' && code !== 'CONFLICT')).toEqual([]);
    expect(said).toContain('WRITTEN');
    const reports = outcomes.flatMap((outcome) => (outcome.data?.importRoundtables ? [outcome.data.importRoundtables] : []));
    expect(reports.map(({ created, updated }) => created + updated).sort()).toEqual(reports.map(() => 1_000));
    expect(reports.reduce((sum, report) => sum + report.created, 0)).toBe(1_000);
    const recorded = await query<{ roundtables: number; keys: number }>(
      `SELECT count(*)::int AS roundtables, count(DISTINCT number)::int AS keys FROM engagement.roundtable
       WHERE region_slug = 'soria' AND number >= $1`,
      [firstNumber],
    );
    expect(recorded).toEqual([{ roundtables: 1_000, keys: 1_000 }]);
    expect(await regionRollupDrift(engagement.database.dataSource)).toEqual([]);
  }, 300_000);
});
