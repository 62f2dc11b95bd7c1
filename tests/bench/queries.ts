// The GraphQL documents the benchmark sends, and the one normal form answers are compared in.
import { type DocumentNode, Kind, type OperationDefinitionNode, OperationTypeNode, print } from 'graphql';
import {
  CompareDocument,
  CompareRegionsDocument,
  OverviewDocument,
  RegionDetailDocument,
  RegionHeaderDocument,
  ReportDocument,
  ReportRegionsDocument,
} from '../../dashboard/src/__generated__/graphql';
import { type AnalyticsName, shapeAnalytics } from './analytics-sql';
import type { BenchQueryName, BenchScope } from './candidate';

/** The analytics view a query asks for, and whether over a ten-region selection; undefined for the page queries. */
export function analyticsOf(query: BenchQueryName): { name: AnalyticsName; ten: boolean } | undefined {
  const [name, which] = query.split('.');
  if (which !== 'all' && which !== 'ten') return undefined;
  return { name: name as AnalyticsName, ten: which === 'ten' };
}

export const isAnalytics = (query: BenchQueryName) => analyticsOf(query) !== undefined;

// Only codes and numbers, so the GraphQL candidates do no more than the SQL ones do.
const ANALYTICS_SELECTION: Record<AnalyticsName, string> = {
  attendanceMix: `attendanceMix(filter: $filter) {
    region { slug }
    roundtables roundtablesUnknownAttendance
    online { min max } onsite { min max } unknownMode { min max } total { min max }
    withheld { field reason }
  }`,
  stakeholderMix: `stakeholderMix(filter: $filter) {
    region { slug } category { code } roundtables roundtablesUncounted participants { min max } withheld { field reason }
  }`,
  challengeFrequency: `challengeFrequency(filter: $filter) {
    region { slug } challenge { code } mentions roundtables
  }`,
};

// The dashboard's own documents, so the benchmark asks what the pages ask. The region page
// sends two (RegionHeader from geography, RegionDetail from engagement); they are sent here as
// one operation, which the gateway plans across both subgraphs.
const REGION_PAGE = print(mergedOperation('RegionPage', [RegionHeaderDocument, RegionDetailDocument]));
const OVERVIEW = print(OverviewDocument);
// The report of the whole project, as the report page asks for it by default.
const PROJECT = { from: '2021-01-01', to: '2023-03-31' };
const PAGES: Record<string, (scope: BenchScope) => { query: string; variables: Record<string, unknown> }> = {
  overview: () => ({ query: OVERVIEW, variables: { filter: {} } }),
  compareRegions: () => ({ query: print(CompareRegionsDocument), variables: { filter: {} } }),
  compare: (scope) => ({ query: print(CompareDocument), variables: { filter: { regions: scope.tenRegions }, locale: 'en' } }),
  report: () => ({
    query: print(ReportDocument),
    variables: { filter: PROJECT, resultsFilter: PROJECT, locale: 'en', period: 'SIRA', regionsChosen: false },
  }),
  reportRegions: (scope) => {
    const filter = { ...PROJECT, regions: scope.tenRegions };
    return { query: print(ReportRegionsDocument), variables: { filter, resultsFilter: filter, locale: 'en', period: 'SIRA' } };
  },
};

function mergedOperation(name: string, documents: readonly DocumentNode[]): DocumentNode {
  const definitions = documents.flatMap((document) => document.definitions);
  const operations = definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  // The fragments the documents spread, each once, whichever documents share it.
  const fragments = new Map(
    definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        name: { kind: Kind.NAME, value: name },
        variableDefinitions: operations.flatMap((operation) => operation.variableDefinitions ?? []),
        selectionSet: { kind: Kind.SELECTION_SET, selections: operations.flatMap((operation) => operation.selectionSet.selections) },
      },
      ...fragments.values(),
    ],
  };
}

export function graphqlOperation(query: BenchQueryName, scope: BenchScope): { query: string; variables: Record<string, unknown> } {
  const analytics = analyticsOf(query);
  if (analytics) {
    return {
      query: `query Bench($filter: AnalyticsFilter) { ${ANALYTICS_SELECTION[analytics.name]} }`,
      variables: { filter: analytics.ten ? { regions: scope.tenRegions } : null },
    };
  }
  if (query === 'regionPage') {
    return { query: REGION_PAGE, variables: { slug: scope.pageRegion, filter: { regions: [scope.pageRegion] }, locale: 'en' } };
  }
  const page = PAGES[query];
  if (!page) throw new Error(`No document for the bench query ${query}.`);
  return page(scope);
}

/** A POST of a GraphQL operation to /graphql, as the dashboard sends it. */
export function graphqlRequest(query: BenchQueryName, scope: BenchScope) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${scope.analystToken}` },
    body: JSON.stringify(graphqlOperation(query, scope)),
  };
}

const byKey = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(byKey);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, byKey((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
};

const rowKey = (row: Record<string, unknown>) => JSON.stringify([row.region, row.category, row.challenge]);

/**
 * The canonical answer: GraphQL errors kept (so they show in a diff), analytics rows sorted by
 * region and code, `withheld` (always empty for an analyst) dropped, and a region with no
 * roundtable (listed with zeros by the API, absent from SQL's GROUP BY) left out.
 */
export function normaliseGraphql(query: BenchQueryName, body: unknown): unknown {
  const { data, errors } = (body ?? {}) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (errors?.length || !data) return { errors: errors ?? 'no data', data };
  const analytics = analyticsOf(query);
  if (!analytics) return byKey(data);
  const rows = ((data[analytics.name] ?? []) as Record<string, unknown>[])
    .filter((row) => analytics.name !== 'attendanceMix' || row.roundtables !== 0)
    .map(({ withheld: _withheld, ...row }) => byKey(row) as Record<string, unknown>)
    .sort((a, b) => rowKey(a).localeCompare(rowKey(b)));
  return rows;
}

export { shapeAnalytics };
