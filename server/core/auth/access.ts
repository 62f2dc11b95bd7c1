import type { DisclosureRules } from '../../contract/disclosure/disclosure-table';
import type { Authenticate } from './authenticate';

/** How a subgraph tells who is asking, and the disclosure rule it applies to them. */
export interface Access {
  authenticate: Authenticate;
  /** What FUNDER and PUBLIC may see of counts of people (the protected publication). */
  disclosure: DisclosureRules;
  /** How long a request of theirs waits for the publication of changed data before it is answered from the one before (DEFAULT_PUBLICATION_WAIT_MS unless set). */
  publicationWaitMs?: number;
}
