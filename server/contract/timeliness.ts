/**
 * When a roundtable's record counts as on time: submitted for review within this many days of
 * the day the roundtable was held (ON_TIME_DAYS, validated in core/config.ts).
 */
export const DEFAULT_ON_TIME_DAYS = 30;
/** A reporting deadline further out than a year would call every record on time. */
export const MAX_ON_TIME_DAYS = 365;

let onTimeDays = DEFAULT_ON_TIME_DAYS;

/** Set once at boot from ON_TIME_DAYS; tests may set it too. */
export function setOnTimeDays(days: number): void {
  onTimeDays = days;
}

/** The days a record has, from the day its roundtable was held, to be submitted on time. */
export const currentOnTimeDays = (): number => onTimeDays;
