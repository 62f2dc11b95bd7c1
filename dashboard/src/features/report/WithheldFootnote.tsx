import { useId } from 'react';
import type { Withholding } from '../../__generated__/graphql';
import { useReportI18n } from '../../app/i18n/report';
import { Link } from '../../app/router';
import { ABOUT_FIGURES_PATH } from '../../app/routes';
import { reasonsAmong } from '../../data/withholding';

/**
 * What each reason a figure of this report is withheld for means, once for the whole copy,
 * and where the method is explained, its address written out so a printed page still says it.
 */
export function WithheldFootnote({
  counts,
  results,
}: {
  /** The rows of counts the copy shows, each with the figures it withholds and why. */
  counts: readonly { withheld: readonly { reason: Withholding }[] }[];
  results: readonly { withheld?: Withholding | null }[];
}) {
  const { t } = useReportI18n();
  const titleId = useId();
  const reasons = reasonsAmong([
    ...counts.flatMap((row) => row.withheld.map((count) => count.reason)),
    ...results.map((result) => result.withheld),
  ]);
  if (reasons.length === 0) return null;
  return (
    <section className="report-section report-withheld" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('report.withheldTitle')}</h2>
      <p>{t('report.withheldIntro')}</p>
      <dl>
        {reasons.map((reason) => (
          <div key={reason}>
            <dt>{t(`withheld.${reason}`)}</dt>
            <dd>{t(`withheld.explain.${reason}`)}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t('report.methodAt')} <Link to={ABOUT_FIGURES_PATH}>{`${window.location.origin}${ABOUT_FIGURES_PATH}`}</Link>
      </p>
    </section>
  );
}
