import type { Authenticate } from './authenticate';

/** How a subgraph tells who is asking, and the disclosure rule it applies to them. */
export interface Access {
  authenticate: Authenticate;
  /** Counts of people below this are suppressed for FUNDER and PUBLIC. */
  suppressionK: number;
}
