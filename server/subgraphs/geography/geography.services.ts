import type { DataSource } from 'typeorm';
import type { ChangeNotices } from '../../core/database/change-notices';
import { TaxonomyTextsWriter } from '../../core/taxonomy/taxonomy-texts-write';
import { GeographyAuditService } from './audit/geography-audit.service';
import { CATEGORY_KIND, CategoryTaxonomy } from './category/category-taxonomy';
import { OrganisationService } from './organisation/organisation.service';
import { OrganisationPageService } from './organisation/organisation-page.service';
import { OrganisationWriteService } from './organisation/organisation-write.service';
import { RegionService } from './region/region.service';

/** What geography's resolvers and loaders are made from, once at start. */
export async function geographyServices(dataSource: DataSource, notices: ChangeNotices) {
  const categories = await CategoryTaxonomy.load(dataSource, notices);
  const audit = new GeographyAuditService(dataSource);
  return {
    regions: new RegionService(dataSource),
    organisations: new OrganisationService(dataSource),
    organisationPages: new OrganisationPageService(dataSource, categories),
    organisationWrites: new OrganisationWriteService(dataSource, categories, audit),
    categories,
    categoryLabels: new TaxonomyTextsWriter(dataSource, audit, CATEGORY_KIND, () => categories.reload()),
    audit,
  };
}

export type GeographyServices = Awaited<ReturnType<typeof geographyServices>>;
