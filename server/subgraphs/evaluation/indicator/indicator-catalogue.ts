import type { DataSource } from 'typeorm';
import type { ChangeNotices } from '../../../core/database/change-notices';
import { badInput, errorText } from '../../../core/errors';
import type { TaxonomyKind } from '../../../core/taxonomy/taxonomy-texts-write';
import { Indicator, ReportingPeriod } from './indicator.types';

const INDICATORS = `
  SELECT code, id, labels AS "labelTexts", descriptions AS "descriptionTexts", version, unit, direction, numerator,
         denominator, time_aggregation AS "timeAggregation", region_aggregation AS "regionAggregation"
  FROM evaluation.indicator
  ORDER BY position`;

const PERIODS = `
  SELECT code, id, kind, labels AS "labelTexts", version, to_char(starts_on, 'YYYY-MM-DD') AS start,
         to_char(ends_on, 'YYYY-MM-DD') AS "end", note
  FROM evaluation.reporting_period
  ORDER BY kind, starts_on`;

/** The channel on which every evaluation instance hears that an indicator's or a period's texts changed. */
const CHANNEL = 'evaluation_taxonomy';

/** The indicators as their labels and descriptions are edited (setIndicatorLabels). */
export const INDICATOR_KIND: TaxonomyKind = {
  table: 'evaluation.indicator',
  order: 'position',
  entityType: 'Indicator',
  kind: 'indicator',
  described: true,
  channel: CHANNEL,
};

/** The reporting periods as their labels are edited (setReportingPeriodLabels). */
export const PERIOD_KIND: TaxonomyKind = {
  table: 'evaluation.reporting_period',
  order: 'kind, starts_on',
  entityType: 'ReportingPeriod',
  kind: 'period',
  described: false,
  channel: CHANNEL,
};

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/**
 * The indicators and the reporting periods, held in memory so every request checks codes
 * without a query. Codes and definitions change only through migrations; labels and
 * descriptions are edited by an ADMIN, after which every instance reads the catalogue again
 * (it hears of the change through ChangeNotices). Framework mappings are not here: they can be
 * corrected at any time, so they are read per request.
 */
export class IndicatorCatalogue {
  private current: { indicators: readonly Indicator[]; periods: readonly ReportingPeriod[] } = { indicators: [], periods: [] };

  private constructor(private readonly db: DataSource) {}

  static async load(db: DataSource, notices: ChangeNotices): Promise<IndicatorCatalogue> {
    const catalogue = new IndicatorCatalogue(db);
    await catalogue.reload();
    await notices.listen(CHANNEL, () => catalogue.reload());
    return catalogue;
  }

  async reload(): Promise<void> {
    const indicators = (await this.db.query(INDICATORS)).map((row: Indicator) => Object.assign(new Indicator(), row));
    const periods = (await this.db.query(PERIODS)).map((row: ReportingPeriod) => Object.assign(new ReportingPeriod(), row));
    this.current = { indicators, periods };
  }

  get indicators(): readonly Indicator[] {
    return this.current.indicators;
  }

  get periods(): readonly ReportingPeriod[] {
    return this.current.periods;
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
        errorText('unknownIndicators', { codes: quoted(unknown), field, known: this.indicators.map((i) => i.code).join(', ') }),
        { field, invalid: unknown },
      );
    }
    return this.indicators.filter((indicator) => codes.includes(indicator.code));
  }

  /** The periods named, by start date; unknown codes are one BAD_USER_INPUT naming them and the known ones. */
  selectPeriods(codes: readonly string[] | null | undefined, field = 'periods'): ReportingPeriod[] {
    if (!codes) return this.projectPeriods;
    const unknown = codes.filter((code) => !this.period(code));
    if (unknown.length > 0) {
      throw badInput(errorText('unknownPeriods', { codes: quoted(unknown), field, known: this.periods.map((p) => p.code).join(', ') }), {
        field,
        invalid: unknown,
      });
    }
    return this.periods.filter((period) => codes.includes(period.code));
  }
}
