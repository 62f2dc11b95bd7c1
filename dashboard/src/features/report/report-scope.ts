import { type AnalyticsFilterInput, type Filters, toAnalyticsFilter } from '../../app/filters';
import type { ViewerRole } from '../../app/session/session';

export interface PeriodChoice {
  code: string;
  kind: string;
  start: string;
  end: string;
}

/** The period asked for by code; with none asked, the whole project (else the first listed). */
export function chosenPeriod<Period extends PeriodChoice>(periods: readonly Period[], code: string | undefined): Period | undefined {
  if (code) return periods.find((period) => period.code === code);
  return periods.find((period) => period.kind === 'PROJECT') ?? periods[0];
}

/** The period whose URL is the report's own address, without a code. */
export const isDefaultPeriod = (periods: readonly PeriodChoice[], code: string) => chosenPeriod(periods, undefined)?.code === code;

/**
 * The days the report counts: the reporting period, narrowed by the filters' dates. Undefined
 * when they do not meet, so the report says so instead of counting a period it was not asked.
 */
export function datesCounted(period: PeriodChoice, filters: Pick<Filters, 'from' | 'to'>): { from: string; to: string } | undefined {
  const from = filters.from && filters.from > period.start ? filters.from : period.start;
  const to = filters.to && filters.to < period.end ? filters.to : period.end;
  return from <= to ? { from, to } : undefined;
}

/** The API filter for the report: the filters as they are, with the dates counted. */
export function reportFilter(filters: Filters, dates: { from: string; to: string }): AnalyticsFilterInput {
  return toAnalyticsFilter({ ...filters, ...dates });
}

// Roles the API gives the protected publication (server/core/auth/viewer.ts).
const AGGREGATE_ONLY: readonly ViewerRole[] = ['FUNDER', 'PUBLIC'];

/** The copy this role makes shows the protected publication, and must say so. */
export const isAggregateOnly = (role: ViewerRole) => AGGREGATE_ONLY.includes(role);

/**
 * The filters a report counts for `role`. FUNDER and PUBLIC see figures published per
 * reporting period, so theirs covers the whole period chosen: dates in the URL do not narrow it.
 */
export const reportFilters = (filters: Filters, role: ViewerRole): Filters =>
  isAggregateOnly(role) ? { ...filters, from: undefined, to: undefined } : filters;

/**
 * The filter for indicator results, which take their period by code: the report's filter for
 * roles that may narrow it by dates, without dates for FUNDER and PUBLIC (the API refuses them).
 */
export const resultsFilter = (filter: AnalyticsFilterInput, role: ViewerRole): AnalyticsFilterInput => {
  return isAggregateOnly(role) ? { ...filter, from: undefined, to: undefined } : filter;
};
