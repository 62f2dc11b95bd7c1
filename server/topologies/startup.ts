import type { Config } from '../core/config';
import type { ExplorerSetting } from '../core/explorer/apollo-explorer-options';
import type { Route } from '../core/http';
import type { ReadinessCheck } from '../core/readiness';

/** What every step of starting the system shares. */
export interface Startup {
  config: Config;
  log: (line: string) => void;
  explorer: ExplorerSetting;
  stops: Stops;
}

/** What a topology serves: its routes after /health, /ready and the explorer, and what /ready checks. */
export interface Served {
  routes: Route[];
  readiness: ReadinessCheck[];
}

/** What was started, stopped in reverse order when the system stops or fails to start. */
export class Stops {
  private readonly stops: (() => Promise<unknown>)[] = [];

  constructor(private readonly log: (line: string) => void) {}

  add(stop: () => Promise<unknown>): void {
    this.stops.push(stop);
  }

  async stopAll(): Promise<void> {
    for (const stop of this.stops.reverse()) await stop().catch((error) => this.log(`[stop] ${String(error)}`));
  }
}
