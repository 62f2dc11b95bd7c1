import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { ClosedPeriods_PeriodFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import type { WriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { ScrollTable } from '../../ui/Tables';
import { CommentDialog } from './CommentDialog';
import { type PeriodStanding, periodStandings } from './closed-periods';
import { type PeriodChange, usePeriodChange } from './period-writes';

// What the list shows of a closed period: who closed it, when and why.
export const CLOSED_PERIODS_PERIOD = graphql(`
  fragment ClosedPeriods_period on ClosedPeriod {
    periodCode
    startsOn
    endsOn
    reason
    closedBy
    closedAt
  }
`);

const CLOSED_PERIODS = graphql(`
  query ClosedPeriods($locale: Locale!) {
    reportingPeriods {
      code
      label(locale: $locale)
      start
      end
    }
    closedPeriods {
      ...ClosedPeriods_period
    }
  }
`);

type Standing = PeriodStanding<ClosedPeriods_PeriodFragment>;

/**
 * The reporting periods as reviewers close and reopen them: every period, open or closed (by
 * whom, when, why), with the step it may take next. Either step asks for the reason; a refusal is
 * the API's, in the dialog where the focus is, and a change made is said by the page (`announce`).
 */
export function ClosedPeriods({ announce }: { announce: (message: string) => void }) {
  const { t, locale, format } = useEditingI18n();
  const { data, error, loading, refetch } = useQuery(CLOSED_PERIODS, { variables: { locale } });
  const { change, reload } = usePeriodChange();
  const [asking, setAsking] = useState<{ change: PeriodChange; period: Standing } | null>(null);
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);

  const standings = data ? periodStandings(data.reportingPeriods, data.closedPeriods) : [];
  const bounds = (period: Standing) => ({ start: format.date(period.start), end: format.date(period.end) });

  const take = async (reason: string) => {
    if (!asking || working) return;
    setWorking(true);
    setRefusal(null);
    const outcome = await change(asking.change, asking.period.code, reason);
    setWorking(false);
    if ('refusal' in outcome) {
      setRefusal(outcome.refusal);
      return;
    }
    const period = asking.period.label;
    setAsking(null);
    announce(asking.change === 'close' ? t('periods.closedDone', { period }) : t('periods.reopenedDone', { period }));
  };

  const closing = asking?.change === 'close';
  const period = asking?.period.label ?? '';
  return (
    <section className="card" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('periods.title')}</h2>
      <p className="chart-description">{t('periods.intro')}</p>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <ScrollTable caption={t('periods.caption')} className="data closed-periods">
          <thead>
            <tr>
              <th scope="col">{t('periods.period')}</th>
              <th scope="col">{t('periods.datesColumn')}</th>
              <th scope="col">{t('periods.standing')}</th>
              <th scope="col">{t('periods.step')}</th>
            </tr>
          </thead>
          <tbody>
            {standings.map((standing) => (
              <tr key={standing.code} className={standing.closure ? 'closed' : undefined}>
                <th scope="row">{standing.label}</th>
                <td>{t('periods.dates', bounds(standing))}</td>
                <td>
                  {standing.closure ? (
                    <>
                      <strong>{t('periods.closed')}</strong>{' '}
                      {t('periods.closedBy', { who: standing.closure.closedBy, when: format.dateTime(standing.closure.closedAt) })}
                      <span className="closure-reason">{t('periods.reason', { reason: standing.closure.reason })}</span>
                    </>
                  ) : (
                    t('periods.open')
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setRefusal(null);
                      setAsking({ change: standing.closure ? 'reopen' : 'close', period: standing });
                    }}
                  >
                    {standing.closure ? t('periods.reopen') : t('periods.close')}
                    <span className="sr-only"> {t('periods.which', { period: standing.label })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <CommentDialog
        open={asking !== null}
        title={closing ? t('periods.closeTitle', { period }) : t('periods.reopenTitle', { period })}
        question={asking ? t(closing ? 'periods.closeQuestion' : 'periods.reopenQuestion', bounds(asking.period)) : ''}
        commentLabel={closing ? t('periods.closeReason') : t('periods.reopenReason')}
        confirmLabel={closing ? t('periods.closeConfirm') : t('periods.reopenConfirm')}
        requiredMessage={t('periods.reasonRequired')}
        reloadLabel={t('periods.reload')}
        working={working}
        refusal={refusal}
        onReload={() => {
          reload();
          setAsking(null);
        }}
        onConfirm={(reason) => void take(reason)}
        onClose={() => setAsking(null)}
      />
    </section>
  );
}
