import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';
import { reviewQueuePath } from '../../app/routes';
import { mayReview, seesEveryRecord } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { useHrefWithFilters } from '../../app/use-filters';

const REVIEW_WAITING = graphql(`
  query ReviewWaiting($filter: AnalyticsFilter) {
    reviewCounts(filter: $filter) {
      submitted
    }
  }
`);

/**
 * Which records a page counts, in words: every record, or approved ones only (always, for
 * FUNDER and PUBLIC). For the roles that see every record, also how many in the page's scope
 * wait for a reviewer, counted or not; a reviewer's count links to the review queue.
 */
export function RecordsScope({ filter }: { filter: AnalyticsFilterInput | undefined }) {
  const { t } = useI18n();
  const viewer = useSession()?.viewer;
  const href = useHrefWithFilters();
  const everyRecord = seesEveryRecord(viewer);
  // Waiting records are never approved ones: they are counted in the scope without that condition.
  const { data } = useQuery(REVIEW_WAITING, {
    variables: { filter: filter && { ...filter, approvedOnly: undefined } },
    skip: !everyRecord || !filter,
  });
  const approvedOnly = !everyRecord || filter?.approvedOnly === true;
  const waiting = data?.reviewCounts.submitted;
  const waitingText = waiting === undefined ? '' : t('records.waiting', { count: waiting });
  return (
    <p className="records-scope">
      <strong>{t('records.label')}</strong> {approvedOnly ? t('records.approved') : t('records.all')}
      {!approvedOnly && <span className="muted"> ({t('records.allHint')})</span>}
      {!everyRecord && <span className="muted"> {t('records.publicationNote')}</span>}
      {waitingText && (
        <>
          {' · '}
          {mayReview(viewer) && waiting ? <Link to={href(reviewQueuePath())}>{waitingText}</Link> : waitingText}
        </>
      )}
    </p>
  );
}
