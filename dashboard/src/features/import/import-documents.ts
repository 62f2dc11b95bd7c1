import { graphql } from '../../__generated__';

export const IMPORT_ROUNDTABLES = graphql(`
  mutation ImportRoundtables($csv: String!, $dryRun: Boolean!) {
    importRoundtables(csv: $csv, dryRun: $dryRun) {
      valid
      written
      created
      updated
      unchanged
      rows {
        line
        region
        number
        action
        changedFields
      }
      errors {
        line
        column
        message
      }
    }
  }
`);

/** Served with the dashboard, from the repository's templates/ folder (see vite-import-template.ts). */
export const TEMPLATE_PATH = '/templates/roundtables-import.csv';

/** The API reads at most this much; a larger file is refused here before it is sent. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
