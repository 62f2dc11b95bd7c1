import { graphql } from '../../__generated__';

/** What the indicators are, the periods they are reported for and the regions targets can be set for: the page's frame. */
export const INDICATOR_CATALOGUE = graphql(`
  query IndicatorCatalogue($locale: Locale!) {
    indicators {
      code
      label(locale: $locale)
      description(locale: $locale)
      unit
      direction
      numerator
      denominator
      timeAggregation
      regionAggregation
      disaggregations
      frameworkMappings {
        framework
        externalCode
        officialLabel
        relation
        note
      }
    }
    reportingPeriods {
      code
      kind
      label(locale: $locale)
      start
      end
      note
    }
    regions {
      slug
      name
    }
  }
`);

/** The sources behind the charts when they show one region rather than all in scope. */
export const CHART_SOURCES = graphql(`
  query IndicatorChartSources($filter: AnalyticsFilter) {
    sources(filter: $filter) {
      title
      url
      publisher
      illustrative
    }
  }
`);

/**
 * Every indicator for every period at once: the table shows the chosen period, the charts
 * the years, the IATI file all of them, and none of them waits for another request.
 */
export const INDICATOR_RESULTS = graphql(`
  query IndicatorResults($filter: AnalyticsFilter, $periods: [String!]) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
    }
    indicatorResults(filter: $filter, periods: $periods) {
      id
      indicator { code }
      region {
        slug
        name
      }
      period { code }
      periodStart
      periodEnd
      asOf
      value { min max }
      withheld
      recordCount
      unknownRecords
      baseline
      target
      targetOrigin {
        kind
        source
      }
      progress { min max }
      expectedProgress
      status
    }
    sources(filter: $filter) {
      title
      url
      publisher
      illustrative
    }
  }
`);

/** One part of a split of a figure, as every split is asked. */
export const BREAKDOWN_PART = graphql(`
  fragment BreakdownPart on IndicatorBreakdownRow {
    key
    value { min max }
    recordCount
    withheld
  }
`);

/**
 * The roundtables behind one figure and its splits. Asked with the same filter as the
 * table (total included), so the server withholds exactly what it withheld there; only
 * the splits the indicator supports are asked for, since others are refused.
 */
export const INDICATOR_DRILL_DOWN = graphql(`
  query IndicatorDrillDown(
    $filter: AnalyticsFilter
    $code: String!
    $period: String!
    $locale: Locale!
    $byCategory: Boolean!
    $byNewcomerStatus: Boolean!
    $byGender: Boolean!
    $byAgeBand: Boolean!
    $byMode: Boolean!
  ) {
    stakeholderCategories {
      code
      label(locale: $locale)
      position
    }
    indicatorResults(filter: $filter, codes: [$code], periods: [$period]) {
      id
      region { slug }
      roundtables {
        id
        number
        date
        illustrative
        region {
          slug
          name
        }
        sources {
          title
          url
          publisher
          illustrative
        }
      }
      byCategory: breakdown(by: STAKEHOLDER_CATEGORY) @include(if: $byCategory) {
        ...BreakdownPart
      }
      byNewcomerStatus: breakdown(by: NEWCOMER_STATUS) @include(if: $byNewcomerStatus) {
        ...BreakdownPart
      }
      byGender: breakdown(by: GENDER) @include(if: $byGender) {
        ...BreakdownPart
      }
      byAgeBand: breakdown(by: AGE_BAND) @include(if: $byAgeBand) {
        ...BreakdownPart
      }
      byMode: breakdown(by: MODE) @include(if: $byMode) {
        ...BreakdownPart
      }
    }
  }
`);

/** Baselines and targets as set, with their versions, and what does not add up (evaluators). */
export const INDICATOR_TARGETS = graphql(`
  query IndicatorTargets {
    indicatorTargets {
      id
      indicatorCode
      regionSlug
      periodCode
      baseline
      target
      source
      note
      version
      updatedAt
    }
    indicatorTargetWarnings {
      indicatorCode
      regionSlug
      projectTarget
      periodTargetsSum
      periodsWithoutTarget
      message
    }
  }
`);

export const SET_INDICATOR_TARGET = graphql(`
  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      target {
        id
        indicatorCode
        regionSlug
        periodCode
        baseline
        target
        source
        note
        version
        updatedAt
      }
      warnings {
        indicatorCode
        regionSlug
        projectTarget
        periodTargetsSum
        periodsWithoutTarget
        message
      }
    }
  }
`);
