import type { EntityManager } from 'typeorm';
import type { OrganisationInput } from './organisation.input';
import { ORGANISATION_COLUMNS } from './organisation.service';

/** Everything recorded about an organisation: what an update replaces and what the audit keeps. */
export interface OrganisationContent {
  name: string;
  categoryCode: string;
  regionSlug: string | null;
  migrantLed: boolean | null;
}

export interface OrganisationSnapshot extends OrganisationContent {
  id: string;
  slug: string;
  illustrative: boolean;
  version: number;
}

export function contentFromInput(input: OrganisationInput): OrganisationContent {
  return {
    name: input.name.trim(),
    categoryCode: input.category,
    regionSlug: input.region ?? null,
    migrantLed: input.migrantLed ?? null,
  };
}

export async function readOrganisationSnapshot(manager: EntityManager, slug: string, lock = false): Promise<OrganisationSnapshot | null> {
  // The audit keeps the row as read: its keys are Organisation's properties.
  const [row] = await manager.query(
    `SELECT ${ORGANISATION_COLUMNS} FROM geography.organisation o WHERE o.slug = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [slug],
  );
  return row ?? null;
}
