import { AUDITED_FIELDS } from '../../data/audit';
import type { RoundtableFormValues } from '../roundtable-form/form-values';

/**
 * The parts of a roundtable a conflict is resolved by, each taken whole from one version or the
 * other: the fields a person edits, as the history tells changes (one list, so they cannot drift).
 */
export const CONFLICT_FIELDS = AUDITED_FIELDS;

export type ConflictField = (typeof CONFLICT_FIELDS)[number];
export type Choice = 'mine' | 'theirs';

/** A field's value as it reads, apart from the keys rows carry in the form, and empty rows. */
export function comparable(values: RoundtableFormValues, field: ConflictField): string {
  const value = values[field];
  if (Array.isArray(value)) {
    const rows = value
      .map(({ key: _key, ...row }: { key: string }) => row)
      .filter((row) => Object.values(row).some((part) => typeof part === 'string' && part.trim() !== ''));
    return JSON.stringify(rows);
  }
  if (field === 'categories') {
    const present = Object.entries(values.categories)
      .filter(([, category]) => category.present)
      .sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(present);
  }
  if (field === 'attendance') {
    const { kind, participantsMax, ...rest } = values.attendance;
    return JSON.stringify({ ...rest, participantsMax: kind === 'range' ? participantsMax : '' });
  }
  return JSON.stringify(typeof value === 'string' ? value.trim() : value);
}

/** The fields where the two versions differ, each with the choice offered first: mine where I changed it, else theirs. */
export function differingFields(
  mine: RoundtableFormValues,
  theirs: RoundtableFormValues,
  base: RoundtableFormValues | null,
): { field: ConflictField; proposed: Choice }[] {
  return CONFLICT_FIELDS.filter((field) => comparable(mine, field) !== comparable(theirs, field)).map((field) => ({
    field,
    proposed: base && comparable(mine, field) === comparable(base, field) ? 'theirs' : 'mine',
  }));
}

/** Their version with my value wherever I chose mine. */
export function merged(mine: RoundtableFormValues, theirs: RoundtableFormValues, choices: Partial<Record<ConflictField, Choice>>) {
  const result: RoundtableFormValues = { ...theirs };
  for (const field of CONFLICT_FIELDS) {
    if (choices[field] === 'mine') (result as unknown as Record<string, unknown>)[field] = mine[field];
  }
  return result;
}
