import { graphql } from '../../__generated__';

/** A roundtable as the form shows it, with the version a change must quote: to edit it, or to resolve a draft's conflict with it. */
export const ROUNDTABLE_FOR_EDIT = graphql(`
  query RoundtableForEdit($id: ID!) {
    roundtable(id: $id) {
      region {
        slug
        name
      }
      id
      version
      number
      date
      format
      durationMinutes
      theme
      reviewState
      reviewComment
      attendance {
        total { min max }
        online { min max }
        onsite { min max }
        organisations
        fromRecords
      }
      categories {
        category { code }
        participants { min max }
      }
      challenges {
        challenge { code }
        note
      }
      insights { text }
      interests { text }
      organisers {
        role
        organisation { slug }
      }
      sources {
        title
        url
        publisher
      }
    }
  }
`);

/** Records a roundtable: from the form, or a draft kept offline as it is synced. */
export const CREATE_ROUNDTABLE = graphql(`
  mutation CreateRoundtable($input: RoundtableInput!) {
    createRoundtable(input: $input) {
      id
      number
      version
      warnings {
        ruleCode
        field
        message
        values { name value }
      }
    }
  }
`);

/** Changes a roundtable, quoting the version it was read at (else CONFLICT with the current one). */
export const UPDATE_ROUNDTABLE = graphql(`
  mutation UpdateRoundtable($id: ID!, $expectedVersion: Int!, $input: RoundtableInput!) {
    updateRoundtable(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      number
      version
      warnings {
        ruleCode
        field
        message
        values { name value }
      }
    }
  }
`);
