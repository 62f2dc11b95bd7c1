import './quality.css';
import '../review/review.css';
import { useState } from 'react';
import type { ReviewState } from '../../__generated__/graphql';
import { toAnalyticsFilter } from '../../app/filters';
import { useQualityI18n } from '../../app/i18n/quality';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { maySeeDataQuality } from '../../app/session/permissions';
import type { SessionViewer } from '../../app/session/session';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { useFilters } from '../../app/use-filters';
import { FilterBar } from '../filters/FilterBar';
import { ReviewQueue, useOutcome } from '../review/ReviewQueue';
import { CompletenessSection } from './CompletenessSection';
import { OutliersSection } from './OutliersSection';
import { qualityScope } from './quality-scope';
import { RuleFindingsSection } from './RuleFindingsSection';

const STATES: readonly ReviewState[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

/** What each role first looks for: reviewers what waits for them, coordinators what waits for them to fix or submit. */
const firstStates = (viewer: SessionViewer | undefined): ReviewState[] =>
  viewer?.role === 'COORDINATOR' ? ['DRAFT', 'RETURNED'] : ['SUBMITTED'];

/**
 * `/quality`: the evidence chain in one place for those who keep it: records by review state
 * (a reviewer approves or returns many at once), rule findings, outliers and follow-ups, and
 * how complete and timely each region's records are. Every list is paged, sorted by the API
 * and downloadable whole; the page's filters narrow each of them.
 */
export default function DataQualityPage() {
  const { t } = useQualityI18n();
  const session = useSession();
  usePageTitle(t('quality.title'));
  return (
    <>
      <h1>{t('quality.title')}</h1>
      <p className="page-intro">{t('quality.intro')}</p>
      {maySeeDataQuality(session?.viewer) ? (
        <QualitySections viewer={session?.viewer} />
      ) : (
        <div className="banner notice" role="note">
          <p>{t('quality.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      )}
    </>
  );
}

function QualitySections({ viewer }: { viewer: SessionViewer | undefined }) {
  const { t } = useQualityI18n();
  const [filters] = useFilters();
  // Every list here is about records as recorded, waiting ones included: "approved only" is not offered.
  const filter = qualityScope(viewer, toAnalyticsFilter({ ...filters, approvedOnly: false }));
  const { outcome, announce } = useOutcome();
  const [states, setStates] = useState<ReviewState[]>(() => firstStates(viewer));
  return (
    <>
      <FilterBar showApproved={false} />
      <section id="review-states" aria-labelledby="review-states-title" className="quality-section">
        <h2 id="review-states-title">{t('quality.review.title')}</h2>
        <p>{t('quality.review.intro')}</p>
        <fieldset className="state-choice">
          <legend>{t('quality.review.states')}</legend>
          {STATES.map((state) => (
            <label key={state}>
              <input
                type="checkbox"
                checked={states.includes(state)}
                onChange={(event) =>
                  setStates((current) =>
                    event.target.checked ? STATES.filter((s) => s === state || current.includes(s)) : current.filter((s) => s !== state),
                  )
                }
              />{' '}
              {t(`review.state.${state}`)}
            </label>
          ))}
        </fieldset>
        {/* No state chosen lists every state, as the API reads an empty list. */}
        <ReviewQueue filter={filter} states={states.length ? states : STATES} outcome={outcome} announce={announce} />
      </section>
      <RuleFindingsSection filter={filter} />
      <CompletenessSection filter={filter} />
      <OutliersSection filter={filter} />
    </>
  );
}
