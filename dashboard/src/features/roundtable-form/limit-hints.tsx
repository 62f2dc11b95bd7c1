import { createContext, type ReactNode, useContext } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';
import { type FormLimits, limitField } from './form-limits';

const LimitsContext = createContext<FormLimits | null>(null);

export function FormLimitsProvider({ limits, children }: { limits: FormLimits | null; children: ReactNode }) {
  return <LimitsContext.Provider value={limits}>{children}</LimitsContext.Provider>;
}

/**
 * The limit of a field in words, shown beside it: "At most 100,000." for a count, "At most 2,000
 * characters." for a text, the days for a date, "Up to 20." for a list (`as: 'list'`).
 */
export function useLimitHint(field: string, as: 'field' | 'list' | 'date' = 'field'): string | undefined {
  const limits = useContext(LimitsContext);
  const { t, format } = useEditingI18n();
  if (!limits) return undefined;
  if (as === 'date') return t('limits.dates', { from: format.date(limits.dates.from), to: format.date(limits.dates.to) });
  const name = limitField(field);
  if (as === 'list') return limits.lists[name] === undefined ? undefined : t('limits.list', { max: format.number(limits.lists[name]) });
  if (limits.counts[name] !== undefined) return t('limits.count', { max: format.number(limits.counts[name]) });
  if (limits.texts[name] !== undefined) return t('limits.text', { max: format.number(limits.texts[name]) });
  return undefined;
}
