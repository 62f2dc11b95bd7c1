import { useI18n } from '../app/i18n/i18n';
import { Link } from '../app/router';
import { ABOUT_FIGURES_PATH } from '../app/routes';
import { useHrefWithFilters } from '../app/use-filters';
import type { Withholding } from '../data/withholding';

/**
 * Under a chart or table with withheld counts: what each reason shown there means, in a
 * line each, and where the method is explained. Nothing when no count is withheld.
 */
export function WithheldNote({ reasons }: { reasons?: readonly Withholding[] }) {
  const { t } = useI18n();
  const href = useHrefWithFilters();
  if (!reasons?.length) return null;
  return (
    <div className="withheld-note" role="note" aria-label={t('withheld.noteLabel')}>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>
            <strong>{t(`withheld.${reason}`)}</strong>: {t(`withheld.explain.${reason}`)}
          </li>
        ))}
      </ul>
      <Link to={href(ABOUT_FIGURES_PATH)}>{t('withheld.methodLink')}</Link>
    </div>
  );
}
