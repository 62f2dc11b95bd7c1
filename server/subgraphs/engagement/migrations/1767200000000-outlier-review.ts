import type { MigrationInterface, QueryRunner } from 'typeorm';

// A reviewer's mark on a roundtable's figure flagged as far from its usual: CHECKED (right as
// recorded) or FOLLOW_UP (for its coordinator to look at), with a comment. One mark per figure,
// the latest; every mark is also in the audit trail, so this table needs no history of its own.
// The mark keeps the value it was given for: it applies while the figure still has that value,
// so a later change to the figure clears it without any write here.
const OUTLIER_REVIEW = `
CREATE TABLE engagement.outlier_review (
  roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
  measure text NOT NULL CHECK (measure IN ('PARTICIPANTS', 'ONLINE', 'ONSITE', 'ORGANISATIONS', 'DURATION_MINUTES')),
  value_min int NOT NULL,
  value_max int NOT NULL,
  status text NOT NULL CHECK (status IN ('CHECKED', 'FOLLOW_UP')),
  comment text NOT NULL CHECK (length(comment) > 0),
  marked_by text NOT NULL,
  marked_by_role text NOT NULL,
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (roundtable_id, measure),
  CHECK (value_min <= value_max)
)`;

/** The audit actions of a mark; the others stay as earlier migrations left them. */
const MARK_ACTIONS = ['CHECK_VALUE', 'FLAG_FOLLOW_UP'];

/**
 * The actions engagement's audit trail allows now, read from its check constraint, so that this
 * migration names only the actions it adds and the full list stays where earlier migrations wrote it.
 */
async function allowedActions(db: QueryRunner): Promise<string[]> {
  const [row] = await db.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = 'engagement.audit_entry'::regclass AND conname = 'audit_entry_action_check'`,
  );
  return [...String(row.definition).matchAll(/'([A-Z_]+)'/g)].map((match) => match[1] as string);
}

async function allowActions(db: QueryRunner, actions: readonly string[]): Promise<void> {
  await db.query(`ALTER TABLE engagement.audit_entry DROP CONSTRAINT audit_entry_action_check;
    ALTER TABLE engagement.audit_entry ADD CONSTRAINT audit_entry_action_check
      CHECK (action IN (${actions.map((action) => `'${action}'`).join(', ')}))`);
}

export class OutlierReview1767200000000 implements MigrationInterface {
  name = 'OutlierReview1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(OUTLIER_REVIEW);
    const allowed = await allowedActions(db);
    await allowActions(db, [...allowed, ...MARK_ACTIONS.filter((action) => !allowed.includes(action))]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM engagement.audit_entry WHERE action = ANY($1::text[])', [MARK_ACTIONS]);
    await allowActions(
      db,
      (await allowedActions(db)).filter((action) => !MARK_ACTIONS.includes(action)),
    );
    await db.query('DROP TABLE engagement.outlier_review');
  }
}
