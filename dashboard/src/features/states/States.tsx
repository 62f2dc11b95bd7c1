import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../../app/i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state" role="status" aria-live="polite">
      {t('state.loading')}
    </div>
  );
}

/** A failed request, with what the server said and a way to try again. */
export function ErrorState({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="banner error" role="alert">
      <p style={{ margin: 0 }}>
        <strong>{t('state.error')}</strong> {t('state.errorDetail', { message: error.message })}
      </p>
      {retry && (
        <button type="button" className="secondary" onClick={retry} style={{ marginTop: '0.5rem' }}>
          {t('state.retry')}
        </button>
      )}
    </div>
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
