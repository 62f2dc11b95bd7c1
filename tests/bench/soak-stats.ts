// What the soak counts: every answer judged (as it should be, an expected refusal, or a fault),
// and for each window of 10 s the server's resident memory and the reads' latency percentiles.
import { percentile } from './measure';
import { type Outcome, OVERSIZED_KIND } from './soak-load';

export const WINDOW_S = 10;

/** What fails a soak run, besides any 5xx, internal error or unexpected answer. */
export const THRESHOLDS = {
  /** The server's RSS over the last minute against the first (medians of their samples). */
  rssGrowthPct: 20,
  /** The reads' p99 over the last minute against the first minute. */
  p99DriftPct: 50,
  /** On shared cores a p99 of 4 ms may read 7 the next minute: a drift under this many ms does not count. */
  p99DriftMinMs: 10,
  /** The stretches compared: a minute each, or a third of a run under 3 minutes. */
  edgeS: 60,
};

const INTERNAL = 'INTERNAL_SERVER_ERROR';
const SOCKET_CLOSED = /EPIPE|ECONNRESET|other side closed/;

/** A read or a write must succeed; a wrong sign-in must get 401 or 429; a hostile request must be refused (4xx or a GraphQL error). */
export function verdictOf(outcome: Outcome): 'ok' | 'refused' | 'unexpected' {
  // A server that answers 413 stops reading a body it refuses; a client still sending it then sees the socket closed.
  if (outcome.kind === OVERSIZED_KIND && SOCKET_CLOSED.test(outcome.failure ?? '')) return 'refused';
  if (outcome.status === 0 || outcome.status >= 500 || outcome.codes.includes(INTERNAL)) return 'unexpected';
  if (outcome.family === 'sign-in') return outcome.status === 401 || outcome.status === 429 ? 'refused' : 'unexpected';
  if (outcome.family === 'hostile') return outcome.status >= 400 || outcome.codes.length ? 'refused' : 'unexpected';
  // A read that lists a roundtable the coordinator deletes before its details are read is told to load again.
  if (outcome.family === 'read' && outcome.codes.length > 0 && outcome.codes.every((code) => code === 'CONFLICT')) return 'refused';
  return outcome.status === 200 && outcome.codes.length === 0 ? 'ok' : 'unexpected';
}

export interface Sample {
  /** Seconds since the warm-up ended, at the end of the window. */
  atS: number;
  rssMb: number | null;
  requests: number;
  readP50Ms: number | null;
  readP99Ms: number | null;
  fiveXx: number;
  internal: number;
  unexpected: number;
}

export interface Edges {
  windowS: number;
  p99Ms: { first: number | null; last: number | null };
  rssMb: { first: number | null; last: number | null };
}

export interface Totals {
  requests: number;
  /** Answers with an HTTP status of 500 or more. */
  fiveXx: number;
  /** Answers carrying INTERNAL_SERVER_ERROR, whatever their status. */
  internal: number;
  /** Answers a request should not get: every 5xx and internal error, any error on a read or write, no answer at all. */
  unexpected: number;
  byKind: Record<string, number>;
  /** Unexpected answers by kind, status and codes, e.g. "read overview PUBLIC: HTTP 200 BAD_USER_INPUT". */
  unexpectedBy: Record<string, number>;
  /** Expected refusals of wrong sign-ins and hostile requests, by status and code, e.g. "hostile: HTTP 400 GRAPHQL_VALIDATION_FAILED". */
  refusedBy: Record<string, number>;
}

const add = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};
const described = (outcome: Outcome) =>
  `HTTP ${outcome.status || 'none'}${outcome.codes.length ? ` ${[...new Set(outcome.codes)].join(',')}` : ''}${outcome.failure ? ` (${outcome.failure.slice(0, 120)})` : ''}`;

interface Window {
  reads: number[];
  requests: number;
  fiveXx: number;
  internal: number;
  unexpected: number;
}
const emptyWindow = (): Window => ({ reads: [], requests: 0, fiveXx: 0, internal: 0, unexpected: 0 });
const emptyTotals = (): Totals => ({ requests: 0, fiveXx: 0, internal: 0, unexpected: 0, byKind: {}, unexpectedBy: {}, refusedBy: {} });

export class SoakRecorder {
  private window = emptyWindow();
  /** Each closed window's read latencies, sorted, for the first and last minute's percentiles. */
  private readonly readsByWindow: number[][] = [];
  private startedAt = performance.now();
  readonly samples: Sample[] = [];
  totals = emptyTotals();

  record(outcome: Outcome): void {
    const verdict = verdictOf(outcome);
    const { totals, window } = this;
    totals.requests++;
    window.requests++;
    add(totals.byKind, outcome.kind);
    if (outcome.status >= 500) {
      totals.fiveXx++;
      window.fiveXx++;
    }
    if (outcome.codes.includes(INTERNAL)) {
      totals.internal++;
      window.internal++;
    }
    if (verdict === 'unexpected') {
      totals.unexpected++;
      window.unexpected++;
      add(totals.unexpectedBy, `${outcome.kind}: ${described(outcome)}`);
    } else if (verdict === 'refused') {
      add(totals.refusedBy, `${outcome.family}: ${described(outcome)}`);
    } else if (outcome.family === 'read') {
      window.reads.push(outcome.ms);
    }
  }

  /** Forgets what the warm-up did: its requests are no figures. */
  startMeasuring(): void {
    this.window = emptyWindow();
    this.totals = emptyTotals();
    this.startedAt = performance.now();
  }

  /** Closes the current window with the server's RSS now. */
  sample(rssMb: number | null): Sample {
    const { window } = this;
    this.window = emptyWindow();
    const reads = window.reads.sort((a, b) => a - b);
    this.readsByWindow.push(reads);
    const sample: Sample = {
      atS: Math.round((performance.now() - this.startedAt) / 1000),
      rssMb,
      requests: window.requests,
      readP50Ms: reads.length ? percentile(reads, 50) : null,
      readP99Ms: reads.length ? percentile(reads, 99) : null,
      fiveXx: window.fiveXx,
      internal: window.internal,
      unexpected: window.unexpected,
    };
    this.samples.push(sample);
    return sample;
  }

  /**
   * The first and the last `edgeS` seconds of the run (whole windows, a third of the run at
   * most): the reads' p99 over each, and the median of each one's RSS samples, since a single
   * sample may catch the heap just before a collection.
   */
  edges(edgeS: number): Edges {
    const count = Math.max(1, Math.min(Math.round(edgeS / WINDOW_S), Math.floor(this.samples.length / 3)));
    const p99 = (stretch: number[][]) => {
      const all = stretch.flat().sort((a, b) => a - b);
      return all.length ? percentile(all, 99) : null;
    };
    const medianRss = (stretch: Sample[]) => {
      const known = stretch.map((s) => s.rssMb).filter((mb): mb is number => mb !== null);
      return known.length
        ? percentile(
            known.sort((a, b) => a - b),
            50,
          )
        : null;
    };
    return {
      windowS: count * WINDOW_S,
      p99Ms: { first: p99(this.readsByWindow.slice(0, count)), last: p99(this.readsByWindow.slice(-count)) },
      rssMb: { first: medianRss(this.samples.slice(0, count)), last: medianRss(this.samples.slice(-count)) },
    };
  }
}
