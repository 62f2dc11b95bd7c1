import type { Withholding } from '../../../contract/disclosure/withholding';
import type { Disaggregation } from '../../../contract/indicators/disaggregation';
import type { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope, IndicatorValue } from '../../../contract/indicators/indicator-scope';

/** What a result asks engagement to count: its id plays no part, so equal questions are counted once. */
export interface IndicatorQuestion {
  numerator: IndicatorMeasure;
  denominator: IndicatorMeasure | null;
  scope: IndicatorScope;
}

/** One measure over one scope: what the drill-down and the breakdowns depend on. */
export interface MeasureQuestion {
  measure: IndicatorMeasure;
  scope: IndicatorScope;
}

export interface BreakdownQuestion extends MeasureQuestion {
  by: Disaggregation;
}

/** A result as counted, and withheld or not, for the viewer who asked. */
export interface IndicatorFigures {
  value: IndicatorValue | null;
  recordCount: number;
  unknownRecords: number;
  /** Why value is withheld from this viewer; null when it is not. */
  withheld: Withholding | null;
  /** The numerator as counted for this result: the total its breakdown adds up to. */
  numeratorValue: IndicatorValue | null;
}

/** One part of a breakdown, before anything is withheld. */
export interface BreakdownPart {
  key: string;
  value: IndicatorValue | null;
  recordCount: number | null;
}

/** Everything a count depends on: two questions that differ in any of it are never answered as one. */
export const scopeKey = (scope: IndicatorScope) => [
  scope.regions,
  scope.from,
  scope.to,
  scope.formats,
  scope.illustrative,
  scope.approvedOnly,
];

/** DataLoader cache keys: equal questions, however their objects were built, are one key. */
export const questionKey = (question: IndicatorQuestion) =>
  JSON.stringify([question.numerator, question.denominator, scopeKey(question.scope)]);
export const measureKey = (question: MeasureQuestion) => JSON.stringify([question.measure, scopeKey(question.scope)]);
export const breakdownKey = (question: BreakdownQuestion) => JSON.stringify([question.measure, question.by, scopeKey(question.scope)]);
