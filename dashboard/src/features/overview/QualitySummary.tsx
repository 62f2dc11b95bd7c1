import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';
import { dataQualityPath } from '../../app/routes';
import { mayActOnDataQuality } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { useHrefWithFilters } from '../../app/use-filters';

const QUALITY_SUMMARY = graphql(`
  query QualitySummary($filter: AnalyticsFilter) {
    reviewCounts(filter: $filter) {
      draft
      submitted
      returned
    }
  }
`);

/**
 * One line for those who act on data quality (reviewers, and coordinators for their regions):
 * what waits for review, what was returned to fix, what is still a draft, with the way to the
 * Data quality page. Nothing for the roles that cannot act on it.
 */
export function QualitySummary({ filter }: { filter: AnalyticsFilterInput | undefined }) {
  const { t, tCount } = useI18n();
  const viewer = useSession()?.viewer;
  const href = useHrefWithFilters();
  const acts = mayActOnDataQuality(viewer);
  // The records in question are never approved ones: counted without that condition.
  const { data } = useQuery(QUALITY_SUMMARY, { variables: { filter: filter && { ...filter, approvedOnly: undefined } }, skip: !acts });
  if (!acts || !data) return null;
  const { draft, submitted, returned } = data.reviewCounts;
  const parts = [
    submitted > 0 && tCount('quality.summary.waiting', submitted),
    returned > 0 && tCount('quality.summary.returned', returned),
    draft > 0 && tCount('quality.summary.drafts', draft),
  ].filter((part): part is string => Boolean(part));
  return (
    <p className="quality-summary">
      <strong>{t('quality.summary.label')}:</strong> {parts.length ? parts.join(' · ') : t('quality.summary.allClear')}{' '}
      <Link to={href(dataQualityPath())}>{t('quality.summary.open')}</Link>
    </p>
  );
}
