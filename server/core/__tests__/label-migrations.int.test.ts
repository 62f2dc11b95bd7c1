import type { DataSource } from 'typeorm';
import { ENGAGEMENT_DATABASE } from '../../subgraphs/engagement/engagement.database';
import { EVALUATION_DATABASE } from '../../subgraphs/evaluation/evaluation.database';
import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { undoMigrationsThrough } from '../../test-support/undo-migrations';
import { openSubgraphDatabase, type SubgraphDatabaseDefinition } from '../database/subgraph-data-source';

const LANGUAGES = ['el', 'en', 'es', 'fr', 'pl'];

const CASES: [string, SubgraphDatabaseDefinition, string, string[]][] = [
  ['geography', GEOGRAPHY_DATABASE, 'CategoryLabels1768400000000', ['geography.stakeholder_category']],
  ['engagement', ENGAGEMENT_DATABASE, 'ChallengeLabels1768400000001', ['engagement.challenge']],
  ['evaluation', EVALUATION_DATABASE, 'IndicatorLabels1768400000002', ['evaluation.indicator', 'evaluation.reporting_period']],
];

/** Every row's languages, by column: ["labels", "en,es,fr,pl,el"...]. */
const languagesOf = async (db: DataSource, table: string, column: string): Promise<string[]> =>
  (
    await db.query(`SELECT string_agg(key, ',' ORDER BY key) AS languages FROM ${table}, jsonb_object_keys(${column}) AS key GROUP BY code`)
  ).map((row: { languages: string }) => row.languages);

// The taxonomy's labels per language: every built-in entry in all five after the migration, the
// database refusing a label without English, and a down that gives back English and Spanish as they were.
describe.each(CASES)('the labels migration of %s', (_name, definition, migration, tables) => {
  it('fills every language, refuses a label without English, and goes down to the English and Spanish columns and up again', async () => {
    const database = await createTestDatabase();
    const { dataSource } = await openSubgraphDatabase(definition, database.url);
    try {
      for (const table of tables) {
        for (const languages of await languagesOf(dataSource, table, 'labels')) expect(languages).toBe(LANGUAGES.join(','));
      }
      const [first] = tables;
      const refused = (labels: object) =>
        dataSource.query(`UPDATE ${first} SET labels = $1 WHERE code = (SELECT min(code) FROM ${first})`, [JSON.stringify(labels)]);
      await expect(refused({ es: 'Sólo español' })).rejects.toThrow(/labels_check/);
      await expect(refused({ en: '  ' })).rejects.toThrow(/labels_check/);
      await expect(refused({ en: 'English', fr: '' })).rejects.toThrow(/labels_check/);
      await expect(refused({ en: 'English', fr: 3 })).rejects.toThrow(/labels_check/);
      const before = await dataSource.query(`SELECT code, labels FROM ${first} ORDER BY code`);

      await undoMigrationsThrough(dataSource, definition.schema, migration);
      const columns = await dataSource.query(`SELECT code, label_en, label_es FROM ${first} ORDER BY code`);
      expect(columns).toEqual(
        before.map((row: { code: string; labels: Record<string, string> }) => ({
          code: row.code,
          label_en: row.labels.en,
          label_es: row.labels.es,
        })),
      );

      await dataSource.runMigrations({ transaction: 'all' });
      expect(await dataSource.query(`SELECT code, labels FROM ${first} ORDER BY code`)).toEqual(before);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
