import { setTimeout as pause } from 'node:timers/promises';

export interface WaitOptions {
  /** Said in the error when the time is up. */
  what?: string;
  withinMs?: number;
  everyMs?: number;
}

/**
 * Asks again until `condition` holds, and returns how long that took; throws once `withinMs`
 * has gone by. Tests wait for what they need to have happened, never for a guessed while:
 * a fixed pause is too short on a busy machine and wasted on an idle one.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  { what = 'the condition', withinMs = 10_000, everyMs = 50 }: WaitOptions = {},
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > withinMs) throw new Error(`Waited ${withinMs} ms for ${what}, in vain.`);
    await pause(everyMs);
  }
  return Date.now() - started;
}
