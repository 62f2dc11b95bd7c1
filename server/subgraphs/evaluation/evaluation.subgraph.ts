import type { Access } from '../../core/auth/access';
import { ResolverContainer } from '../../core/container';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import type { PeriodSpan } from '../../core/periods';
import { RegionDirectory } from '../../core/regions/region-directory';
import type { Subgraph } from '../../core/subgraph';
import { EvaluationAuditService } from './audit/evaluation-audit.service';
import type { EvaluationContext } from './evaluation.context';
import { buildEvaluationSchema } from './evaluation.schema';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { IndicatorCatalogue } from './indicator/indicator-catalogue';
import { FrameworkMappingResolver } from './mapping/framework-mapping.resolver';
import { readMappings } from './mapping/framework-mapping.store';
import { FrameworkMappingWriteService } from './mapping/framework-mapping-write.service';
import { IndicatorResultFields } from './result/indicator-result.fields';
import { IndicatorResultsResolver, RegionIndicatorFields } from './result/indicator-results.resolver';
import { IndicatorResultsService } from './result/indicator-results.service';
import { TargetResolver } from './target/target.resolver';
import { TargetBook } from './target/target-book';
import { TargetWriteService } from './target/target-write.service';

export interface EvaluationSubgraph extends Subgraph<EvaluationContext> {
  regions: RegionDirectory;
  /** The reporting periods, which engagement keeps a copy of for its publication. */
  periods: readonly PeriodSpan[];
}

export async function startEvaluation(database: SubgraphDatabase, access: Access): Promise<EvaluationSubgraph> {
  const { dataSource } = database;
  const regions = new RegionDirectory(dataSource, 'evaluation');
  await regions.reload();
  const catalogue = await IndicatorCatalogue.load(dataSource);
  const results = new IndicatorResultsService(catalogue, regions);
  const audit = new EvaluationAuditService(dataSource);
  const container = new ResolverContainer()
    .register(new IndicatorResolver())
    .register(new FrameworkMappingResolver(new FrameworkMappingWriteService(dataSource, catalogue, audit)))
    .register(new IndicatorResultsResolver())
    .register(new IndicatorResultFields())
    .register(new RegionIndicatorFields())
    .register(new TargetResolver(new TargetWriteService(dataSource, catalogue, regions, audit), audit));
  return {
    name: 'evaluation',
    database,
    regions,
    periods: catalogue.periods.map(({ code, start, end }) => ({ code, startsOn: start, endsOn: end })),
    schema: await buildEvaluationSchema(container),
    createContext: async (request: RequestInfo): Promise<EvaluationContext> => {
      let targets: Promise<TargetBook> | undefined;
      let mappings: ReturnType<typeof readMappings> | undefined;
      return {
        request,
        viewer: await access.authenticate(request.headers),
        catalogue,
        results,
        targets: () => {
          targets ??= TargetBook.read(dataSource);
          return targets;
        },
        mappings: () => {
          mappings ??= readMappings(dataSource);
          return mappings;
        },
      };
    },
  };
}
