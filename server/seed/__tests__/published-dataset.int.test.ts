import type { Subgraph } from '../../core/subgraph';
import { startTestSubgraphs } from '../../test-support/test-database';
import { loadDataset } from '../load-dataset';
import { PUBLISHED_DATASET } from '../published-dataset';

const COUNTED_TABLES = [
  'geography.region',
  'geography.organisation',
  'engagement.region_ref',
  'engagement.source',
  'engagement.roundtable',
  'engagement.published_attendance',
  'engagement.published_category',
  'engagement.roundtable_organiser',
  'engagement.challenge_mention',
  'engagement.insight',
  'engagement.interest',
  'engagement.roundtable_attendance_rollup',
  'engagement.roundtable_category_rollup',
];

describe('the published data set', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  const counts = async () => {
    const db = subgraphs.engagement.database.dataSource;
    const result: Record<string, number> = {};
    for (const table of COUNTED_TABLES) result[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    return result;
  };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
  });
  afterAll(() => subgraphs.close());

  it('holds the ten regions and every published figure, each with its source', async () => {
    await loadDataset(subgraphs.geography as Subgraph, subgraphs.engagement, PUBLISHED_DATASET);
    expect(await counts()).toEqual({
      'geography.region': 10,
      'geography.organisation': 3,
      'engagement.region_ref': 10,
      'engagement.source': 2,
      'engagement.roundtable': 2,
      'engagement.published_attendance': 2,
      'engagement.published_category': 13,
      'engagement.roundtable_organiser': 6,
      'engagement.challenge_mention': 5,
      'engagement.insight': 8,
      'engagement.interest': 4,
      'engagement.roundtable_attendance_rollup': 2,
      'engagement.roundtable_category_rollup': 13,
    });
    const unsourced = await subgraphs.engagement.database.dataSource.query(`
      SELECT 'attendance' AS what FROM engagement.published_attendance WHERE source_id IS NULL
      UNION ALL SELECT 'category' FROM engagement.published_category WHERE source_id IS NULL
      UNION ALL SELECT 'challenge' FROM engagement.challenge_mention WHERE source_id IS NULL
      UNION ALL SELECT 'insight' FROM engagement.insight WHERE source_id IS NULL
      UNION ALL SELECT 'interest' FROM engagement.interest WHERE source_id IS NULL`);
    expect(unsourced).toEqual([]);
    const illustrative = await subgraphs.engagement.database.dataSource.query(
      `SELECT count(*)::int AS n FROM engagement.roundtable WHERE illustrative
       UNION ALL SELECT count(*)::int FROM geography.region WHERE illustrative`,
    );
    expect(illustrative).toEqual([{ n: 0 }, { n: 0 }]);
  });

  it('loads again without changing anything, and keeps edits made since', async () => {
    await loadDataset(subgraphs.geography as Subgraph, subgraphs.engagement, PUBLISHED_DATASET);
    const db = subgraphs.engagement.database.dataSource;
    await db.query(`UPDATE engagement.roundtable SET theme = 'Edited by a coordinator' WHERE region_slug = 'soria'`);
    const before = await counts();
    const report = await loadDataset(subgraphs.geography as Subgraph, subgraphs.engagement, PUBLISHED_DATASET);
    expect(report).toEqual({ roundtablesAdded: 0, participationsAdded: 0 });
    expect(await counts()).toEqual(before);
    expect((await db.query(`SELECT theme FROM engagement.roundtable WHERE region_slug = 'soria'`))[0].theme).toBe(
      'Edited by a coordinator',
    );
  });
});
