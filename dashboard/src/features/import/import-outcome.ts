import type { ImportOutcome_ReportFragment } from '../../__generated__/graphql';

export type ImportReport = ImportOutcome_ReportFragment;

/** Where the page stands: a file checked (with the text checked), imported, or refused. */
export type ImportOutcomeState =
  | { kind: 'checked'; text: string; report: ImportReport }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'failed'; message: string };
