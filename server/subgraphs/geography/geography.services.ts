import type { DataSource } from 'typeorm';
import { GeographyAuditService } from './audit/geography-audit.service';
import { CategoryTaxonomy } from './category/category-taxonomy';
import { OrganisationService } from './organisation/organisation.service';
import { OrganisationPageService } from './organisation/organisation-page.service';
import { OrganisationWriteService } from './organisation/organisation-write.service';
import { RegionService } from './region/region.service';

/** What geography's resolvers and loaders are made from, once at start. */
export async function geographyServices(dataSource: DataSource) {
  const categories = await CategoryTaxonomy.load(dataSource);
  const audit = new GeographyAuditService(dataSource);
  return {
    regions: new RegionService(dataSource),
    organisations: new OrganisationService(dataSource),
    organisationPages: new OrganisationPageService(dataSource, categories),
    organisationWrites: new OrganisationWriteService(dataSource, categories, audit),
    categories,
    audit,
  };
}

export type GeographyServices = Awaited<ReturnType<typeof geographyServices>>;
