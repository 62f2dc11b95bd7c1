import type { DataSource } from 'typeorm';
import { countRange, sqlCountOrNull } from '../../../contract/count-range';
import { Withholding } from '../../../contract/disclosure/withholding';
import { Disaggregation, MEASURE_BREAKDOWNS } from '../../../contract/indicators/disaggregation';
import { IndicatorMeasure, PEOPLE_MEASURES } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import { scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { seesPublication, type Viewer } from '../../../core/auth/viewer';
import { badInput, errorText } from '../../../core/errors';
import type { PublicationStore } from '../publication/publication-store';
import { publishedScopeOfResult } from '../publication/published-scope';
import { partOrder, partsSql } from './breakdown-sql';
import { type FigureSpec, figuresStatement } from './figure-scans';
import type { IndicatorBreakdownRow } from './indicator-breakdown-row';
import {
  type BreakdownPart,
  type BreakdownQuestion,
  type IndicatorFigures,
  type IndicatorQuestion,
  type MeasureQuestion,
  scopeKey,
} from './indicator-question';
import { countValue, type Figure, shareValue } from './indicator-value';
import { countedAlongside, MEASURE_SQL, scopeOf } from './measure-sql';
import { partKeys, publishedMeasure, publishedPart } from './published-measures';

type Row = Record<string, string | number | null>;

/** The figures one batch needs, each once, numbered in the order they were first asked for. */
class FigureList {
  readonly specs: FigureSpec[] = [];
  private readonly numbers = new Map<string, number>();

  add(measure: IndicatorMeasure, alongside: IndicatorMeasure | null, scope: IndicatorScope): number {
    const key = JSON.stringify([measure, alongside, scopeKey(scope)]);
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.specs.push({ measure, alongside, scope }) - 1;
      this.numbers.set(key, number);
    }
    return number;
  }
}

/**
 * Counts indicator results for engagement's part of the gateway's plan. Every method takes all
 * the questions of one request and answers them with one SQL statement over the rollups, a
 * UNION ALL with one branch per distinct question: the statements per request do not grow
 * with the results asked for. Small counts of people are withheld from viewers who see
 * aggregates only, looking at the whole batch so a total cannot give a hidden region away.
 */
export class IndicatorMeasureService {
  constructor(
    private readonly db: DataSource,
    private readonly publications: PublicationStore,
  ) {}

  async results(questions: readonly IndicatorQuestion[], viewer: Viewer): Promise<IndicatorFigures[]> {
    const list = new FigureList();
    const plans = questions.map((question) => ({
      roundtables: list.add(IndicatorMeasure.ROUNDTABLES, null, question.scope),
      numerator: list.add(question.numerator, countedAlongside(question.numerator, question.denominator), question.scope),
      denominator:
        question.denominator === null
          ? null
          : list.add(question.denominator, countedAlongside(question.denominator, question.numerator), question.scope),
    }));
    const figures = await this.figures(list.specs);
    const counted = plans.map((plan) => {
      const numerator = figures[plan.numerator] as Figure;
      const denominator = plan.denominator === null ? null : (figures[plan.denominator] as Figure);
      const numeratorValue = countValue(numerator);
      const denominatorValue = denominator && countValue(denominator);
      return {
        numeratorValue,
        denominatorValue,
        value: denominator ? shareValue(numeratorValue, denominatorValue) : numeratorValue,
        recordCount: figures[plan.roundtables]?.min ?? 0,
        // The parts of a share are counted over the same roundtables, so this is where either is unknown.
        unknownRecords: Math.max(numerator.unknown, denominator?.unknown ?? 0),
      };
    });
    if (!seesPublication(viewer)) return counted.map(({ denominatorValue: _, ...result }) => ({ ...result, withheld: null }));
    const { value: publication } = await this.publications.served();
    return counted.map(({ denominatorValue: _, ...result }, index) => {
      const { numerator, denominator, scope } = questions[index] as IndicatorQuestion;
      if (!PEOPLE_MEASURES.has(numerator) && !(denominator && PEOPLE_MEASURES.has(denominator))) return { ...result, withheld: null };
      // Counts of people come from the publication; roundtables held and unknown stay as counted.
      const published = publishedScopeOfResult(scope, publication.periods);
      if (!published) return { ...result, value: null, numeratorValue: null, withheld: Withholding.NOT_PUBLISHED };
      const nothingInScope = result.recordCount === 0 ? { min: 0, max: 0 } : null;
      const part = publishedMeasure(publication, published, numerator);
      const whole = denominator && publishedMeasure(publication, published, denominator);
      const withheld = part.withheld ?? whole?.withheld ?? null;
      if (withheld) return { ...result, value: null, numeratorValue: null, withheld };
      const numeratorValue = part.value ?? nothingInScope;
      const value = whole ? shareValue(numeratorValue, whole.value ?? nothingInScope) : numeratorValue;
      return { ...result, value, numeratorValue, withheld: null };
    });
  }

