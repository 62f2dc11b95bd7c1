// CPU time and peak memory of processes, from /proc (Linux only).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux, whatever the kernel's HZ

/** utime + stime of one process in ms, or undefined when it is gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; fields after it are space-separated, utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A size line of /proc/<pid>/status in MB, or undefined when the process is gone. */
function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** VmHWM (peak resident set) of one process in MB. */
export const peakRssMb = (pid: number) => statusMb(pid, 'VmHWM');

/** VmRSS (resident set now) of one process in MB. */
export const rssMb = (pid: number) => statusMb(pid, 'VmRSS');

export type CpuSnapshot = Map<number, number>;

export function cpuSnapshot(pids: readonly number[]): CpuSnapshot {
  const snapshot = new Map<number, number>();
  for (const pid of pids) {
    const ms = cpuMs(pid);
    if (ms !== undefined) snapshot.set(pid, ms);
  }
  return snapshot;
}

/** CPU ms spent between two snapshots; a process only in the second counts in full (it started in between). */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

export function cpuModel(): string {
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  postgres: string;
  /** Other work on the machine adds noise: the load average when the run started and when it ended. */
  loadAverage: { atStart: number[]; atEnd: number[] };
}

/** The machine a run was measured on, at its end. */
export function machineAtEnd(postgres: string, loadAtStart: number[]): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    node: process.version,
    postgres,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
  };
}
