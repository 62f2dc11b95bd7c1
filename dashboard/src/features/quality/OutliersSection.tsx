import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../__generated__';
import type { OutlierMark, OutlierMeasure, OutlierSortField, OutlierStatus } from '../../__generated__/graphql';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useQualityI18n } from '../../app/i18n/quality';
import { mayReview } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import type { WriteRefusal } from '../../data/api-errors';
import { formatRange } from '../../data/ranges';
import { ErrorState, Loading } from '../../ui/States';
import { CommentDialog } from '../review/CommentDialog';
import { type FlaggedFigure, outlierColumns } from './OutlierColumns';
import { useMarkOutlier } from './outlier-writes';
import { PagedTable } from './PagedTable';
import { usePaging } from './paging';

const OUTLIERS = graphql(`
  query Outliers(
    $filter: AnalyticsFilter
    $outlierMeasure: OutlierMeasure
    $outlierStatus: OutlierStatus
    $page: PageInput
    $outlierOrder: OutlierOrder
  ) {
    outliers(filter: $filter, measure: $outlierMeasure, status: $outlierStatus, page: $page, orderBy: $outlierOrder) {
      totalCount
      rows {
        ...OutliersSection_outlier
      }
    }
  }
`);

const MEASURES: readonly OutlierMeasure[] = ['PARTICIPANTS', 'ONLINE', 'ONSITE', 'ORGANISATIONS', 'DURATION_MINUTES'];
const STATUSES: readonly OutlierStatus[] = ['UNREVIEWED', 'FOLLOW_UP', 'CHECKED'];

/**
 * Figures far from their usual, a page at a time, farthest first: reviewers start from those not
 * reviewed yet and mark each CHECKED or FOLLOW_UP with a comment; a coordinator starts from the
 * follow-ups asked of its regions. `filter` is the page's scope.
 */
export function OutliersSection({ filter }: { filter: AnalyticsFilterInput | undefined }) {
  const i18n = useQualityI18n();
  const { t, format } = i18n;
  const viewer = useSession()?.viewer;
  const reviewer = mayReview(viewer);
  const client = useApolloClient();
  const [measure, setMeasure] = useState<OutlierMeasure | null>(null);
  const [status, setStatus] = useState<OutlierStatus | null>(viewer?.role === 'COORDINATOR' ? 'FOLLOW_UP' : 'UNREVIEWED');
  const paging = usePaging<OutlierSortField>('SCORE', 'DESC');
  const variables = { filter, outlierMeasure: measure, outlierStatus: status, page: paging.page, outlierOrder: paging.orderBy };
  const { data, previousData, error, loading, refetch } = useQuery(OUTLIERS, { variables });
  const { mark, reload } = useMarkOutlier();
  const [marking, setMarking] = useState<{ row: FlaggedFigure; status: OutlierMark } | null>(null);
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; at: number } | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  // While the next page loads, the last one stays, so the table does not jump.
  const page = (data ?? previousData)?.outliers;
  const which = (row: FlaggedFigure) => ({ measure: t(`outlier.measure.${row.measure}`), number: row.number, region: row.region.name });
  const confirm = async (comment: string) => {
    if (!marking || working) return;
    setWorking(true);
    setRefusal(null);
    const result = await mark(marking.row, marking.status, comment);
    setWorking(false);
    if ('refusal' in result) {
      setRefusal(result.refusal);
      return;
    }
    setOutcome({ text: t(`quality.outliers.done.${marking.status}`, which(marking.row)), at: Date.now() });
    setMarking(null);
  };
  const fetchPage = async (pageAsked: { offset: number; limit: number }) =>
    (await client.query({ query: OUTLIERS, variables: { ...variables, page: pageAsked }, fetchPolicy: 'network-only' })).data?.outliers ?? {
      totalCount: 0,
      rows: [],
    };

  return (
    <section id="outliers" aria-labelledby="outliers-title" className="quality-section">
      <h2 id="outliers-title">{t('quality.outliers.title')}</h2>
      <p>{t('quality.outliers.intro')}</p>
      <div className="toolbar outlier-filters">
        <label>
          {t('quality.outliers.measure')}{' '}
          <select
            value={measure ?? ''}
            onChange={(event) => {
              setMeasure((event.target.value || null) as OutlierMeasure | null);
              paging.setOffset(0);
            }}
          >
            <option value="">{t('quality.outliers.anyMeasure')}</option>
            {MEASURES.map((each) => (
              <option key={each} value={each}>
                {t(`outlier.measure.${each}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('quality.outliers.status')}{' '}
          <select
            value={status ?? ''}
            onChange={(event) => {
              setStatus((event.target.value || null) as OutlierStatus | null);
              paging.setOffset(0);
            }}
          >
            <option value="">{t('quality.outliers.anyStatus')}</option>
            {STATUSES.map((each) => (
              <option key={each} value={each}>
                {t(`quality.outliers.status.${each}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Always on the page, so that what a mark did is read out when it is written here. */}
      <p ref={outcomeRef} className={outcome ? 'banner notice' : 'sr-only'} role="status" tabIndex={-1}>
        {outcome?.text}
      </p>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !page && <Loading />}
      {page && (
        <PagedTable
          caption={status === 'FOLLOW_UP' ? t('quality.outliers.followUps') : t('quality.outliers.title')}
          className="outliers"
          columns={outlierColumns(
            i18n,
            reviewer
              ? (row, chosen) => {
                  setRefusal(null);
                  setMarking({ row, status: chosen });
                }
              : undefined,
          )}
          page={page}
          paging={paging}
          rowKey={(row) => `${row.roundtableId} ${row.measure}`}
          fetchPage={fetchPage}
          filename={t('quality.outliers.file')}
        />
      )}
      <CommentDialog
        open={marking !== null}
        title={marking ? t(`quality.outliers.dialog.${marking.status}.title`, which(marking.row)) : ''}
        question={
          marking
            ? t(`quality.outliers.dialog.${marking.status}.question`, {
                ...which(marking.row),
                value: formatRange(marking.row.value, format.number, t('figure.unknown')),
              })
            : ''
        }
        commentLabel={t('quality.outliers.dialog.comment')}
        confirmLabel={marking ? t(`quality.outliers.dialog.${marking.status}.confirm`) : ''}
        requiredMessage={t('quality.outliers.dialog.commentRequired')}
        reloadLabel={t('quality.outliers.reload')}
        working={working}
        refusal={refusal}
        onReload={() => {
          reload();
          setMarking(null);
        }}
        onConfirm={(comment) => void confirm(comment)}
        onClose={() => setMarking(null)}
      />
    </section>
  );
}