  async breakdowns(questions: readonly BreakdownQuestion[]): Promise<BreakdownPart[][]> {
    const params: unknown[] = [];
    const branches = questions.map(
      (question, index) =>
        `SELECT ${index}::int AS branch, x.key, sum(x.min)::bigint AS min, sum(x.max)::bigint AS max,
                count(DISTINCT x.roundtable_id) FILTER (WHERE x.max IS NULL OR x.max > 0)::int AS records
         FROM (${partsSql(question.measure, question.by)(scopeOf(question.scope), params)}) x
         GROUP BY x.key`,
    );
    const rows: Row[] = await this.db.query(branches.join('\nUNION ALL\n'), params);
    const parts = questions.map((): BreakdownPart[] => []);
    for (const row of rows) {
      parts[Number(row.branch)]?.push({
        key: row.key as string,
        value: countRange(row.min, row.max),
        recordCount: Number(row.records),
      });
    }
    return parts.map((list, index) => list.sort(partOrder((questions[index] as BreakdownQuestion).by)));
  }

  /** The roundtables each result counts, by id, ordered by date, then region, then number. */
  async roundtableIds(questions: readonly MeasureQuestion[]): Promise<string[][]> {
    const params: unknown[] = [];
    const branches = questions.map((question, index) => {
      const conditions = [...scopeConditions(scopeOf(question.scope), 'rt', params), MEASURE_SQL[question.measure].contributes];
      return `SELECT ${index}::int AS branch, rt.id, rt.date, rt.region_slug, rt.number FROM engagement.roundtable rt ${whereClause(conditions)}`;
    });
    const rows: Row[] = await this.db.query(
      `SELECT x.branch, x.id FROM (${branches.join('\nUNION ALL\n')}) x ORDER BY x.branch, x.date, x.region_slug, x.number`,
      params,
    );
    const ids = questions.map((): string[] => []);
    for (const row of rows) ids[Number(row.branch)]?.push(row.id as string);
    return ids;
  }

  /** Refuses a split the measure has no figures for, naming the ones it has. */
  checkSplit(measure: IndicatorMeasure, by: Disaggregation): void {
    if (by === Disaggregation.REGION || by === Disaggregation.PERIOD) {
      throw badInput(errorText('splitThroughResults', { by }), { field: 'by' });
    }
    const supported = MEASURE_BREAKDOWNS[measure];
    if (!supported.includes(by)) {
      const text = supported.length
        ? errorText('splitNotOffered', { measure, by, supported: supported.join(', ') })
        : errorText('splitNotPossible', { measure, by });
      throw badInput(text, {
        field: 'by',
        measure,
        supported,
      });
    }
  }

  /**
   * A breakdown as the viewer may see it. For FUNDER and PUBLIC the parts of PARTICIPANTS are
   * cells of the publication; splits of other counts of people (newcomers by gender, say) are not
   * published, so every part the split can have is NOT_PUBLISHED, whether present or not.
   */
  async disclosedBreakdown(question: BreakdownQuestion, parts: readonly BreakdownPart[], viewer: Viewer): Promise<IndicatorBreakdownRow[]> {
    const { measure, by, scope } = question;
    const shown = parts.map((part) => ({ ...part, withheld: null }));
    if (!seesPublication(viewer) || !PEOPLE_MEASURES.has(measure)) return shown;
    const { value: publication } = await this.publications.served();
    const published = publishedScopeOfResult(scope, publication.periods);
    if (!published || measure !== IndicatorMeasure.PARTICIPANTS) {
      return partKeys(measure, by).map((key) => ({ key, value: null, recordCount: null, withheld: Withholding.NOT_PUBLISHED }));
    }
    return parts.map((part) => {
      const { value, withheld } = publication.count(published, publishedPart(by, part.key));
      return { ...part, value, withheld };
    });
  }

  /** Every figure in one statement (figure-scans.ts). */
  private async figures(specs: readonly FigureSpec[]): Promise<Figure[]> {
    const statement = figuresStatement(specs);
    // A region with no row in scope counts nothing: a known zero.
    const figures: Figure[] = specs.map(() => ({ unknown: 0, known: 0, min: null, max: null }));
    const rows: Row[] = specs.length ? await this.db.query(statement.text, statement.params) : [];
    for (const row of rows) {
      const figure: Figure = {
        unknown: Number(row.unknown),
        known: Number(row.known),
        // Sums of people in bigint: 21,475 roundtables at the most one may record pass 2^31.
        min: sqlCountOrNull(row.min),
        max: sqlCountOrNull(row.max),
      };
      const targets = statement.targets[Number(row.figure)];
      const indexes = Array.isArray(targets) ? targets : (targets?.get(row.region as string) ?? []);
      for (const index of indexes) figures[index] = figure;
    }
    return figures;
  }
}
