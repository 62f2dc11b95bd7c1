import type { QueryRunner } from 'typeorm';

// Migrations use what is here, so it never changes: a stricter rule is a new function and a new migration.

/**
 * The CHECK every column of texts per language holds to (a jsonb object of language → text):
 * English is there and not blank, and every text is a non-empty string.
 */
export const labelsCheck = (column: string): string =>
  `jsonb_typeof(${column}) = 'object'
   AND COALESCE(btrim(${column} ->> 'en'), '') <> ''
   AND NOT jsonb_path_exists(${column}, '$.* ? (@.type() != "string" || @ == "")')`;

/**
 * Replaces a taxonomy table's `<prefix>_en` and `<prefix>_es` columns by one jsonb column of
 * texts per language, `column`: filled with them, then with `translations` by code.
 */
export async function languageColumnsToJsonb(
  db: QueryRunner,
  table: string,
  { column, prefix }: { column: string; prefix: string },
  translations: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Promise<void> {
  await db.query(`ALTER TABLE ${table} ADD COLUMN ${column} jsonb`);
  await db.query(`UPDATE ${table} SET ${column} = jsonb_build_object('en', ${prefix}_en, 'es', ${prefix}_es)`);
  for (const [code, texts] of Object.entries(translations)) {
    await db.query(`UPDATE ${table} SET ${column} = ${column} || $2::jsonb WHERE code = $1`, [code, JSON.stringify(texts)]);
  }
  const constraint = `${table.split('.').pop()}_${column}_check`;
  await db.query(`ALTER TABLE ${table}
    ALTER COLUMN ${column} SET NOT NULL,
    ADD CONSTRAINT ${constraint} CHECK (${labelsCheck(column)}),
    DROP COLUMN ${prefix}_en,
    DROP COLUMN ${prefix}_es`);
}

/** Undoes languageColumnsToJsonb: English and Spanish back in their columns (Spanish missing: English), the others lost. */
export async function jsonbToLanguageColumns(db: QueryRunner, table: string, { column, prefix }: { column: string; prefix: string }) {
  await db.query(`ALTER TABLE ${table} ADD COLUMN ${prefix}_en text, ADD COLUMN ${prefix}_es text`);
  await db.query(`UPDATE ${table} SET ${prefix}_en = ${column} ->> 'en', ${prefix}_es = COALESCE(${column} ->> 'es', ${column} ->> 'en')`);
  await db.query(`ALTER TABLE ${table}
    ALTER COLUMN ${prefix}_en SET NOT NULL,
    ALTER COLUMN ${prefix}_es SET NOT NULL,
    DROP COLUMN ${column}`);
}

/** What a taxonomy entry needs to be edited through the API: an id its audit entries name, and a version its writers quote. */
export const EDITABLE_COLUMNS = `ADD COLUMN id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1)`;
export const EDITABLE_COLUMNS_DOWN = 'DROP COLUMN version, DROP COLUMN id';
