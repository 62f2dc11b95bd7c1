import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/messages/en';
import { Link } from '../../app/router';
import { dataQualityPath } from '../../app/routes';
import { mayActOnDataQuality, mayReview } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { useHrefWithFilters } from '../../app/use-filters';
import { qualityScope } from '../quality/quality-scope';

const QUALITY_SUMMARY = graphql(`
  query QualitySummary($filter: AnalyticsFilter) {
    reviewCounts(filter: $filter) {
      draft
      submitted
      returned
    }
    ruleFindings(filter: $filter, severity: WARNING, page: { limit: 1 }) {
      totalCount
    }
    unreviewedOutliers: outliers(filter: $filter, status: UNREVIEWED, page: { limit: 1 }) {
      totalCount
    }
    followUps: outliers(filter: $filter, status: FOLLOW_UP, page: { limit: 1 }) {
      totalCount
    }
  }
`);

/**
 * One line for those who act on data quality, with the way to the Data quality page: for
 * reviewers, what waits for review and the figures far from their usual no one has checked; for
 * coordinators (their own regions), what was returned to fix, drafts and follow-ups; for both,
 * the records a validation rule warns about. Nothing for the roles that cannot act on it.
 */
export function QualitySummary({ filter }: { filter: AnalyticsFilterInput | undefined }) {
  const { t } = useI18n();
  const viewer = useSession()?.viewer;
  const href = useHrefWithFilters();
  const acts = mayActOnDataQuality(viewer);
  // Records waiting or returned are never approved ones: counted without that condition, and
  // a coordinator's in its own regions, as the Data quality page lists them.
  const scope = filter && qualityScope(viewer, { ...filter, approvedOnly: undefined });
  const { data } = useQuery(QUALITY_SUMMARY, { variables: { filter: scope }, skip: !acts || !scope });
  if (!acts || !data) return null;
  const { draft, submitted, returned } = data.reviewCounts;
  const reviewer = mayReview(viewer);
  // Each role is told what it acts on: reviewers what waits for them, coordinators what waits for them.
  const counts: [MessageKey, number][] = reviewer
    ? [
        ['quality.summary.waiting', submitted],
        ['quality.summary.outliers', data.unreviewedOutliers.totalCount],
        ['quality.summary.warnings', data.ruleFindings.totalCount],
      ]
    : [
        ['quality.summary.returned', returned],
        ['quality.summary.drafts', draft],
        ['quality.summary.followUps', data.followUps.totalCount],
        ['quality.summary.warnings', data.ruleFindings.totalCount],
      ];
  const parts = counts.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count }));
  return (
    <p className="quality-summary">
      <strong>{t('quality.summary.label')}:</strong> {parts.length ? parts.join(' · ') : t('quality.summary.allClear')}{' '}
      <Link to={href(dataQualityPath())}>{t('quality.summary.open')}</Link>
    </p>
  );
}
