import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EDITABLE_COLUMNS, EDITABLE_COLUMNS_DOWN, jsonbToLanguageColumns, languageColumnsToJsonb } from '../../../core/database/labels-sql';
import { CHALLENGE_TRANSLATIONS } from './challenge-translations';

const TABLE = 'engagement.challenge';
const LABELS = { column: 'labels', prefix: 'label' };

/**
 * A challenge's label in every language, one jsonb column, edited by ADMIN from now on; the
 * audit entry of such an edit names no region, since the taxonomy belongs to none.
 */
export class ChallengeLabels1768400000001 implements MigrationInterface {
  name = 'ChallengeLabels1768400000001';

  async up(db: QueryRunner): Promise<void> {
    await languageColumnsToJsonb(db, TABLE, LABELS, CHALLENGE_TRANSLATIONS);
    await db.query(`ALTER TABLE ${TABLE} ${EDITABLE_COLUMNS}`);
    await db.query('ALTER TABLE engagement.audit_entry ALTER COLUMN region_slug DROP NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    // The entries of label edits go with the labels they were about.
    await db.query('DELETE FROM engagement.audit_entry WHERE region_slug IS NULL');
    await db.query('ALTER TABLE engagement.audit_entry ALTER COLUMN region_slug SET NOT NULL');
    await db.query(`ALTER TABLE ${TABLE} ${EDITABLE_COLUMNS_DOWN}`);
    await jsonbToLanguageColumns(db, TABLE, LABELS);
  }
}
