/**
 * Failed sign-ins per address over a sliding window, so password guessing from one
 * address is slowed to `limit` tries per window. Kept in memory: a restart forgets it,
 * which costs an attacker a restart per window.
 */
export class FailedAttempts {
  private readonly failures = new Map<string, number[]>();
  private lastPrune = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `address` may try again, or undefined when it may try now. */
  retryAfterSeconds(address: string): number | undefined {
    const recent = this.recent(address);
    if (recent.length < this.limit) return undefined;
    const oldest = recent[recent.length - this.limit] as number;
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  record(address: string): void {
    this.prune();
    this.failures.set(address, [...this.recent(address), this.now()]);
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(address) ?? []).filter((time) => time > since);
  }

  /** Forgets addresses whose failures have all left the window (once per window), so the map stays small. */
  private prune(): void {
    if (this.now() - this.lastPrune < this.windowMs) return;
    this.lastPrune = this.now();
    for (const address of this.failures.keys()) {
      if (this.recent(address).length === 0) this.failures.delete(address);
    }
  }
}
