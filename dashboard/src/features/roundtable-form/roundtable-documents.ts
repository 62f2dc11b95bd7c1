import { graphql } from '../../__generated__';

/** What the form offers to choose from, the region's numbers taken so far, and what a roundtable may hold. */
export const FORM_OPTIONS = graphql(`
  query RoundtableFormOptions($slug: String!, $locale: Locale!) {
    region(slug: $slug) {
      slug
      name
      roundtables {
        id
        number
      }
    }
    stakeholderCategories {
      code
      label(locale: $locale)
    }
    challenges {
      code
      label(locale: $locale)
    }
    organisations {
      slug
      name
      region {
        slug
      }
    }
    roundtableLimits {
      counts { field max }
      texts { field max }
      lists { field max }
      datesFrom
      datesTo
    }
  }
`);

export const ROUNDTABLE_FOR_EDIT = graphql(`
  query RoundtableForEdit($id: ID!) {
    roundtable(id: $id) {
      id
      version
      number
      date
      format
      durationMinutes
      theme
      region {
        slug
        name
      }
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

export const CREATE_ROUNDTABLE = graphql(`
  mutation CreateRoundtable($input: RoundtableInput!) {
    createRoundtable(input: $input) {
      id
      number
      version
    }
  }
`);

export const UPDATE_ROUNDTABLE = graphql(`
  mutation UpdateRoundtable($id: ID!, $expectedVersion: Int!, $input: RoundtableInput!) {
    updateRoundtable(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      number
      version
    }
  }
`);
