import { graphql } from '../../__generated__';

// The fields of each analytics row that the pages draw from, asked the same way everywhere
// (overview, compare, report, region page); each page adds the region or names it needs.
// `$locale` is the asking operation's own variable.

export const ATTENDANCE_FIGURES = graphql(`
  fragment AttendanceFigures on AttendanceMixRow {
    roundtables
    roundtablesUnknownAttendance
    online { min max }
    onsite { min max }
    unknownMode { min max }
    total { min max }
    withheld { field reason }
  }
`);

/** The same figures over every region in scope together, protected as one figure: totals and shares come from it. */
export const ATTENDANCE_TOTAL_FIGURES = graphql(`
  fragment AttendanceTotalFigures on AttendanceTotal {
    roundtables
    roundtablesUnknownAttendance
    online { min max }
    onsite { min max }
    unknownMode { min max }
    total { min max }
    withheld { field reason }
  }
`);

export const STAKEHOLDER_FIGURES = graphql(`
  fragment StakeholderFigures on StakeholderMixRow {
    category {
      code
      label(locale: $locale)
      position
    }
    roundtables
    roundtablesUncounted
    participants { min max }
    withheld { field reason }
  }
`);

export const CHALLENGE_FIGURES = graphql(`
  fragment ChallengeFigures on ChallengeFrequencyRow {
    challenge {
      code
      label(locale: $locale)
      position
    }
    mentions
    roundtables
  }
`);

export const SOURCE_FIELDS = graphql(`
  fragment SourceFields on Source {
    title
    url
    publisher
    illustrative
  }
`);
