import { useEffect, useRef } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';

/** Takes the focus when shown, and again after each attempt that ends the same way. */
function useFocusOnAttempt<T extends HTMLElement>(attempt: number) {
  const element = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per attempt, not per render.
  useEffect(() => element.current?.focus(), [attempt]);
  return element;
}

/** Someone saved this roundtable after it was opened here: their version wins until reloaded. */
export function StaleVersionNotice({
  currentVersion,
  attempt,
  onReload,
}: {
  currentVersion: number;
  attempt: number;
  onReload: () => void;
}) {
  const { t } = useEditingI18n();
  const notice = useFocusOnAttempt<HTMLDivElement>(attempt);
  return (
    <div ref={notice} className="banner error" role="alert" tabIndex={-1}>
      <p>{t('form.conflict', { version: currentVersion })}</p>
      <button type="button" className="secondary" onClick={onReload}>
        {t('form.reload')}
      </button>
    </div>
  );
}

/** Any other refusal (not allowed, not found, server unreachable), in the API's words. */
export function NotSavedNotice({ message, attempt }: { message: string; attempt: number }) {
  const { t } = useEditingI18n();
  const notice = useFocusOnAttempt<HTMLDivElement>(attempt);
  return (
    <div ref={notice} className="banner error" role="alert" tabIndex={-1}>
      <p>{t('form.notSaved', { message })}</p>
    </div>
  );
}
