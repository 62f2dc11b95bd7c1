/** How many operation names a process labels metrics with; the dashboard sends about 70. */
export const MAX_OPERATION_NAMES = 200;

/** A GraphQL name, not too long to be a label. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,79}$/;

export const ANONYMOUS_OPERATION = 'anonymous';
/** What a request that never named a valid operation of the schema (not parsed, not valid) is counted as. */
export const INVALID_OPERATION = 'invalid';
/** Every name past the first MAX_OPERATION_NAMES. */
export const OTHER_OPERATION = 'other';

/**
 * The operation name label of metrics. Only operations valid against the schema reach it, and
 * only the first MAX_OPERATION_NAMES names are kept (the dashboard's, in practice, which it
 * sends from its first page): a client sending new names at will adds at most that many series,
 * then is counted as `other`.
 */
export class OperationNames {
  private readonly known = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  labelOf(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max || !OPERATION_NAME.test(name)) return OTHER_OPERATION;
    this.known.add(name);
    return name;
  }
}
