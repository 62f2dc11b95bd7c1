import type { ProjectSpan } from '../../../../server/contract/validation-rules/roundtable-facts';
import type { RoundtableFormOptionsQuery } from '../../__generated__/graphql';

/**
 * What a roundtable may hold, as the API checks it (its `roundtableLimits`): the largest count,
 * the longest text and the most items, by field as problems name them (`attendance.online`,
 * `sources.title` for the title of every source), the days it may be held on, and the project's
 * days, which the validation rules compare its date with.
 */
export interface FormLimits {
  counts: Readonly<Record<string, number>>;
  texts: Readonly<Record<string, number>>;
  lists: Readonly<Record<string, number>>;
  dates: { from: string; to: string };
  project: ProjectSpan | null;
}

type Limits = RoundtableFormOptionsQuery['roundtableLimits'];
const byField = (list: readonly { field: string; max: number }[]) => Object.fromEntries(list.map(({ field, max }) => [field, max]));

export function formLimits(limits: Limits): FormLimits {
  return {
    counts: byField(limits.counts),
    texts: byField(limits.texts),
    lists: byField(limits.lists),
    dates: { from: limits.datesFrom, to: limits.datesTo },
    project: limits.projectStartsOn && limits.projectEndsOn ? { startsOn: limits.projectStartsOn, endsOn: limits.projectEndsOn } : null,
  };
}

// The lists whose rows put a key of their own in a field's name (`sources.r3.title`, `categories.NGO.participants`).
const ROW_LISTS = new Set(['categories', 'challenges', 'insights', 'interests', 'organisers', 'sources']);

/** A form field as the limits name it: the row's key left out. */
export function limitField(field: string): string {
  const [list, , ...rest] = field.split('.');
  return list && ROW_LISTS.has(list) && field.includes('.') ? [list, ...rest].join('.') : field;
}
