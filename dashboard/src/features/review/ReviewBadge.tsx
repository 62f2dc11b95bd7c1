import './review.css';
import type { ReviewState } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';

/** Where a record stands in review, in words (its colour only repeats them). */
export function ReviewBadge({ state }: { state: ReviewState }) {
  const { t } = useEditingI18n();
  return (
    <span className={`review-badge review-${state.toLowerCase()}`}>
      <span className="sr-only">{t('review.stateLabel')}: </span>
      {t(`review.state.${state}`)}
    </span>
  );
}
