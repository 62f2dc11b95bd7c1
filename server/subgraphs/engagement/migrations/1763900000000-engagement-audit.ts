import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EngagementAudit1763900000000 implements MigrationInterface {
  name = 'EngagementAudit1763900000000';

  async up(db: QueryRunner): Promise<void> {
    // Every change to engagement's records: who, when, what, and the record before and after.
    await db.query(`
      CREATE TABLE engagement.audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT')),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        region_slug text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      )`);
    await db.query('CREATE INDEX audit_entry_entity_idx ON engagement.audit_entry (entity_type, entity_id, at)');
    await db.query('CREATE INDEX audit_entry_region_idx ON engagement.audit_entry (region_slug, at)');
    await db.query(`
      CREATE TABLE engagement.category_ref (
        code text PRIMARY KEY
      )`);
    await db.query(`COMMENT ON TABLE engagement.category_ref IS
      'Read-only projection of geography stakeholder-category codes, for validating writes; filled from geography.'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE engagement.category_ref');
    await db.query('DROP TABLE engagement.audit_entry');
  }
}
