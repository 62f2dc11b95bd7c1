import { graphql } from '../../__generated__';

export const ROUNDTABLES_CSV = graphql(`
  query RoundtablesCsv($filter: AnalyticsFilter) {
    roundtablesCsv(filter: $filter)
  }
`);
