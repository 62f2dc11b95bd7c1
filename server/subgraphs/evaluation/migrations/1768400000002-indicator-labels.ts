import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EDITABLE_COLUMNS, EDITABLE_COLUMNS_DOWN, jsonbToLanguageColumns, languageColumnsToJsonb } from '../../../core/database/labels-sql';
import { INDICATOR_TRANSLATIONS, PERIOD_TRANSLATIONS } from './indicator-translations';

const INDICATOR = 'evaluation.indicator';
const PERIOD = 'evaluation.reporting_period';
const LABELS = { column: 'labels', prefix: 'label' };
const DESCRIPTIONS = { column: 'descriptions', prefix: 'description' };

const each = <T, R>(byCode: Readonly<Record<string, T>>, pick: (item: T) => R) =>
  Object.fromEntries(Object.entries(byCode).map(([code, item]) => [code, pick(item)]));

/** Indicators' labels and descriptions and periods' labels in every language, jsonb columns, edited by ADMIN from now on. */
export class IndicatorLabels1768400000002 implements MigrationInterface {
  name = 'IndicatorLabels1768400000002';

  async up(db: QueryRunner): Promise<void> {
    await languageColumnsToJsonb(
      db,
      INDICATOR,
      LABELS,
      each(INDICATOR_TRANSLATIONS, (texts) => texts.label),
    );
    await languageColumnsToJsonb(
      db,
      INDICATOR,
      DESCRIPTIONS,
      each(INDICATOR_TRANSLATIONS, (texts) => texts.description),
    );
    await languageColumnsToJsonb(db, PERIOD, LABELS, PERIOD_TRANSLATIONS);
    await db.query(`ALTER TABLE ${INDICATOR} ${EDITABLE_COLUMNS}`);
    await db.query(`ALTER TABLE ${PERIOD} ${EDITABLE_COLUMNS}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ${PERIOD} ${EDITABLE_COLUMNS_DOWN}`);
    await db.query(`ALTER TABLE ${INDICATOR} ${EDITABLE_COLUMNS_DOWN}`);
    await jsonbToLanguageColumns(db, PERIOD, LABELS);
    await jsonbToLanguageColumns(db, INDICATOR, DESCRIPTIONS);
    await jsonbToLanguageColumns(db, INDICATOR, LABELS);
  }
}
