import type { DataSource } from 'typeorm';
import { RegionDirectory } from '../../contract/regions/region-directory';
import { EvaluationAuditService } from './audit/evaluation-audit.service';
import { IndicatorCatalogue } from './indicator/indicator-catalogue';
import { FrameworkMappingWriteService } from './mapping/framework-mapping-write.service';
import { IndicatorResultsService } from './result/indicator-results.service';
import { TargetWriteService } from './targets/target-write.service';

/** What evaluation's resolvers and loaders are made from, once at start. */
export async function evaluationServices(dataSource: DataSource) {
  const regions = new RegionDirectory(dataSource, 'evaluation');
  await regions.reload();
  const catalogue = await IndicatorCatalogue.load(dataSource);
  const audit = new EvaluationAuditService(dataSource);
  return {
    dataSource,
    regions,
    catalogue,
    audit,
    results: new IndicatorResultsService(catalogue, regions),
    mappingWrites: new FrameworkMappingWriteService(dataSource, catalogue, audit),
    targetWrites: new TargetWriteService(dataSource, catalogue, regions, audit),
  };
}

export type EvaluationServices = Awaited<ReturnType<typeof evaluationServices>>;
