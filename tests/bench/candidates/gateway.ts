import type { Candidate } from '../candidate';
import { graphql, running, serve } from './sira-server';

export const gateway: Candidate = {
  name: 'gateway',
  description: 'the gateway with the three subgraphs in its process (one machine)',
  supports: () => true,
  async start(scope) {
    const started = await serve('gateway', scope);
    // One tier for the capacity model, beside the same mix served over HTTP.
    return { ...running(started, [started]), tiers: { 'gateway with the subgraphs': [started.pid] } };
  },
  ...graphql,
};
