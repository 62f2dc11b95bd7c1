import type { MigrationInterface, QueryRunner } from 'typeorm';

// The per-region rollups hold sums of people over every roundtable of a region, format and
// data set: 21,475 roundtables at the most people one may record (contract/recording-limits.ts)
// pass 2^31, where an int column would refuse the write that got there. Counts of roundtables
// and of challenge mentions stay int: they count rows, which never come near 2^31.
const PEOPLE_COLUMNS: Record<string, string[]> = {
  region_attendance_rollup: [
    'online_min',
    'online_max',
    'onsite_min',
    'onsite_max',
    'unknown_mode_min',
    'unknown_mode_max',
    'total_min',
    'total_max',
  ],
  region_category_rollup: ['participants_min', 'participants_max'],
};

const alter = (type: 'bigint' | 'int') =>
  Object.entries(PEOPLE_COLUMNS).map(
    ([table, columns]) => `ALTER TABLE engagement.${table} ${columns.map((column) => `ALTER COLUMN ${column} TYPE ${type}`).join(', ')}`,
  );

export class RegionRollupBigint1766000000000 implements MigrationInterface {
  name = 'RegionRollupBigint1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of alter('bigint')) await queryRunner.query(statement);
  }

  // Fails, leaving the columns as they are, when a region already sums past 2^31.
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of alter('int')) await queryRunner.query(statement);
  }
}
