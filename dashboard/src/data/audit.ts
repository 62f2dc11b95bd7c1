/**
 * A roundtable as the audit trail keeps it, before and after each change (the API's
 * RoundtableSnapshot). Read defensively: it is JSON, and older entries may lack a field.
 */
export interface RoundtableSnapshot {
  number?: number;
  date?: string;
  format?: string | null;
  durationMinutes?: number | null;
  theme?: string | null;
  attendance?: {
    totalMin: number | null;
    totalMax: number | null;
    onlineMin: number | null;
    onsiteMin: number | null;
    organisations: number | null;
  } | null;
  categories?: { code: string; participantsMin: number | null; participantsMax: number | null }[];
  challenges?: { code: string; note: string | null }[];
  insights?: string[];
  interests?: string[];
  organisers?: { organisation: string; role: string }[];
  sources?: { title: string; url: string | null; publisher: string | null }[];
  /** A review step keeps only where the record stood in review (and its version), not its content. */
  reviewState?: string;
  reviewComment?: string | null;
}

/** The fields a person edits, in the order the form shows them. */
export const AUDITED_FIELDS = [
  'number',
  'date',
  'format',
  'durationMinutes',
  'theme',
  'attendance',
  'categories',
  'challenges',
  'insights',
  'interests',
  'organisers',
  'sources',
] as const;
export type AuditedField = (typeof AUDITED_FIELDS)[number];

export interface FieldChange<Field extends AuditedField = AuditedField> {
  field: Field;
  before: RoundtableSnapshot[Field];
  after: RoundtableSnapshot[Field];
}

/** JSON with keys sorted, so two values compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// Nothing recorded reads the same whether it is missing, null or an empty list.
const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

export const asSnapshot = (value: unknown): RoundtableSnapshot | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as RoundtableSnapshot) : null;

/** The fields that differ between two snapshots; a creation changes every field it recorded. */
export function changedFields(before: RoundtableSnapshot | null, after: RoundtableSnapshot | null): FieldChange[] {
  return AUDITED_FIELDS.filter((field) => {
    const was = before?.[field];
    const is = after?.[field];
    if (isEmpty(was) && isEmpty(is)) return false;
    return canonical(was) !== canonical(is);
  }).map((field) => ({ field, before: before?.[field], after: after?.[field] }) as FieldChange);
}

export interface AuditEntryLike {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
}

/**
 * The deletions that can still be undone: the latest deletion of each roundtable that does
 * not exist now (one restored, or recorded again with its id, is not listed). Entries come
 * newest first; a region's trail holds its participants' changes too, which are not roundtables.
 */
export function deletedRoundtables<Entry extends AuditEntryLike>(entries: readonly Entry[], existingIds: Iterable<string>): Entry[] {
  const existing = new Set(existingIds);
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.entityType !== 'Roundtable') return false;
    if (entry.action !== 'DELETE' || existing.has(entry.entityId) || seen.has(entry.entityId)) return false;
    seen.add(entry.entityId);
    return true;
  });
}
