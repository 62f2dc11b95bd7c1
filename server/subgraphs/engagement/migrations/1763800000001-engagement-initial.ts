import type { MigrationInterface, QueryRunner } from 'typeorm';

// The challenge taxonomy as first published; codes never change, later ones come in later migrations.
const CHALLENGES = [
  ['LANGUAGE', 'Language', 'Idioma', "Insecurity about one's level of the local language."],
  ['PUBLIC_SPEAKING', 'Speaking in public', 'Hablar en público', 'Discomfort or embarrassment speaking in front of others.'],
  ['TRANSPORT', 'Transport', 'Transporte', 'No or scarce transport to onsite events.'],
  ['DIGITAL_GAP', 'Digital gap', 'Brecha digital', 'No computer, device or internet access for online events.'],
  ['TIME_SCHEDULE', 'Time and schedules', 'Tiempo y horarios', 'Lack of time or schedules that clash with work or care.'],
  ['HOUSING', 'Housing', 'Vivienda', 'Housing problems that keep people from taking part.'],
  ['ACCESS_TO_SERVICES', 'Access to services', 'Acceso a servicios', 'Difficulty reaching public or support services.'],
  ['FUNDING', 'Funding', 'Financiación', 'Lack of money or funding to take part or to act.'],
  ['COMMUNICATION', 'Communication', 'Comunicación', 'Information about the platform does not reach people.'],
  ['CHILDCARE', 'Childcare', 'Cuidado infantil', 'No one to look after children during events.'],
  ['OTHER', 'Other', 'Otros', 'A barrier not covered by another code.'],
] as const;

const RANGE = (name: string) =>
  `${name}_min int, ${name}_max int,
   CHECK ((${name}_min IS NULL) = (${name}_max IS NULL)),
   CHECK (${name}_min >= 0 AND ${name}_min <= ${name}_max)`;

