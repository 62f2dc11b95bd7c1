import type { ApolloCache } from '@apollo/client';

// Every figure a page shows is computed from the roundtables, so after a write none of them
// can be trusted: pages showing them fetch afresh.
const DERIVED_FROM_ROUNDTABLES = [
  'roundtables',
  'roundtable',
  'attendanceMix',
  'attendanceTotal',
  'stakeholderMix',
  'challengeFrequency',
  'categoryReach',
  'challengeTotals',
  'coverage',
  'sources',
  'auditLog',
  'roundtablesCsv',
  'indicatorResults',
];

/** Forgets what a roundtable write (form, delete, restore or import) may have changed. */
export function forgetRoundtableFigures(cache: ApolloCache): void {
  for (const fieldName of DERIVED_FROM_ROUNDTABLES) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
