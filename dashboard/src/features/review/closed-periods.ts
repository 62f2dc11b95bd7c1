/** A reporting period as the reviewers' list shows it: `reportingPeriods`, in the API's order. */
export interface ListedPeriod {
  code: string;
  label: string;
  start: string;
  end: string;
}

/** A period closed to changes, as `closedPeriods` gives it (its dates as they were when it was closed). */
export interface PeriodClosure {
  periodCode: string;
  startsOn: string;
  endsOn: string;
}

export interface PeriodStanding<Closure extends PeriodClosure> extends ListedPeriod {
  /** The closure in force, or null when the period is open to changes. */
  closure: Closure | null;
}

/**
 * Every reporting period with whether it is closed. A closure whose period is no longer among
 * the reporting periods is listed after them, with its own dates, so it can still be reopened.
 */
export function periodStandings<Closure extends PeriodClosure>(
  periods: readonly ListedPeriod[],
  closures: readonly Closure[],
): PeriodStanding<Closure>[] {
  const byCode = new Map(closures.map((closure) => [closure.periodCode, closure]));
  const listed = new Set(periods.map((period) => period.code));
  return [
    ...periods.map((period) => ({ ...period, closure: byCode.get(period.code) ?? null })),
    ...closures
      .filter((closure) => !listed.has(closure.periodCode))
      .map((closure) => ({ code: closure.periodCode, label: closure.periodCode, start: closure.startsOn, end: closure.endsOn, closure })),
  ];
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The closed periods a day falls in (inclusive bounds; ISO dates compare as text), as the API
 * checks a write dated that day. None for a date not yet typed whole.
 */
export function closuresOn<Closure extends PeriodClosure>(date: string, closures: readonly Closure[]): Closure[] {
  if (!CALENDAR_DATE.test(date)) return [];
  return closures.filter((closure) => closure.startsOn <= date && date <= closure.endsOn);
}
