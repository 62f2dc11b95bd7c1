import type { MigrationInterface, QueryRunner } from 'typeorm';

// The last protected publication built, kept in the database (publication/publication-snapshot.ts):
// an instance that starts, or one whose data moved while another instance built the publication
// of them, reads it in a second instead of auditing 1,000 regions for two minutes. One row: only
// the latest is ever read. Derived from the rollups, so a backup that holds it holds what it was
// built from, and a restore brings both back together.
export class PublicationSnapshot1769100000000 implements MigrationInterface {
  name = 'PublicationSnapshot1769100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
CREATE TABLE engagement.publication_snapshot (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  -- What it was built under: a snapshot built otherwise is never read.
  format integer NOT NULL,
  rules jsonb NOT NULL,
  periods jsonb NOT NULL,
  version bigint NOT NULL,
  as_of timestamptz NOT NULL,
  -- gzip of its JSON (publication-snapshot.ts): the finest counts and what is withheld of them.
  body bytea NOT NULL
)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE engagement.publication_snapshot');
  }
}
