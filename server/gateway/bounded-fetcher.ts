import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * A fetcher that gives a query at most `timeoutMs`, so a subgraph that accepts connections but never
 * answers fails its part of a plan instead of holding the request. Aborting (not only giving up)
 * closes the connection, so waiting requests do not pile up sockets on a hung process.
 *
 * Mutations are not cut: a write given up on here may still commit there, and an import may rightly
 * take minutes; the subgraph's own database timeouts bound them.
 */
export function boundedFetcher(fetcher: Fetcher, timeoutMs: number): Fetcher {
  return async (url, init) => {
    if (isMutation(init?.body)) return fetcher(url, init);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await fetcher(url, { ...init, signal });
    } catch (error) {
      if (!signal.aborted) throw error;
      // ETIMEDOUT: what core/database/unavailable-errors.ts knows as a service not answering.
      throw Object.assign(new Error(`No answer within ${timeoutMs} ms.`), { code: 'ETIMEDOUT' });
    }
  };
}

/** RemoteGraphQLDataSource sends `{"query":"...", ...}`, the query first; the gateway writes operations as `mutation ...`. */
function isMutation(body: unknown): boolean {
  return typeof body === 'string' && /^\{"query":"mutation\b/.test(body);
}
