/**
 * An organisation as the audit trail keeps it, before and after each change. Read defensively:
 * it is JSON, and older entries may lack a field.
 */
export interface OrganisationSnapshot {
  name?: string;
  categoryCode?: string;
  regionSlug?: string | null;
  migrantLed?: boolean | null;
}

/** What a person changes about an organisation, in the order the dialog shows it. */
export const ORGANISATION_AUDITED_FIELDS = ['name', 'categoryCode', 'regionSlug', 'migrantLed'] as const;
export type OrganisationAuditedField = (typeof ORGANISATION_AUDITED_FIELDS)[number];

export interface OrganisationChange {
  field: OrganisationAuditedField;
  before: OrganisationSnapshot[OrganisationAuditedField];
  after: OrganisationSnapshot[OrganisationAuditedField];
}

export function asOrganisationSnapshot(value: unknown): OrganisationSnapshot | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const snapshot: OrganisationSnapshot = {};
  if (typeof record.name === 'string') snapshot.name = record.name;
  if (typeof record.categoryCode === 'string') snapshot.categoryCode = record.categoryCode;
  if (typeof record.regionSlug === 'string' || record.regionSlug === null) snapshot.regionSlug = record.regionSlug;
  if (typeof record.migrantLed === 'boolean' || record.migrantLed === null) snapshot.migrantLed = record.migrantLed;
  return snapshot;
}

/**
 * The fields a change touched: every field of a creation (nothing before) or a deletion
 * (nothing after), else those whose value differs. "Not known" (null) and a field missing
 * from an older entry read alike.
 */
export function organisationChanges(before: OrganisationSnapshot | null, after: OrganisationSnapshot | null): OrganisationChange[] {
  return ORGANISATION_AUDITED_FIELDS.flatMap((field) => {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (before && after && was === is) return [];
    return [{ field, before: was, after: is }];
  });
}
