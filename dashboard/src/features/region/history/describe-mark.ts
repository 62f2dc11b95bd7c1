import type { AuditAction, OutlierMeasure, Role } from '../../../__generated__/graphql';
import type { EditingI18n } from '../../../app/i18n/editing';
import { formatRange } from '../../../data/ranges';

const MARKS = ['CHECK_VALUE', 'FLAG_FOLLOW_UP'] as const;
export type MarkAction = (typeof MARKS)[number];

/** A reviewer's mark on a figure far from its usual: it changes no field, so it is told in words. */
export const isMark = (action: AuditAction): action is MarkAction => (MARKS as readonly string[]).includes(action);

/** What the audit trail keeps of a mark (the API's OutlierService), read defensively: it is JSON. */
interface MarkSnapshot {
  measure?: OutlierMeasure;
  value?: { min: number; max: number } | null;
  comment?: string | null;
}

export interface MarkEntry {
  action: MarkAction;
  at: string;
  actorName: string;
  actorRole: Role;
  after: unknown;
}

/** A mark in words: who, in which role, when, which figure and its value; and the reviewer's comment. */
export function describeMark(
  entry: MarkEntry,
  { t, format }: Pick<EditingI18n, 't' | 'format'>,
): { sentence: string; comment: string | null } {
  const mark = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as MarkSnapshot;
  const who = `${entry.actorName} (${t(`role.${entry.actorRole}`)})`;
  const measure = mark.measure ? t(`outlier.measure.${mark.measure}`) : t('figure.unknown');
  return {
    sentence: t(`history.mark.${entry.action}`, {
      who,
      when: format.dateTime(entry.at),
      measure,
      value: formatRange(mark.value ?? null, format.number, t('figure.unknown')),
    }),
    comment: mark.comment?.trim() || null,
  };
}
