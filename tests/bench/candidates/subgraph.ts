import type { Candidate } from '../candidate';
import { isAnalytics } from '../queries';
import { graphql, running, serve } from './sira-server';

export const subgraph: Candidate = {
  name: 'subgraph',
  description: 'the engagement subgraph alone (SERVE_SUBGRAPH=engagement), asked its root analytics fields',
  // The region page and the overview need geography's region names, which only the gateway joins in.
  supports: isAnalytics,
  async start(scope) {
    const engagement = await serve('subgraph-engagement', scope, { SERVE_SUBGRAPH: 'engagement' });
    return running(engagement, [engagement]);
  },
  ...graphql,
};
