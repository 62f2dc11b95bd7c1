import type { ApolloCache } from '@apollo/client';

// A target changes the results' progress and status, the list of targets and what does not
// add up: the page fetches all three afresh.
const DERIVED_FROM_TARGETS = ['indicatorResults', 'indicatorTargets', 'indicatorTargetWarnings'];

export function forgetIndicatorFigures(cache: ApolloCache): void {
  for (const fieldName of DERIVED_FROM_TARGETS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
