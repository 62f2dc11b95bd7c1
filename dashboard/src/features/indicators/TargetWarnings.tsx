import { useId } from 'react';
import { graphql } from '../../__generated__';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { type TargetWarningData, warningText } from './warning-text';

// What a warning says, from its figures: the targets query and the answer to a save spread it.
export const TARGET_WARNINGS_WARNING = graphql(`
  fragment TargetWarnings_warning on TargetWarning {
    indicatorCode
    regionSlug
    projectTarget
    periodTargetsSum
    periodsWithoutTarget
    message
  }
`);

/** For those who set targets: cumulative indicators whose year targets do not add up to the project's. */
export function TargetWarnings({ warnings, names }: { warnings: readonly TargetWarningData[]; names: Parameters<typeof warningText>[1] }) {
  const i18n = useIndicatorsI18n();
  const titleId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="banner target-warning" aria-labelledby={titleId}>
      <h2 id={titleId}>{i18n.t('indicators.warnings.title')}</h2>
      <ul className="plain-list">
        {warnings.map((warning) => (
          <li key={`${warning.indicatorCode}|${warning.regionSlug ?? ''}`}>{warningText(warning, names, i18n)}</li>
        ))}
      </ul>
    </section>
  );
}
