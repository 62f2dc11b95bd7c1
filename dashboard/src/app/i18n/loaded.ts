/**
 * A promise React's `use` can read at once once it has settled (it looks at `status` and
 * `value`), so a language loaded before renders without suspending again.
 */
export type Loaded<T> = Promise<T>;
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function tracked<T>(promise: Promise<T>): Tracked<T> {
  const loaded = promise as Tracked<T>;
  loaded.status = 'pending';
  promise.then(
    (value) => {
      loaded.status = 'fulfilled';
      loaded.value = value;
    },
    (reason: unknown) => {
      loaded.status = 'rejected';
      loaded.reason = reason;
    },
  );
  return loaded;
}

/** How to forget each load that failed, so that its next call tries again. */
const failedLoads = new Set<() => void>();

/**
 * `load`, run once: every later call gets the same promise, settled or not. A failed load
 * stays failed, so that React, which draws again once a promise settles, meets the failure
 * and shows it rather than starting the load afresh without end; `retryFailedLoads` lets it
 * be tried again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Loaded<T> {
  let current: Tracked<T> | undefined;
  const forget = () => {
    current = undefined;
  };
  return () => {
    if (!current) {
      current = tracked(load());
      current.catch(() => failedLoads.add(forget));
    }
    return current;
  };
}

/** Lets every load that failed be tried again on its next call: what "Try again" after a failed page does. */
export function retryFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

/** What a `loadOnce` promise has given, once it has: undefined while pending or after a failure. */
export function settledValue<T>(loaded: Loaded<T>): T | undefined {
  const promise = loaded as Tracked<T>;
  return promise.status === 'fulfilled' ? promise.value : undefined;
}
