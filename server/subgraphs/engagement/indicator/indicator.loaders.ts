import DataLoader from 'dataloader';
import type { Viewer } from '../../../core/auth/viewer';
import type { IndicatorMeasureService } from './indicator-measure.service';
import {
  type BreakdownPart,
  type BreakdownQuestion,
  breakdownKey,
  type IndicatorFigures,
  type IndicatorQuestion,
  type MeasureQuestion,
  measureKey,
  questionKey,
} from './indicator-question';

/**
 * The loaders of indicator result fields, made for each request and its viewer: the gateway
 * sends every result of a request in one _entities call, so each loader sees them all at once,
 * which both batches the SQL and lets suppression see the totals shown beside a region.
 */
export function indicatorLoaders(indicators: IndicatorMeasureService, viewer: Viewer) {
  return {
    indicatorResult: new DataLoader<IndicatorQuestion, IndicatorFigures, string>((questions) => indicators.results(questions, viewer), {
      cacheKeyFn: questionKey,
    }),
    indicatorBreakdown: new DataLoader<BreakdownQuestion, BreakdownPart[], string>((questions) => indicators.breakdowns(questions), {
      cacheKeyFn: breakdownKey,
    }),
    indicatorRoundtableIds: new DataLoader<MeasureQuestion, string[], string>((questions) => indicators.roundtableIds(questions), {
      cacheKeyFn: measureKey,
    }),
  };
}
