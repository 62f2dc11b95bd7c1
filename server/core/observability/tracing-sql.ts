import { type Attributes, SpanKind, trace } from '@opentelemetry/api';
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_RESPONSE_STATUS_CODE,
  ATTR_DB_SYSTEM_NAME,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';
import { ATTR_SIRA_SUBGRAPH, activeTracer, markFailed } from './tracing-spans';

/** What a statement span says of where it ran: never the user or the password. */
export interface StatementTarget {
  host: string;
  port: number;
  database?: string;
  /** The pool's application_name, `sira-<subgraph schema>` (subgraph-data-source.ts). */
  applicationName?: string;
}

/** Past this, a statement's text is cut: an IN list or a UNION ALL batch can run to many kilobytes. */
const MAX_TEXT_LENGTH = 4_000;
const MAX_REMEMBERED_TEXTS = 500;
/**
 * A string literal ('...', quotes doubled inside) or a number standing alone. Values travel as
 * parameters ($1) almost everywhere; a literal written into the text (a LIMIT, an interval) is
 * replaced all the same, so no value a person typed can reach a trace.
 */
const LITERAL = /'(?:[^']|'')*'|(?<![\w$."])\d+(?:\.\d+)?(?![\w"])/g;
const FIRST_WORD = /^\s*([A-Za-z]+)/;

const shownTexts = new Map<string, string>();

/**
 * The text a span shows for a statement: literals replaced by `?`, on one line, cut to
 * MAX_TEXT_LENGTH. Remembered, as the same few texts come again and again.
 */
export function statementText(sql: string): string {
  let shown = shownTexts.get(sql);
  if (shown === undefined) {
    const replaced = sql.replace(LITERAL, '?').replace(/\s+/g, ' ').trim();
    shown = replaced.length > MAX_TEXT_LENGTH ? `${replaced.slice(0, MAX_TEXT_LENGTH)}…` : replaced;
    if (shownTexts.size >= MAX_REMEMBERED_TEXTS) shownTexts.clear();
    shownTexts.set(sql, shown);
  }
  return shown;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | undefined)?.then === 'function';

/**
 * Runs one statement of a pool's client (database/responsive-client.ts) inside a CLIENT span,
 * named by its first word (`SELECT`, `INSERT`, `WITH`, `BEGIN`...) and the database. Only
 * statements run for a traced request get one: those of migrations, of the data set loaded at
 * start or of background work would each start a trace of their own and bury the requests'.
 */
export function tracedStatement<T>(target: StatementTarget, statement: unknown, run: () => T): T {
  const tracer = activeTracer();
  if (!tracer || !trace.getActiveSpan()) return run();
  const sql = typeof statement === 'string' ? statement : ((statement as { text?: unknown } | undefined)?.text ?? '');
  if (typeof sql !== 'string') return run();
  const operation = FIRST_WORD.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  const attributes: Attributes = {
    [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
    [ATTR_DB_OPERATION_NAME]: operation,
    [ATTR_DB_QUERY_TEXT]: statementText(sql),
    [ATTR_SERVER_ADDRESS]: target.host,
    [ATTR_SERVER_PORT]: target.port,
  };
  if (target.database) attributes[ATTR_DB_NAMESPACE] = target.database;
  if (target.applicationName?.startsWith('sira-')) attributes[ATTR_SIRA_SUBGRAPH] = target.applicationName.slice('sira-'.length);
  const span = tracer.startSpan(target.database ? `${operation} ${target.database}` : operation, { kind: SpanKind.CLIENT, attributes });
  const failed = (error: unknown) => {
    const sqlState = (error as { code?: unknown } | undefined)?.code;
    if (typeof sqlState === 'string') span.setAttribute(ATTR_DB_RESPONSE_STATUS_CODE, sqlState);
    markFailed(span, error);
    span.end();
  };
  let result: T;
  try {
    result = run();
  } catch (error) {
    failed(error);
    throw error;
  }
  // A side branch: the caller still gets the very promise pg returned, and handles its failure.
  if (isPromise(result)) result.then(() => span.end(), failed);
  else span.end();
  return result;
}
