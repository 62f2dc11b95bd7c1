import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RECORDING_LIMITS } from '../../../../server/contract/recording-limits';
import { graphql } from '../../__generated__';
import type { ReviewAction, ReviewState, RoundtableSortField } from '../../__generated__/graphql';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useQualityI18n } from '../../app/i18n/quality';
import { mayReview } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import type { WriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { PagedTable } from '../quality/PagedTable';
import { usePaging } from '../quality/paging';
import { CommentDialog } from './CommentDialog';
import { queueColumns } from './QueueColumns';
import { RefusalAlert } from './RefusalAlert';
import { nextSelection } from './review-actions';
import { useReviewStep } from './review-writes';

const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: AnalyticsFilter, $states: [ReviewState!], $page: PageInput, $queueOrder: RoundtableOrder) {
    roundtablePage(filter: $filter, states: $states, page: $page, orderBy: $queueOrder) {
      totalCount
      rows {
        id
        ...ReviewQueue_roundtable
      }
    }
  }
`);

/** The most records one step takes: the API refuses more, and splitting would break "all or none". */
const BATCH_MAX = RECORDING_LIMITS.lists.reviewBatch;

/** What a step did, with when, so that the same words twice are still a new outcome. */
export type Outcome = { text: string; at: number };

/** The outcome a page's review steps write in its one live region, and the way to write it. */
export function useOutcome(): { outcome: Outcome | null; announce: (text: string | null) => void } {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const announce = useCallback((text: string | null) => setOutcome(text === null ? null : { text, at: Date.now() }), []);
  return { outcome, announce };
}

/**
 * The roundtables in some review states, a page at a time in the order chosen; a reviewer
 * selects those waiting for review and approves or returns them all at once, with one comment.
 * `filter` is the page's scope, without "approved only", which would leave none waiting.
 */
export function ReviewQueue({
  filter,
  states,
  outcome,
  announce,
}: {
  filter: AnalyticsFilterInput | undefined;
  states: readonly ReviewState[];
  outcome: Outcome | null;
  announce: (text: string | null) => void;
}) {
  const i18n = useQualityI18n();
  const { t, format } = i18n;
  const reviewer = mayReview(useSession()?.viewer);
  const client = useApolloClient();
  const paging = usePaging<RoundtableSortField>('DATE');
  const variables = { filter, states: [...states], page: paging.page, queueOrder: paging.orderBy };
  const { data, previousData, error, loading, refetch } = useQuery(REVIEW_QUEUE, { variables });
  const { take, reload } = useReviewStep();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [working, setWorking] = useState<ReviewAction | null>(null);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [returning, setReturning] = useState(false);
  const [dialogRefusal, setDialogRefusal] = useState<WriteRefusal | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  // While the next page loads, the last one stays, so the table does not jump.
  const page = (data ?? previousData)?.roundtablePage;
  const rows = page?.rows ?? [];
  // Only what is listed and waiting counts as selected: a record reviewed elsewhere drops out of both.
  const chosen = rows.filter((row) => row.reviewState === 'SUBMITTED' && selection.has(row.id));

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
      chosen.map((row) => ({ id: row.id, version: row.version })),
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
    announce(t(action === 'APPROVE' ? 'queue.approved' : 'queue.returned', { count: result.reviewed }));
  };
  const fetchPage = async (pageAsked: { offset: number; limit: number }) =>
    (await client.query({ query: REVIEW_QUEUE, variables: { ...variables, page: pageAsked }, fetchPolicy: 'network-only' })).data
      ?.roundtablePage ?? { totalCount: 0, rows: [] };
  const waitingOnly = states.length === 1 && states[0] === 'SUBMITTED';

  return (
    <>
      {/* Always on the page, so that what a step did is read out when it is written here. */}
      <p ref={outcomeRef} className={outcome ? 'banner notice' : 'sr-only'} role="status" tabIndex={-1}>
        {outcome?.text}
      </p>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !page && <Loading />}
      {page && page.totalCount === 0 && waitingOnly && <p className="state">{t('queue.empty')}</p>}
      {page && (page.totalCount > 0 || !waitingOnly) && (
        <section className="card" aria-labelledby="queue-title">
          <h2 id="queue-title">{waitingOnly ? t('records.waiting', { count: page.totalCount }) : t('quality.review.title')}</h2>
          {reviewer && (
            <div className="toolbar bulk-actions">
              <span className="selection-count" aria-live="polite">
                {t('queue.selected', { count: chosen.length })}
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
          )}
          <RefusalAlert refusal={refusal} onReload={reload} />
          <PagedTable
            caption={waitingOnly ? t('queue.caption') : t('quality.review.title')}
            className="review-queue"
            columns={queueColumns(
              i18n,
              rows,
              reviewer
                ? { selected: selection, onSelect: (ids, selected) => setSelection((current) => nextSelection(current, ids, selected)) }
                : undefined,
            )}
            page={page}
            paging={paging}
            rowKey={(row) => row.id}
            rowClass={(row) => (selection.has(row.id) ? 'selected' : undefined)}
            fetchPage={fetchPage}
            filename={t('quality.review.file')}
          />
        </section>
      )}
      <CommentDialog
        open={returning}
        title={t('queue.returnTitle', { count: chosen.length })}
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
