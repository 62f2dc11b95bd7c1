import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** A request id a client or a proxy may set; anything else is replaced, so a log line never carries its text. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const scope = new AsyncLocalStorage<string>();

/** The `X-Request-Id` a request sent, when it is a plain id; otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Runs the handling of one request with its id, which log lines written during it name. */
export function withRequestId<T>(requestId: string, handle: () => T): T {
  return scope.run(requestId, handle);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
