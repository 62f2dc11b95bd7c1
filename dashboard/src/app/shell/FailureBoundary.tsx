import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { retryFailedLoads } from '../i18n/loaded';

interface Props {
  /** What is drawn instead once drawing failed, given a way to try drawing again. */
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failure in drawing what it wraps inside it: without a boundary, React takes the whole
 * app off the screen. On a poor line the usual cause is a page's code that could not be
 * fetched; trying again fetches every code that failed again.
 */
export class FailureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  private readonly retry = () => {
    retryFailedLoads();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.failed(this.retry) : this.props.children;
  }
}

/** In place of a page that could not be drawn: what to do, in the reader's language, and a way to try again. */
export function PageFailed({ retry }: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="banner error" role="alert">
      <p style={{ margin: 0 }}>{t('state.pageFailed')}</p>
      <button type="button" className="secondary" onClick={retry} style={{ marginTop: '0.5rem' }}>
        {t('state.retry')}
      </button>
    </div>
  );
}
