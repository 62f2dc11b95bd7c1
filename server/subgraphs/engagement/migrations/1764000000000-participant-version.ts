import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantVersion1764000000000 implements MigrationInterface {
  name = 'ParticipantVersion1764000000000';

  async up(db: QueryRunner): Promise<void> {
    // Participants are edited by hand from now on: an edit must quote the version it read.
    await db.query(`
      ALTER TABLE engagement.participant
        ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE engagement.participant DROP COLUMN updated_at, DROP COLUMN version');
  }
}
