import { randomUUID } from 'node:crypto';

/** What every subgraph knows of the request it serves. */
export interface RequestInfo {
  requestId: string;
  headers: Record<string, string | undefined>;
}

export function requestInfo(headers: Record<string, string | string[] | undefined>): RequestInfo {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  return { requestId: flat['x-request-id'] || randomUUID(), headers: flat };
}
