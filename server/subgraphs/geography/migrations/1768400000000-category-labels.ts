import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EDITABLE_COLUMNS, EDITABLE_COLUMNS_DOWN, jsonbToLanguageColumns, languageColumnsToJsonb } from '../../../core/database/labels-sql';
import { CATEGORY_TRANSLATIONS } from './category-translations';

const TABLE = 'geography.stakeholder_category';
const LABELS = { column: 'labels', prefix: 'label' };

/** A stakeholder category's label in every language, one jsonb column, edited by ADMIN from now on. */
export class CategoryLabels1768400000000 implements MigrationInterface {
  name = 'CategoryLabels1768400000000';

  async up(db: QueryRunner): Promise<void> {
    await languageColumnsToJsonb(db, TABLE, LABELS, CATEGORY_TRANSLATIONS);
    await db.query(`ALTER TABLE ${TABLE} ${EDITABLE_COLUMNS}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ${TABLE} ${EDITABLE_COLUMNS_DOWN}`);
    await jsonbToLanguageColumns(db, TABLE, LABELS);
  }
}