export class EngagementInitial1763800000001 implements MigrationInterface {
  name = 'EngagementInitial1763800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE engagement.region_ref (
        slug text PRIMARY KEY,
        country char(2) NOT NULL,
        illustrative boolean NOT NULL DEFAULT false
      )`);
    await db.query(`COMMENT ON TABLE engagement.region_ref IS
      'Read-only projection of geography regions (slug to country), filled from geography, never edited by hand.'`);
    await db.query(`
      CREATE TABLE engagement.source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ref text NOT NULL UNIQUE,
        title text NOT NULL,
        publisher text,
        url text CHECK (url ~ '^https?://'),
        published_on date,
        illustrative boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE engagement.roundtable (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_slug text NOT NULL REFERENCES engagement.region_ref (slug) ON UPDATE CASCADE,
        number int NOT NULL CHECK (number >= 1),
        date date NOT NULL,
        format text CHECK (format IN ('ONLINE', 'ONSITE', 'HYBRID')),
        duration_minutes int CHECK (duration_minutes > 0),
        theme text,
        illustrative boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_slug, number)
      )`);
    await db.query('CREATE INDEX roundtable_date_idx ON engagement.roundtable (date)');
    await db.query(`
      CREATE TABLE engagement.roundtable_source (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES engagement.source (id),
        PRIMARY KEY (roundtable_id, source_id)
      )`);
    await db.query(`
      CREATE TABLE engagement.roundtable_organiser (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        organisation_slug text NOT NULL,
        role text NOT NULL CHECK (role IN ('ORGANISER', 'SUPPORTER')),
        position int NOT NULL,
        PRIMARY KEY (roundtable_id, organisation_slug)
      )`);
    await db.query(`
      CREATE TABLE engagement.published_attendance (
        roundtable_id uuid PRIMARY KEY REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        ${RANGE('total')}, ${RANGE('online')}, ${RANGE('onsite')},
        organisations int CHECK (organisations >= 0),
        source_id uuid REFERENCES engagement.source (id),
        CHECK (COALESCE(online_min, 0) + COALESCE(onsite_min, 0) <= COALESCE(total_max, 2147483647))
      )`);
    await db.query(`
      CREATE TABLE engagement.published_category (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        category_code text NOT NULL CHECK (category_code ~ '^[A-Z][A-Z_]*$'),
        ${RANGE('participants')},
        source_id uuid REFERENCES engagement.source (id),
        PRIMARY KEY (roundtable_id, category_code)
      )`);
    await db.query(`
      CREATE TABLE engagement.participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_slug text NOT NULL REFERENCES engagement.region_ref (slug) ON UPDATE CASCADE,
        pseudonym text NOT NULL,
        category_code text NOT NULL CHECK (category_code ~ '^[A-Z][A-Z_]*$'),
        newcomer boolean NOT NULL,
        gender text CHECK (gender IN ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')),
        age_band text CHECK (age_band IN ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_64', 'AGE_65_PLUS')),
        organisation_slug text,
        illustrative boolean NOT NULL DEFAULT false,
        UNIQUE (region_slug, pseudonym)
      )`);
    await db.query(`
      CREATE TABLE engagement.participation (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES engagement.participant (id) ON DELETE CASCADE,
        mode text NOT NULL CHECK (mode IN ('ONLINE', 'ONSITE')),
        PRIMARY KEY (roundtable_id, participant_id)
      )`);
    await db.query('CREATE INDEX participation_participant_idx ON engagement.participation (participant_id)');
    await db.query(`
      CREATE TABLE engagement.challenge (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
        label_en text NOT NULL,
        label_es text NOT NULL,
        description text NOT NULL,
        position int NOT NULL UNIQUE
      )`);
    await db.query(`
      CREATE TABLE engagement.challenge_mention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        challenge_code text NOT NULL REFERENCES engagement.challenge (code),
        note text,
        position int NOT NULL,
        source_id uuid REFERENCES engagement.source (id)
      )`);
    await db.query('CREATE INDEX challenge_mention_roundtable_idx ON engagement.challenge_mention (roundtable_id)');
    for (const table of ['insight', 'interest']) {
      await db.query(`
        CREATE TABLE engagement.${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
          text text NOT NULL CHECK (length(text) > 0),
          position int NOT NULL,
          source_id uuid REFERENCES engagement.source (id)
        )`);
      await db.query(`CREATE INDEX ${table}_roundtable_idx ON engagement.${table} (roundtable_id)`);
    }
    // Rollups: one row per roundtable, kept current by the writes that change their inputs.
    await db.query(`
      CREATE TABLE engagement.roundtable_attendance_rollup (
        roundtable_id uuid PRIMARY KEY REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        region_slug text NOT NULL,
        date date NOT NULL,
        format text,
        illustrative boolean NOT NULL,
        from_records boolean NOT NULL,
        ${RANGE('total')}, ${RANGE('online')}, ${RANGE('onsite')}, ${RANGE('unknown_mode')}, ${RANGE('newcomers')},
        organisations int
      )`);
    await db.query('CREATE INDEX attendance_rollup_region_date_idx ON engagement.roundtable_attendance_rollup (region_slug, date)');
    await db.query('CREATE INDEX attendance_rollup_date_idx ON engagement.roundtable_attendance_rollup (date)');
    await db.query(`
      CREATE TABLE engagement.roundtable_category_rollup (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        category_code text NOT NULL,
        region_slug text NOT NULL,
        date date NOT NULL,
        format text,
        illustrative boolean NOT NULL,
        ${RANGE('participants')},
        PRIMARY KEY (roundtable_id, category_code)
      )`);
    await db.query('CREATE INDEX category_rollup_region_date_idx ON engagement.roundtable_category_rollup (region_slug, date)');
    for (const [index, [code, labelEn, labelEs, description]] of CHALLENGES.entries()) {
      await db.query('INSERT INTO engagement.challenge (code, label_en, label_es, description, position) VALUES ($1, $2, $3, $4, $5)', [
        code,
        labelEn,
        labelEs,
        description,
        index + 1,
      ]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'roundtable_category_rollup',
      'roundtable_attendance_rollup',
      'interest',
      'insight',
      'challenge_mention',
      'challenge',
      'participation',
      'participant',
      'published_category',
      'published_attendance',
      'roundtable_organiser',
      'roundtable_source',
      'roundtable',
      'source',
      'region_ref',
    ]) {
      await db.query(`DROP TABLE engagement.${table}`);
    }
  }
}
