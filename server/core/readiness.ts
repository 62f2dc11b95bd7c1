import type { DataSource } from 'typeorm';

/** One thing the process needs to serve requests; `name` is what /ready shows, never an address. */
export interface ReadinessCheck {
  name: string;
  /** Resolves with what to show when ready ('ready', or e.g. '1 of 2 instances ready'), rejects when not. */
  run(signal: AbortSignal): Promise<string>;
}

export interface Readiness {
  ready: boolean;
  body: { status: 'ready' | 'not ready'; notReady: string[]; checks: Record<string, string> };
}

class NotReady extends Error {}

/** Runs every check at once, each given at most `timeoutMs`; a failure's own message is never shown (it may hold an address). */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs: number): Promise<Readiness> {
  const results = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check, timeoutMs)] as const));
  const notReady = results.filter(([, result]) => !result.ready).map(([name]) => name);
  return {
    ready: notReady.length === 0,
    body: {
      status: notReady.length === 0 ? 'ready' : 'not ready',
      notReady,
      checks: Object.fromEntries(results.map(([name, result]) => [name, result.shown])),
    },
  };
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<{ ready: boolean; shown: string }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<{ ready: boolean; shown: string }>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ready: false, shown: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
  });
  const outcome = check.run(controller.signal).then(
    (shown) => ({ ready: true, shown }),
    (error: unknown) => ({ ready: false, shown: error instanceof NotReady ? error.message : 'unavailable' }),
  );
  try {
    return await Promise.race([outcome, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** A database the process uses answers a statement through its pool (so a full or broken pool shows too). */
export function databaseCheck(name: string, dataSource: DataSource): ReadinessCheck {
  return {
    name: `${name} database`,
    run: async () => {
      await dataSource.query('SELECT 1');
      return 'ready';
    },
  };
}

/**
 * A remote subgraph is ready when one of its instances answers its own /ready with 200: the
 * gateway sends it work in turn, and each instance's readiness covers its database.
 */
export function remoteSubgraphCheck(name: string, graphqlUrls: readonly string[]): ReadinessCheck {
  return {
    name: `${name} subgraph`,
    run: async (signal) => {
      const answers = await Promise.all(
        graphqlUrls.map((url) =>
          fetch(new URL('ready', url), { signal }).then(
            async (response) => {
              await response.body?.cancel();
              return response.ok;
            },
            () => false,
          ),
        ),
      );
      const ready = answers.filter(Boolean).length;
      if (graphqlUrls.length === 1) {
        if (ready === 1) return 'ready';
        throw new NotReady('not ready');
      }
      const shown = `${ready} of ${graphqlUrls.length} instances ready`;
      if (ready === 0) throw new NotReady(shown);
      return shown;
    },
  };
}
