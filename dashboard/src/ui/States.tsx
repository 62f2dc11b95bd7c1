import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useI18n } from '../app/i18n/i18n';
import { useFilters } from '../app/use-filters';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state" role="status" aria-live="polite">
      {t('state.loading')}
    </div>
  );
}

/**
 * The API refused the filters' dates: FUNDER and PUBLIC see figures published per reporting
 * period only (or for all roundtables), so trying again would be refused again.
 */
export const isRefusedPeriod = (error: ErrorLike): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((problem) => problem.extensions?.code === 'BAD_USER_INPUT' && problem.extensions?.field === 'filter.from');

/** A failed request, with what the server said and a way to try again, or, for dates that cannot be shown, to choose others. */
export function ErrorState({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  const { t } = useI18n();
  const refusedPeriod = isRefusedPeriod(error);
  return (
    <div className="banner error" role="alert">
      <p style={{ margin: 0 }}>
        <strong>{t('state.error')}</strong> {t('state.errorDetail', { message: error.message })}
      </p>
      {refusedPeriod ? (
        <ChooseAPeriod />
      ) : (
        retry && (
          <button type="button" className="secondary" onClick={retry} style={{ marginTop: '0.5rem' }}>
            {t('state.retry')}
          </button>
        )
      )}
    </div>
  );
}

/** The way out of dates the API will not show this viewer: a period from the filters, or all roundtables. */
function ChooseAPeriod() {
  const { t } = useI18n();
  const [filters, setFilters] = useFilters();
  return (
    <>
      <p style={{ margin: '0.5rem 0 0' }}>{t('filters.periodRefused')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => setFilters({ ...filters, from: undefined, to: undefined })}
        style={{ marginTop: '0.5rem' }}
      >
        {t('filters.showAll')}
      </button>
    </>
  );
}

export function Empty() {
  const { t } = useI18n();
  return (
    <div className="state">
      <p>
        <strong>{t('state.empty')}</strong>
      </p>
      <p>{t('state.emptyHint')}</p>
    </div>
  );
}

/** Shown on every view whose data includes generated records. */
export function IllustrativeBanner({ count, total, onHide }: { count: number; total: number; onHide?: () => void }) {
  const { t, format } = useI18n();
  if (count === 0) return null;
  return (
    <div className="banner illustrative" role="note">
      {t('illustrative.banner', { count: format.number(count), total: format.number(total) })}{' '}
      {onHide && (
        <button type="button" className="link-button" onClick={onHide}>
          {t('illustrative.hide')}
        </button>
      )}
    </div>
  );
}
