import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationWrites1764000000001 implements MigrationInterface {
  name = 'OrganisationWrites1764000000001';

  async up(db: QueryRunner): Promise<void> {
    // Organisations are edited through the API from now on: an edit must quote the version it read.
    await db.query(`
      ALTER TABLE geography.organisation
        ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // The same columns as engagement.audit_entry; region_slug may be null here, for
    // organisations that work across regions.
    await db.query(`
      CREATE TABLE geography.audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT')),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        region_slug text,
        before jsonb,
        after jsonb,
        request_id text,
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      )`);
    await db.query('CREATE INDEX audit_entry_entity_idx ON geography.audit_entry (entity_type, entity_id, at)');
    // Organisations are looked up by slug, which outlives their id when one is deleted and recreated.
    await db.query(
      `CREATE INDEX audit_entry_slug_idx ON geography.audit_entry (entity_type, (COALESCE(after ->> 'slug', before ->> 'slug')), at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE geography.audit_entry');
    await db.query('ALTER TABLE geography.organisation DROP COLUMN updated_at, DROP COLUMN version');
  }
}
