import type { EntityManager } from 'typeorm';
import type { OrganisationInput } from './organisation.input';

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
  const [row] = await manager.query(
    `SELECT id, slug, name, category_code AS "categoryCode", region_slug AS "regionSlug", migrant_led AS "migrantLed", illustrative, version
     FROM geography.organisation WHERE slug = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [slug],
  );
  return row ?? null;
}
