import { graphql } from '../../__generated__';

// Every write the participants page makes. Each changes the roundtable's attendance, so each is
// followed by forgetRoundtableFigures, as a roundtable write is.

export const CREATE_PARTICIPANTS = graphql(`
  mutation CreateParticipants($input: NewParticipantsInput!) {
    createParticipants(input: $input) {
      id
    }
  }
`);

export const UPDATE_PARTICIPANT = graphql(`
  mutation UpdateParticipant($id: ID!, $expectedVersion: Int!, $input: ParticipantInput!) {
    updateParticipant(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

export const DELETE_PARTICIPANT = graphql(`
  mutation DeleteParticipant($id: ID!, $expectedVersion: Int!) {
    deleteParticipant(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const RESTORE_PARTICIPANT = graphql(`
  mutation RestoreParticipant($auditEntryId: ID!) {
    restoreParticipant(auditEntryId: $auditEntryId) {
      id
    }
  }
`);

export const IMPORT_PARTICIPANTS = graphql(`
  mutation ImportParticipants($roundtableId: ID!, $csv: String!, $dryRun: Boolean!) {
    importParticipants(roundtableId: $roundtableId, csv: $csv, dryRun: $dryRun) {
      valid
      written
      created
      rows {
        line
        category
        newcomer
        gender
        ageBand
        organisation
        mode
      }
      errors {
        line
        column
        message
      }
    }
  }
`);
