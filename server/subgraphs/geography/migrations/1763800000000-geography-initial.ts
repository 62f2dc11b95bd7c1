import type { MigrationInterface, QueryRunner } from 'typeorm';

// The taxonomy as first published; codes never change, later ones come in later migrations.
const STAKEHOLDER_CATEGORIES = [
  [
    'REGIONAL_AUTHORITY',
    'Regional authorities and agencies',
    'Autoridades y agencias regionales',
    'Regional governments and their agencies.',
  ],
  ['LOCAL_AUTHORITY', 'Local authorities', 'Autoridades locales', 'Municipalities, provinces and their services.'],
  [
    'POLITICAL_REPRESENTATIVE',
    'Political representatives',
    'Representantes políticos',
    'Elected officials taking part in their political role.',
  ],
  [
    'CIVIL_SOCIETY',
    'Civil society organisations',
    'Organizaciones de la sociedad civil',
    'Associations, unions, faith and community groups.',
  ],
  ['NGO', 'NGOs', 'ONG', 'Non-governmental organisations.'],
  [
    'INTERNATIONAL_ORGANISATION',
    'International organisations',
    'Organizaciones internacionales',
    'Intergovernmental and international bodies, e.g. IOM.',
  ],
  [
    'MIGRANT_LED_ORGANISATION',
    'Migrant- and refugee-led organisations',
    'Organizaciones lideradas por personas migrantes y refugiadas',
    'Organisations led by migrants or refugees.',
  ],
  ['VOLUNTEER', 'Volunteers', 'Personas voluntarias', 'Volunteers taking part in their own name.'],
  ['LOCAL_CITIZEN', 'Local citizens', 'Ciudadanía local', 'Residents taking part in their own name.'],
  ['STUDENT', 'Students', 'Estudiantes', 'Students and young people in education.'],
  ['COMMUNITY_AGENCY', 'Other community agencies', 'Otras entidades comunitarias', 'Other agencies working in the community.'],
  ['NEWCOMER', 'Refugees and migrants', 'Personas refugiadas y migrantes', 'Newcomers taking part in their own name.'],
  ['OTHER', 'Other', 'Otros', 'Anyone not covered by another category.'],
] as const;

export class GeographyInitial1763800000000 implements MigrationInterface {
  name = 'GeographyInitial1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE geography.stakeholder_category (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
        label_en text NOT NULL,
        label_es text NOT NULL,
        description text NOT NULL,
        position int NOT NULL UNIQUE
      )`);
    await db.query(`
      CREATE TABLE geography.region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        nuts_code text CHECK (nuts_code ~ '^[A-Z]{2}[0-9A-Z]{0,3}$'),
        nuts_level smallint CHECK (nuts_level BETWEEN 0 AND 3),
        urban_rural_type text CHECK (urban_rural_type IN ('PREDOMINANTLY_URBAN', 'INTERMEDIATE', 'PREDOMINANTLY_RURAL')),
        admin_region text,
        identity_verified boolean NOT NULL DEFAULT true,
        identity_note text,
        illustrative boolean NOT NULL DEFAULT false,
        CHECK ((nuts_code IS NULL) = (nuts_level IS NULL))
      )`);
    await db.query('CREATE INDEX region_country_idx ON geography.region (country)');
    await db.query(`
      CREATE TABLE geography.organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        category_code text NOT NULL REFERENCES geography.stakeholder_category (code),
        region_slug text REFERENCES geography.region (slug) ON UPDATE CASCADE,
        migrant_led boolean,
        illustrative boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX organisation_region_idx ON geography.organisation (region_slug)');
    for (const [index, [code, labelEn, labelEs, description]] of STAKEHOLDER_CATEGORIES.entries()) {
      await db.query(
        'INSERT INTO geography.stakeholder_category (code, label_en, label_es, description, position) VALUES ($1, $2, $3, $4, $5)',
        [code, labelEn, labelEs, description, index + 1],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE geography.organisation');
    await db.query('DROP TABLE geography.region');
    await db.query('DROP TABLE geography.stakeholder_category');
  }
}
