import type { FormattedExecutionResult } from 'graphql';

// The JSON text of answers the response cache holds, by the answer's data object.
const serialized = new WeakMap<object, string>();

/**
 * Remembers the JSON text of a cached answer (`JSON.stringify` of `{ data }`), so serving it
 * again costs no serialization: a cached 1,000-region overview is 1.4 MB, whose
 * serialization was most of what a cache hit cost.
 */
export function rememberSerialized(result: FormattedExecutionResult, json: string): void {
  if (result.data) serialized.set(result.data, json);
}

/**
 * Apollo Server's `stringifyResult`: the remembered text of a cached answer, otherwise what
 * Apollo writes itself (compact JSON and a line break).
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const known = result.data && !result.errors && !result.extensions ? serialized.get(result.data) : undefined;
  return `${known ?? JSON.stringify(result)}\n`;
}
