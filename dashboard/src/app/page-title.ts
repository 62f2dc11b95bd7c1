import { useEffect } from 'react';
import { useI18n } from './i18n/i18n';

/** "<page> · <record> · SIRA Monitor": what a tab, a bookmark and the browser's history name a page by. */
export function pageTitle(appName: string, page: string, record?: string | null): string {
  return [page, record, appName].filter(Boolean).join(' · ');
}

/**
 * Sets the document's title for the page being shown, in the current language: the page, then
 * the record it shows if any (a region's name, a roundtable), then the dashboard's name. Every
 * page calls it, so no tab keeps the title of the page before it. `null` leaves the title to
 * what the page shows instead (the not-found page, for a record that does not exist).
 */
export function usePageTitle(page: string | null, record?: string | null): void {
  const { t } = useI18n();
  const title = page === null ? null : pageTitle(t('app.name'), page, record);
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
