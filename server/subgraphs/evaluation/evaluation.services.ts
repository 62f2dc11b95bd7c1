import type { DataSource } from 'typeorm';
import { RegionDirectory } from '../../contract/regions/region-directory';
import type { ChangeNotices } from '../../core/database/change-notices';
import { TaxonomyTextsWriter } from '../../core/taxonomy/taxonomy-texts-write';
import { EvaluationAuditService } from './audit/evaluation-audit.service';
import { INDICATOR_KIND, IndicatorCatalogue, PERIOD_KIND } from './indicator/indicator-catalogue';
import { FrameworkMappingWriteService } from './mapping/framework-mapping-write.service';
import { IndicatorResultsService } from './result/indicator-results.service';
import { TargetWriteService } from './targets/target-write.service';

/** What evaluation's resolvers and loaders are made from, once at start. */
export async function evaluationServices(dataSource: DataSource, notices: ChangeNotices) {
  const regions = await RegionDirectory.load(dataSource, 'evaluation', notices);
  const catalogue = await IndicatorCatalogue.load(dataSource, notices);
  const audit = new EvaluationAuditService(dataSource);
  return {
    dataSource,
    regions,
    catalogue,
    indicatorTexts: new TaxonomyTextsWriter(dataSource, audit, INDICATOR_KIND, () => catalogue.reload()),
    periodTexts: new TaxonomyTextsWriter(dataSource, audit, PERIOD_KIND, () => catalogue.reload()),
    audit,
    results: new IndicatorResultsService(catalogue, regions),
    mappingWrites: new FrameworkMappingWriteService(dataSource, catalogue, audit),
    targetWrites: new TargetWriteService(dataSource, catalogue, regions, audit),
  };
}

export type EvaluationServices = Awaited<ReturnType<typeof evaluationServices>>;
