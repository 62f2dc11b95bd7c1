import type { DataSource } from 'typeorm';
import { badInput } from '../../../core/errors';
import { Indicator, ReportingPeriod } from './indicator.types';

const INDICATORS = `
  SELECT code, label_en AS "labelEn", label_es AS "labelEs", description_en AS "descriptionEn",
         description_es AS "descriptionEs", unit, direction, numerator, denominator,
         time_aggregation AS "timeAggregation", region_aggregation AS "regionAggregation"
  FROM evaluation.indicator
  ORDER BY position`;

const PERIODS = `
  SELECT code, kind, label_en AS "labelEn", label_es AS "labelEs", to_char(starts_on, 'YYYY-MM-DD') AS start,
         to_char(ends_on, 'YYYY-MM-DD') AS "end", note
  FROM evaluation.reporting_period
  ORDER BY kind, starts_on`;

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/**
 * The indicators and the reporting periods, read once at start: they change only through
 * migrations, so every request checks codes without a query. Framework mappings are not
 * here: they can be corrected at any time, so they are read per request.
 */
export class IndicatorCatalogue {
  private constructor(
    readonly indicators: readonly Indicator[],
    readonly periods: readonly ReportingPeriod[],
  ) {}

  static async load(db: DataSource): Promise<IndicatorCatalogue> {
    const indicators = (await db.query(INDICATORS)).map((row: Indicator) => Object.assign(new Indicator(), row));
    const periods = (await db.query(PERIODS)).map((row: ReportingPeriod) => Object.assign(new ReportingPeriod(), row));
    return new IndicatorCatalogue(indicators, periods);
  }

  find(code: string): Indicator | undefined {
    return this.indicators.find((indicator) => indicator.code === code);
  }

  period(code: string): ReportingPeriod | undefined {
    return this.periods.find((period) => period.code === code);
  }

  /** The whole-project period, which results default to. */
  get projectPeriods(): ReportingPeriod[] {
    return this.periods.filter((period) => period.kind === 'PROJECT');
  }

  /** The indicators named, in catalogue order; unknown codes are one BAD_USER_INPUT naming them and the known ones. */
  select(codes: readonly string[] | null | undefined, field = 'codes'): Indicator[] {
    if (!codes) return [...this.indicators];
    const unknown = codes.filter((code) => !this.find(code));
    if (unknown.length > 0) {
      throw badInput(
        `Unknown indicator ${quoted(unknown)} in ${field}; known indicators: ${this.indicators.map((i) => i.code).join(', ')}.`,
        {
          field,
          invalid: unknown,
        },
      );
    }
    return this.indicators.filter((indicator) => codes.includes(indicator.code));
  }

  /** The periods named, by start date; unknown codes are one BAD_USER_INPUT naming them and the known ones. */
  selectPeriods(codes: readonly string[] | null | undefined, field = 'periods'): ReportingPeriod[] {
    if (!codes) return this.projectPeriods;
    const unknown = codes.filter((code) => !this.period(code));
    if (unknown.length > 0) {
      throw badInput(
        `Unknown reporting period ${quoted(unknown)} in ${field}; known periods: ${this.periods.map((p) => p.code).join(', ')}.`,
        {
          field,
          invalid: unknown,
        },
      );
    }
    return this.periods.filter((period) => codes.includes(period.code));
  }
}
