import { graphql } from '../../__generated__';

export const DELETE_ROUNDTABLE = graphql(`
  mutation DeleteRoundtable($id: ID!, $expectedVersion: Int!) {
    deleteRoundtable(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const RESTORE_ROUNDTABLE = graphql(`
  mutation RestoreRoundtable($auditEntryId: ID!) {
    restoreRoundtable(auditEntryId: $auditEntryId) {
      id
      number
    }
  }
`);

/** The region's deletions, and the roundtables that exist now, to tell which deletions still stand. */
export const REGION_DELETIONS = graphql(`
  query RegionDeletions($slug: String!) {
    auditLog(region: $slug, limit: 500) {
      id
      at
      actorName
      actorRole
      action
      entityType
      entityId
      before
    }
    roundtables(filter: { regions: [$slug] }) {
      id
    }
  }
`);
