import './review.css';
import type { ReviewState } from '../../__generated__/graphql';
import { toAnalyticsFilter } from '../../app/filters';
import { useEditingI18n } from '../../app/i18n/editing';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { mayReview } from '../../app/session/permissions';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { useFilters } from '../../app/use-filters';
import { FilterBar } from '../filters/FilterBar';
import { ClosedPeriods } from './ClosedPeriods';
import { type Outcome, ReviewQueue, useOutcome } from './ReviewQueue';

const WAITING: readonly ReviewState[] = ['SUBMITTED'];

/**
 * `/review`: the roundtables waiting for a reviewer, across regions, approved or returned many at
 * once; and below them the reporting periods, which reviewers close to changes and reopen.
 */
export default function ReviewQueuePage() {
  const { t } = useEditingI18n();
  const session = useSession();
  usePageTitle(t('queue.title'));
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p className="page-intro">{t('queue.intro')}</p>
      {mayReview(session?.viewer) ? (
        <ReviewTasks />
      ) : (
        <div className="banner notice" role="note">
          <p>{t('queue.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      )}
    </>
  );
}

/** The queue and the reporting periods, whose steps are said in the one live region the page has. */
function ReviewTasks() {
  const { outcome, announce } = useOutcome();
  return (
    <>
      <WaitingRecords outcome={outcome} announce={announce} />
      <ClosedPeriods announce={announce} />
    </>
  );
}

function WaitingRecords({ outcome, announce }: { outcome: Outcome | null; announce: (text: string | null) => void }) {
  const [filters] = useFilters();
  // Only submitted records wait for review: "approved only" would leave none.
  const filter = toAnalyticsFilter({ ...filters, approvedOnly: false });
  return (
    <>
      <FilterBar showApproved={false} />
      <ReviewQueue filter={filter} states={WAITING} outcome={outcome} announce={announce} />
    </>
  );
}
