import { createContext, type ReactNode, useContext } from 'react';
import { graphql } from '../../__generated__';
import type { ClosedPeriodNote_PeriodFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { closuresOn } from '../review/closed-periods';

// What the form says of a closed period its date falls in: the form's options spread it.
export const CLOSED_PERIOD_NOTE_PERIOD = graphql(`
  fragment ClosedPeriodNote_period on ClosedPeriod {
    periodCode
    startsOn
    endsOn
    reason
    closedBy
  }
`);

type Closure = ClosedPeriodNote_PeriodFragment;

const ClosuresContext = createContext<readonly Closure[]>([]);

/** The periods closed to changes when the form's options were read. */
export function ClosedPeriodsProvider({ closures, children }: { closures: readonly Closure[]; children: ReactNode }) {
  return <ClosuresContext.Provider value={closures}>{children}</ClosuresContext.Provider>;
}

/** The periods closed to changes, as the form's options gave them (kept offline with them). */
export const useClosures = (): readonly Closure[] => useContext(ClosuresContext);

/**
 * Said as soon as the date chosen falls in a closed period: that it is closed, by whom and why,
 * before the API refuses the roundtable. Not checked here: the API decides, and a reviewer may
 * reopen the period meanwhile. Always on the page, so that the words are read out when they come.
 */
export function ClosedPeriodNote({ date }: { date: string }) {
  const { t, format } = useEditingI18n();
  const closed = closuresOn(date, useContext(ClosuresContext));
  return (
    <div className="closed-period-note" aria-live="polite">
      {closed.map((closure) => (
        <p key={closure.periodCode} className="banner period-closed">
          {t('periods.formNote', {
            period: closure.periodCode,
            start: format.date(closure.startsOn),
            end: format.date(closure.endsOn),
            who: closure.closedBy,
            reason: closure.reason,
          })}
        </p>
      ))}
    </div>
  );
}
