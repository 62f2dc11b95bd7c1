import { useReportI18n } from '../../app/i18n/report';
import { counterContent, cssString } from './page-margin-css';

interface Props {
  runningHead: string;
  produced: string;
  footNote: string;
}

/**
 * The printed pages' running head and footer with page numbers, in CSS page-margin boxes.
 * Their words depend on the report shown, so they are rendered with it (and leave with it:
 * another page printed later gets the browser's own header and footer back).
 */
export function PrintMargins({ runningHead, produced, footNote }: Props) {
  const { t } = useReportI18n();
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: var(--print-margin-text);';
  const css = `@media print { @page {
  @top-left { content: ${cssString(runningHead)}; ${box} }
  @top-right { content: ${cssString(produced)}; ${box} }
  @bottom-left { content: ${cssString(footNote)}; ${box} }
  @bottom-right { content: ${counterContent(t('report.pageCounter', { page: '{page}', pages: '{pages}' }))}; ${box} }
} }`;
  return <style>{css}</style>;
}
