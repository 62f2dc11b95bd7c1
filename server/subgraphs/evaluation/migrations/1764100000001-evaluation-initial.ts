import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_INDICATORS, FRAMEWORK_MAPPINGS, REPORTING_PERIODS, SOURCED_TARGETS } from './built-in-indicators';

export class EvaluationInitial1764100000001 implements MigrationInterface {
  name = 'EvaluationInitial1764100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation.region_ref (
        slug text PRIMARY KEY,
        country char(2) NOT NULL,
        illustrative boolean NOT NULL DEFAULT false
      )`);
    await db.query(`COMMENT ON TABLE evaluation.region_ref IS
      'Read-only projection of geography regions (slug to country), filled from geography, never edited by hand.'`);
    await db.query(`
      CREATE TABLE evaluation.reporting_period (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
        kind text NOT NULL CHECK (kind IN ('PROJECT', 'YEAR')),
        label_en text NOT NULL,
        label_es text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        note text,
        CHECK (starts_on <= ends_on)
      )`);
    await db.query(`
      CREATE TABLE evaluation.indicator (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        label_en text NOT NULL,
        label_es text NOT NULL,
        description_en text NOT NULL,
        description_es text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('COUNT', 'SHARE')),
        direction text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        numerator text NOT NULL,
        denominator text,
        time_aggregation text NOT NULL CHECK (time_aggregation IN ('CUMULATIVE', 'PER_PERIOD')),
        region_aggregation text NOT NULL CHECK (region_aggregation IN ('SUM', 'RECOMPUTED')),
        position int NOT NULL UNIQUE,
        CHECK ((unit = 'SHARE') = (denominator IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE evaluation.framework_mapping (
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        indicator_code text NOT NULL REFERENCES evaluation.indicator (code),
        framework text NOT NULL CHECK (framework IN ('AMIF', 'ESF_PLUS', 'IATI')),
        external_code text NOT NULL,
        official_label text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('EXACT', 'CONTRIBUTES_TO', 'PROXY')),
        note text,
        version int NOT NULL DEFAULT 1,
        PRIMARY KEY (indicator_code, framework, external_code)
      )`);
    await db.query(`COMMENT ON TABLE evaluation.framework_mapping IS
      'How an indicator maps to an external framework. The official label is kept apart from ours, so it can be corrected without touching data.'`);
    // A region_slug of NULL is the target for every region that has none of its own.
    await db.query(`
      CREATE TABLE evaluation.indicator_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_code text NOT NULL REFERENCES evaluation.indicator (code),
        region_slug text REFERENCES evaluation.region_ref (slug) ON UPDATE CASCADE,
        period_code text NOT NULL REFERENCES evaluation.reporting_period (code),
        baseline numeric CHECK (baseline >= 0),
        target numeric CHECK (target >= 0),
        source text,
        note text,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (baseline IS NOT NULL OR target IS NOT NULL),
        UNIQUE NULLS NOT DISTINCT (indicator_code, region_slug, period_code)
      )`);
    await db.query(`
      CREATE TABLE evaluation.audit_entry (
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
    await db.query('CREATE INDEX audit_entry_entity_idx ON evaluation.audit_entry (entity_type, entity_id, at)');

    for (const period of REPORTING_PERIODS) {
      await db.query(
        `INSERT INTO evaluation.reporting_period (code, kind, label_en, label_es, starts_on, ends_on, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [period.code, period.kind, period.labelEn, period.labelEs, period.startsOn, period.endsOn, period.note ?? null],
      );
    }
    for (const [position, indicator] of BUILT_IN_INDICATORS.entries()) {
      await db.query(
        `INSERT INTO evaluation.indicator (code, label_en, label_es, description_en, description_es, unit, direction,
           numerator, denominator, time_aggregation, region_aggregation, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          indicator.code,
          indicator.labelEn,
          indicator.labelEs,
          indicator.descriptionEn,
          indicator.descriptionEs,
          indicator.unit,
          indicator.direction,
          indicator.numerator,
          indicator.denominator ?? null,
          indicator.timeAggregation,
          indicator.regionAggregation,
          position + 1,
        ],
      );
    }
    for (const mapping of FRAMEWORK_MAPPINGS) {
      await db.query(
        `INSERT INTO evaluation.framework_mapping (indicator_code, framework, external_code, official_label, relation, note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [mapping.indicator, mapping.framework, mapping.externalCode, mapping.officialLabel, mapping.relation, mapping.note ?? null],
      );
    }
    for (const target of SOURCED_TARGETS) {
      await db.query(
        `INSERT INTO evaluation.indicator_target (indicator_code, region_slug, period_code, baseline, target, source, note)
         VALUES ($1, NULL, $2, $3, $4, $5, $6)`,
        [target.indicator, target.period, target.baseline, target.target, target.source, target.note],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_entry', 'indicator_target', 'framework_mapping', 'indicator', 'reporting_period', 'region_ref']) {
      await db.query(`DROP TABLE evaluation.${table}`);
    }
  }
}
