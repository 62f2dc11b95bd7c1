import { graphql } from '../../__generated__';

/** The periods to choose from; asked first, since their dates bound what the report counts. */
export const REPORT_PERIODS = graphql(`
  query ReportPeriods($locale: Locale!) {
    reportingPeriods {
      code
      kind
      label(locale: $locale)
      start
      end
      note
    }
  }
`);

/** Everything the report shows for one period, in one request, so it prints consistent figures. */
export const REPORT = graphql(`
  query Report($filter: AnalyticsFilter, $locale: Locale!, $period: String!) {
    ...RegionComparison
    coverage(filter: $filter) {
      regionsWithRoundtables
      firstDate
      lastDate
    }
    regions {
      slug
      name
    }
    indicators {
      code
      label(locale: $locale)
      description(locale: $locale)
      unit
      direction
      frameworkMappings {
        framework
        externalCode
        relation
      }
    }
    indicatorResults(filter: $filter, periods: [$period], includeTotal: true) {
      id
      indicator { code }
      region { slug name }
      value { min max }
      suppressed
      recordCount
      unknownRecords
      target
      progress { min max }
      expectedProgress
      status
    }
  }
`);
