import type { MigrationInterface, QueryRunner } from 'typeorm';
import { labelsCheck } from '../../../core/database/labels-sql';
import { VALIDATION_RULE_TEXTS } from './validation-rule-texts';

/**
 * The validation rules' words as data: each rule's title and message per language, by its code,
 * edited by ADMIN from now on. The rules themselves (severity, field, facts, expression) stay
 * code, in contract/validation-rules/; a rule added there comes with a migration adding its words.
 */
export class ValidationRuleTexts1768500000000 implements MigrationInterface {
  name = 'ValidationRuleTexts1768500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE engagement.validation_rule_text (
      code text PRIMARY KEY,
      id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      title jsonb NOT NULL CONSTRAINT validation_rule_text_title_check CHECK (${labelsCheck('title')}),
      message jsonb NOT NULL CONSTRAINT validation_rule_text_message_check CHECK (${labelsCheck('message')}),
      version int NOT NULL DEFAULT 1 CHECK (version >= 1),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    for (const [code, { title, message }] of Object.entries(VALIDATION_RULE_TEXTS)) {
      await db.query('INSERT INTO engagement.validation_rule_text (code, title, message) VALUES ($1, $2, $3)', [
        code,
        JSON.stringify(title),
        JSON.stringify(message),
      ]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    // The audit entries of the texts' edits go with the texts they were about.
    await db.query("DELETE FROM engagement.audit_entry WHERE entity_type = 'ValidationRuleText'");
    await db.query('DROP TABLE engagement.validation_rule_text');
  }
}
