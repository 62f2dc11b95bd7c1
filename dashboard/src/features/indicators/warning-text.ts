import type { IndicatorsI18n } from '../../app/i18n/indicators';
import { formatAmount, type IndicatorUnit } from './indicator-format';

export interface TargetWarningData {
  indicatorCode: string;
  regionSlug?: string | null;
  projectTarget: number;
  periodTargetsSum: number;
  periodsWithoutTarget: readonly string[];
}

/**
 * A warning in the reader's language, from its figures rather than the API's English
 * sentence: which targets, what they add up to, what they should, and which years lack one.
 */
export function warningText(
  warning: TargetWarningData,
  names: {
    indicator: (code: string) => { label: string; unit: IndicatorUnit } | undefined;
    region: (slug: string) => string;
    period: (code: string) => string;
  },
  { t, format, locale }: Pick<IndicatorsI18n, 't' | 'format' | 'locale'>,
): string {
  const indicator = names.indicator(warning.indicatorCode);
  const unit = indicator?.unit ?? 'COUNT';
  const text = t('indicators.warnings.text', {
    indicator: indicator?.label ?? warning.indicatorCode,
    region: warning.regionSlug ? names.region(warning.regionSlug) : t('indicators.warnings.everyRegion'),
    sum: formatAmount(warning.periodTargetsSum, unit, format),
    target: formatAmount(warning.projectTarget, unit, format),
  });
  if (warning.periodsWithoutTarget.length === 0) return text;
  const years = new Intl.ListFormat(locale, { type: 'conjunction' }).format(warning.periodsWithoutTarget.map(names.period));
  return `${text} ${t('indicators.warnings.missing', { years })}`;
}
