import { graphql } from '../../__generated__';

/** The region page's header: asked by the page, and ahead of time for a coordinator's regions, to open offline. */
export const REGION = graphql(`
  query RegionHeader($slug: String!) {
    region(slug: $slug) {
      slug
      name
      country
      urbanRuralType
      illustrative
      ...RegionFacts_region
    }
  }
`);

/**
 * The region page's figures and roundtables over the URL's filters. A coordinator's regions are
 * read ahead with no filter, as the page first asks, to open offline.
 */
export const REGION_DETAIL = graphql(`
  query RegionDetail($filter: AnalyticsFilter!, $locale: Locale!) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
    }
    roundtables(filter: $filter) {
      id
      number
      date
      attendance {
        total { min max }
        online { min max }
        onsite { min max }
        unknownMode { min max }
        withheld { field reason }
      }
      ...RoundtableList_roundtable
    }
    stakeholderMix(filter: $filter) {
      ...StakeholderFigures
    }
    challengeFrequency(filter: $filter) {
      ...ChallengeFigures
    }
    sources(filter: $filter) {
      ...Sources_source
    }
    closedPeriods {
      periodCode
      startsOn
      endsOn
    }
  }
`);
