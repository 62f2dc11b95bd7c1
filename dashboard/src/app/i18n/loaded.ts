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

/** `load`, run once: every later call gets the same promise, settled or not; a failed load is tried again next time. */
export function loadOnce<T>(load: () => Promise<T>): () => Loaded<T> {
  let current: Tracked<T> | undefined;
  return () => {
    if (!current || current.status === 'rejected') current = tracked(load());
    return current;
  };
}

/** What a `loadOnce` promise has given, once it has: undefined while pending or after a failure. */
export function settledValue<T>(loaded: Loaded<T>): T | undefined {
  const promise = loaded as Tracked<T>;
  return promise.status === 'fulfilled' ? promise.value : undefined;
}
