/**
 * A reporting period as both sides need it: evaluation owns the periods, and engagement keeps a
 * copy of their codes and dates, which its protected publication is made for.
 */
export interface PeriodSpan {
  code: string;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  endsOn: string;
}
