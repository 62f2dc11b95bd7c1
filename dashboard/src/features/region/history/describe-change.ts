import type { RoundtableFormat } from '../../../__generated__/graphql';
import type { EditingI18n } from '../../../app/i18n/editing';
import type { AuditedField, RoundtableSnapshot } from '../../../data/audit';
import { formatRange } from '../../../data/ranges';

export interface DescribeContext extends Pick<EditingI18n, 't' | 'format'> {
  categories: ReadonlyMap<string, string>;
  challenges: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
}

const FORMATS: readonly RoundtableFormat[] = ['ONLINE', 'ONSITE', 'HYBRID'];

type Count = number | null | undefined;
const range = (min: Count, max: Count, { t, format }: Pick<EditingI18n, 't' | 'format'>) =>
  formatRange(min === null || min === undefined ? null : { min, max: max ?? min }, format.number, t('figure.unknown'));

/**
 * A field of a recorded roundtable in words, one line per item of a list; no line at all
 * for a field with nothing recorded.
 */
export function describeField(field: AuditedField, snapshot: RoundtableSnapshot | null | undefined, context: DescribeContext): string[] {
  const { t, format } = context;
  const value = snapshot?.[field];
  if (value === null || value === undefined || value === '') return [];
  switch (field) {
    case 'date':
      return [format.date(String(value))];
    case 'format':
      return [FORMATS.includes(value as RoundtableFormat) ? t(`format.${value as RoundtableFormat}`) : String(value)];
    case 'durationMinutes':
      return [t('region.minutes', { count: format.number(Number(value)) })];
    case 'attendance': {
      const a = snapshot?.attendance;
      if (!a) return [];
      const parts = [`${t('column.total')} ${range(a.totalMin, a.totalMax, context)}`];
      if (a.onlineMin !== null && a.onlineMin !== undefined) parts.push(`${t('series.online')} ${format.number(a.onlineMin)}`);
      if (a.onsiteMin !== null && a.onsiteMin !== undefined) parts.push(`${t('series.onsite')} ${format.number(a.onsiteMin)}`);
      if (a.organisations !== null && a.organisations !== undefined)
        parts.push(`${t('form.organisations')} ${format.number(a.organisations)}`);
      return [parts.join(' · ')];
    }
    case 'categories':
      return (snapshot?.categories ?? []).map((category) => {
        const label = context.categories.get(category.code) ?? category.code;
        return category.participantsMin === null
          ? label
          : `${label} (${range(category.participantsMin, category.participantsMax, context)})`;
      });
    case 'challenges':
      return (snapshot?.challenges ?? []).map((mention) => {
        const label = context.challenges.get(mention.code) ?? mention.code;
        return mention.note ? `${label}: ${mention.note}` : label;
      });
    case 'organisers':
      return (snapshot?.organisers ?? []).map((organiser) => {
        const name = context.organisations.get(organiser.organisation) ?? organiser.organisation;
        return organiser.role === 'SUPPORTER' ? `${name} (${t('region.supporter')})` : name;
      });
    case 'sources':
      return (snapshot?.sources ?? []).map(
        (source) => `${source.title}${source.url ? ` (${source.url})` : ''}${source.publisher ? `, ${source.publisher}` : ''}`,
      );
    case 'insights':
    case 'interests':
      return (snapshot?.[field] ?? []).map(String);
    default:
      return [String(value)];
  }
}
