import { Agent, request } from 'node:http';
import type { HostileRequest } from './hostile-requests';

export interface Outcome {
  request: HostileRequest;
  status: number;
  /** Error codes in a GraphQL answer, when the answer is one. */
  codes: string[];
  body: string;
  /** Milliseconds from sending to the last byte. */
  took: number;
}

/** Sends one request on `agent` (kept-alive sockets, as browsers and proxies use them); a hang rejects after `timeoutMs`. */
export function send(base: URL, hostile: HostileRequest, agent: Agent, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      { host: base.hostname, port: base.port, method: hostile.method, path: hostile.path, headers: hostile.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ request: hostile, status: res.statusCode ?? 0, codes: errorCodes(body), body, took: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(hostile.body);
  });
}

function errorCodes(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((error) => String(error.extensions?.code));
  } catch {
    return [];
  }
}

/** Sends every request, `concurrency` at a time, in order of the list within each lane. */
export async function sendAll(
  base: URL,
  requests: readonly HostileRequest[],
  options: { concurrency: number; timeoutMs: number },
): Promise<{ outcomes: Outcome[]; failures: string[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const outcomes: Outcome[] = [];
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const hostile = requests[next++] as HostileRequest;
      try {
        outcomes.push(await send(base, hostile, agent, options.timeoutMs));
      } catch (error) {
        failures.push(`${hostile.kind} (${hostile.method} ${hostile.path.slice(0, 80)}): ${(error as Error).message}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, lane));
  } finally {
    agent.destroy();
  }
  return { outcomes, failures };
}
