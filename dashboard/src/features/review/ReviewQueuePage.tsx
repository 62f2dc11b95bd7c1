import './review.css';
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RECORDING_LIMITS } from '../../../../server/contract/recording-limits';
import { graphql } from '../../__generated__';
import type { ReviewAction } from '../../__generated__/graphql';
import { toAnalyticsFilter } from '../../app/filters';
import { useEditingI18n } from '../../app/i18n/editing';
import { Link } from '../../app/router';
import { mayReview } from '../../app/session/permissions';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { useFilters } from '../../app/use-filters';
import type { WriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { FilterBar } from '../filters/FilterBar';
import { ClosedPeriods } from './ClosedPeriods';
import { CommentDialog } from './CommentDialog';
import { QueueTable } from './QueueTable';
import { RefusalAlert } from './RefusalAlert';
import { nextSelection } from './review-actions';
import { useReviewStep } from './review-writes';

const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: AnalyticsFilter) {
    roundtables(filter: $filter, states: [SUBMITTED]) {
      id
      ...ReviewQueue_roundtable
    }
  }
`);

/** The most records one step takes: the API refuses more, and splitting would break "all or none". */
const BATCH_MAX = RECORDING_LIMITS.lists.reviewBatch;

/**
 * `/review`: the roundtables waiting for a reviewer, across regions, approved or returned many at
 * once; and below them the reporting periods, which reviewers close to changes and reopen.
 */
export default function ReviewQueuePage() {
  const { t } = useEditingI18n();
  const session = useSession();
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

/** What a step did, with when, so that the same words twice are still a new outcome. */
type Outcome = { text: string; at: number };

/** The queue and the reporting periods, whose steps are said in the one live region the page has. */
function ReviewTasks() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const announce = useCallback((text: string | null) => setOutcome(text === null ? null : { text, at: Date.now() }), []);
  return (
    <>
      <ReviewQueue outcome={outcome} announce={announce} />
      <ClosedPeriods announce={announce} />
    </>
  );
}

function ReviewQueue({ outcome, announce }: { outcome: Outcome | null; announce: (text: string | null) => void }) {
  const { t, tCount, format } = useEditingI18n();
  const [filters] = useFilters();
  // Only submitted records wait for review: "approved only" would leave none.
  const filter = toAnalyticsFilter({ ...filters, approvedOnly: false });
  const { data, error, loading, refetch } = useQuery(REVIEW_QUEUE, { variables: { filter } });
  const { take, reload } = useReviewStep();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [working, setWorking] = useState<ReviewAction | null>(null);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [returning, setReturning] = useState(false);
  const [dialogRefusal, setDialogRefusal] = useState<WriteRefusal | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  const roundtables = data?.roundtables ?? [];
  // Only what is listed counts as selected: a record reviewed elsewhere drops out of the list and of the selection.
  const chosen = roundtables.filter((roundtable) => selection.has(roundtable.id));

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  /** Whether a step may start on the selection; if not, says why where the focus goes. */
  const ready = () => {
    const problem =
      chosen.length === 0
        ? t('queue.noneSelected')
        : chosen.length > BATCH_MAX
          ? t('queue.tooMany', { max: format.number(BATCH_MAX) })
          : null;
    if (problem) setRefusal({ kind: 'refused', code: undefined, message: problem });
    return !problem;
  };
  const step = async (action: 'APPROVE' | 'RETURN', comment?: string) => {
    if (working) return;
    setWorking(action);
    setRefusal(null);
    setDialogRefusal(null);
    announce(null);
    const result = await take(
      action,
      chosen.map((roundtable) => ({ id: roundtable.id, version: roundtable.version })),
      comment,
    );
    setWorking(null);
    if ('refusal' in result) {
      if (action === 'RETURN') setDialogRefusal(result.refusal);
      else setRefusal(result.refusal);
      return;
    }
    setReturning(false);
    setSelection(new Set());
    announce(tCount(action === 'APPROVE' ? 'queue.approved' : 'queue.returned', result.reviewed));
  };

  return (
    <>
      <FilterBar showApproved={false} />
      {/* Always on the page, so that what a step did is read out when it is written here. */}
      <p ref={outcomeRef} className={outcome ? 'banner notice' : 'sr-only'} role="status" tabIndex={-1}>
        {outcome?.text}
      </p>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && roundtables.length === 0 && <p className="state">{t('queue.empty')}</p>}
      {data && roundtables.length > 0 && (
        <section className="card" aria-labelledby="queue-title">
          <h2 id="queue-title">{tCount('records.waiting', roundtables.length)}</h2>
          <div className="toolbar bulk-actions">
            <span className="selection-count" aria-live="polite">
              {tCount('queue.selected', chosen.length)}
            </span>
            <button type="button" className="primary" onClick={() => ready() && void step('APPROVE')}>
              {working === 'APPROVE' ? t('review.working') : t('queue.approveSelected')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                if (!ready()) return;
                setDialogRefusal(null);
                setReturning(true);
              }}
            >
              {t('queue.returnSelected')}
            </button>
          </div>
          <RefusalAlert refusal={refusal} onReload={reload} />
          <QueueTable
            roundtables={roundtables}
            selected={selection}
            onSelect={(ids, selected) => setSelection((current) => nextSelection(current, ids, selected))}
          />
        </section>
      )}
      <CommentDialog
        open={returning}
        title={tCount('queue.returnTitle', chosen.length)}
        question={t('queue.returnQuestion')}
        commentLabel={t('review.returnComment')}
        confirmLabel={t('review.returnConfirm')}
        working={working !== null}
        refusal={dialogRefusal}
        onReload={() => {
          reload();
          setReturning(false);
        }}
        onConfirm={(comment) => void step('RETURN', comment)}
        onClose={() => setReturning(false)}
      />
    </>
  );
}
