import { ACCOUNTS_DATABASE } from './accounts/accounts.database';
import { buildAccountsSchema } from './accounts/accounts.schema';
import { startAccounts } from './accounts/accounts.subgraph';
import { ENGAGEMENT_DATABASE } from './engagement/engagement.database';
import { buildEngagementSchema } from './engagement/engagement.schema';
import { startEngagement } from './engagement/engagement.subgraph';
import { EVALUATION_DATABASE } from './evaluation/evaluation.database';
import { buildEvaluationSchema } from './evaluation/evaluation.schema';
import { startEvaluation } from './evaluation/evaluation.subgraph';
import { GEOGRAPHY_DATABASE } from './geography/geography.database';
import { buildGeographySchema } from './geography/geography.schema';
import { startGeography } from './geography/geography.subgraph';

/**
 * Every subgraph, in the order they start: its PostgreSQL schema and migrations (`database`),
 * its schema from its services (`buildSchema`, which printing calls too), how it starts
 * (`start`), and where it listens in the several-machines topology (`url`, docker/compose.yaml;
 * <NAME>_URL overrides it at run time; accounts has none, since it runs wherever the gateway does).
 */
export const SUBGRAPHS = [
  {
    name: 'geography',
    database: GEOGRAPHY_DATABASE,
    buildSchema: buildGeographySchema,
    start: startGeography,
    url: 'http://geography:4001/graphql',
  },
  {
    name: 'engagement',
    database: ENGAGEMENT_DATABASE,
    buildSchema: buildEngagementSchema,
    start: startEngagement,
    url: 'http://engagement:4002/graphql',
  },
  {
    name: 'evaluation',
    database: EVALUATION_DATABASE,
    buildSchema: buildEvaluationSchema,
    start: startEvaluation,
    url: 'http://evaluation:4003/graphql',
  },
  {
    // Always in the gateway's process, which signs people in and checks their session at
    // every request: never served alone, so the gateway never fetches this URL.
    name: 'accounts',
    database: ACCOUNTS_DATABASE,
    buildSchema: buildAccountsSchema,
    start: startAccounts,
    url: 'http://gateway/accounts',
  },
] as const;

export type SubgraphEntry = (typeof SUBGRAPHS)[number];

/** Subgraphs by name, each with what its own start returns. */
export type StartedSubgraphs<Entry extends SubgraphEntry = SubgraphEntry> = {
  [Each in Entry as Each['name']]: Awaited<ReturnType<Each['start']>>;
};

/** The subgraphs this process runs. */
export type RunningSubgraphs = Partial<StartedSubgraphs>;
