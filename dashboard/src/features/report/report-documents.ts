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

/**
 * Everything the report shows for one period, in one request, so it prints consistent figures.
 * Indicator results take the period by code, and their own filter: FUNDER and PUBLIC may not
 * give them dates, which the publication is not made for.
 */
export const REPORT = graphql(`
  query Report($filter: AnalyticsFilter, $resultsFilter: AnalyticsFilter, $locale: Locale!, $period: String!) {
    ...RegionComparison
    attendanceTotal(filter: $filter) {
      ...AttendanceTotalFigures
    }
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
    indicatorResults(filter: $resultsFilter, periods: [$period], includeTotal: true) {
      id
      indicator { code }
      region { slug name }
      value { min max }
      withheld
      recordCount
      unknownRecords
      target
      progress { min max }
      expectedProgress
      status
    }
  }
`);
