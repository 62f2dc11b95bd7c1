import { graphql } from '../../../__generated__';

export const ROUNDTABLE_HISTORY = graphql(`
  query RoundtableHistory($id: ID!, $locale: Locale!) {
    auditLog(entityId: $id, limit: 100) {
      id
      at
      actorName
      actorRole
      action
      before
      after
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
    }
  }
`);
