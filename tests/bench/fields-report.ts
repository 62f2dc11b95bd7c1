// The Fields section of BENCHMARKS.md, which `pnpm bench:fields` writes and `pnpm bench` keeps.

import type { Size } from './database';
import { keptSection } from './kept-section';

export const FIELDS_HEADING = '## Fields, one at a time';

/** The Fields section as BENCHMARKS.md has it, for `pnpm bench` to write back unchanged. */
export const keptFieldsSection = (target: string): string[] => keptSection(target, FIELDS_HEADING);

export interface FieldsMeasured {
  role: string;
  first: number;
  /** The slowest answer of /health, asked every 50 ms while the first request was answered. */
  slowestHealth: number;
  fields: { field: string; ms: number; kB: number }[];
}

export function fieldsSection(size: Size, runs: number, measured: readonly FieldsMeasured[], load: [number, number]): string[] {
  const roles = measured.map((one) => one.role);
  const fields = measured[0]?.fields.map((one) => one.field) ?? [];
  const cell = (role: string, field: string) => {
    const one = measured.find((m) => m.role === role)?.fields.find((f) => f.field === field);
    return one ? `${one.ms.toFixed(1)} ms, ${one.kB.toFixed(1)} kB` : 'not measured';
  };
  return [
    FIELDS_HEADING,
    '',
    '`pnpm bench:fields [--size S|M|L] [--roles ANALYST,FUNDER] [--fields a,b] [--runs N]` (not in CI) starts the system in',
    'the harness process over the bench data set, response cache off, and sends each top-level field the dashboard asks',
    'for alone through the gateway, one request at a time, as each role: the median time from request to answer read, and',
    "the answer's size. The first request of a role is timed apart: for FUNDER and PUBLIC it builds the protected",
    'publication (disclosure audit of every published cell), which every write makes stale; meanwhile /health is asked',
    'every 50 ms, and its slowest answer says how long the build kept every other request waiting.',
    '',
    `Last run: ${new Date().toISOString().slice(0, 10)}, size ${size}, ${runs} runs per field; load average ${load[0].toFixed(1)} → ${load[1].toFixed(1)}.`,
    '',
    `| field | ${roles.join(' | ')} |`,
    `| ----- | ${roles.map(() => '---:').join(' | ')} |`,
    `| first request (builds the publication for FUNDER, PUBLIC) | ${measured.map((one) => `${one.first.toFixed(0)} ms`).join(' | ')} |`,
    `| slowest /health meanwhile | ${measured.map((one) => `${one.slowestHealth.toFixed(0)} ms`).join(' | ')} |`,
    ...fields.map((field) => `| ${field} | ${roles.map((role) => cell(role, field)).join(' | ')} |`),
    '',
  ];
}
