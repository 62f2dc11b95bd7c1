import type { Viewer } from './viewer';

/**
 * Turns a request's headers into the viewer it acts for. Each subgraph authenticates every
 * request itself (the gateway forwards the token), so no subgraph trusts the gateway blindly.
 */
export type Authenticate = (headers: Record<string, string | undefined>) => Promise<Viewer>;
