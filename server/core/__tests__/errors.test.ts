import { GraphQLError } from 'graphql';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { captureLogs } from '../../test-support/captured-logs';
import { DatabaseUnresponsiveError } from '../database/responsive-client';
import { badInput, errorText, formatError } from '../errors';
import { withRequestId } from '../request-scope';

describe('formatError', () => {
  let logs: ReturnType<typeof captureLogs>;
  beforeEach(() => {
    logs = captureLogs();
  });
  afterEach(() => logs.stop());

  it('passes a domain error through with its code and message', () => {
    const error = badInput(errorText('notADate', { field: 'filter.from', value: '2021-02-30' }), { field: 'filter.from' });
    const formatted = formatError()(error.toJSON(), error);
    expect(formatted).toEqual({
      message: 'filter.from must be a date written YYYY-MM-DD, e.g. 2021-11-24; got "2021-02-30".',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' },
    });
  });

  it('masks an unexpected error and logs it, its stack and its cause, with the id the client sees', () => {
    const cause = new Error('relation "x" does not exist at line 3');
    const error = new GraphQLError('boom', { originalError: new Error('reading the regions failed', { cause }) });
    const formatted = formatError()({ message: error.message, extensions: { stacktrace: ['at x'] } }, error);
    expect(formatted.message).toMatch(/^Internal error; quote [0-9a-f-]{36} when reporting it\.$/);
    expect(JSON.stringify(formatted)).not.toContain('relation');
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logs.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        errorId: formatted.extensions?.errorId,
        err: expect.objectContaining({
          message: 'reading the regions failed',
          stack: expect.stringContaining('errors.test.ts'),
          cause: expect.objectContaining({ message: 'relation "x" does not exist at line 3', stack: expect.any(String) }),
        }),
      }),
    ]);
  });

  it('names the request in the log line, and logs a thrown non-Error as it is instead of [object Object]', () => {
    const error = new GraphQLError('boom', { originalError: { reason: 'a plain object' } as unknown as Error });
    withRequestId('req-42', () => formatError()({ message: error.message }, error));
    expect(logs.lines).toEqual([expect.objectContaining({ requestId: 'req-42', err: { reason: 'a plain object' } })]);
    expect(JSON.stringify(logs.lines)).not.toContain('[object Object]');
  });

  it("leaves out of the log the values bound to a failed statement, which may be a person's", () => {
    const failed = new QueryFailedError('SELECT 1 WHERE username = $1', ['ana.lopez'], new Error('boom'));
    formatError()({ message: 'x' }, new GraphQLError('x', { originalError: failed }));
    expect(logs.lines[0]?.err).toEqual(expect.objectContaining({ query: 'SELECT 1 WHERE username = $1' }));
    expect(JSON.stringify(logs.lines)).not.toContain('ana.lopez');
  });

  it("passes on, without logging it again, a subgraph's internal error it already masked and logged", () => {
    const fromSubgraph = { message: 'Internal error; quote 1b4e28ba-2fa1-11d2-883f-0016d3cca427 when reporting it.', path: ['coverage'] };
    const extensions = { code: 'INTERNAL_SERVER_ERROR', errorId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' };
    const error = new GraphQLError(fromSubgraph.message, { extensions });
    expect(formatError()({ ...fromSubgraph, extensions }, error)).toEqual({ ...fromSubgraph, extensions });
    expect(logs.lines).toEqual([]);
  });

  it('gives a client mistake that Apollo refused with a 4xx but no code the code BAD_REQUEST, unlogged', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(formatError()({ message: error.message }, error)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(logs.lines).toEqual([]);
  });

  describe('a database that did not answer in time', () => {
    /** What PostgreSQL sends, as pg parses it. */
    const fromServer = (code: string, message: string) => Object.assign(new DatabaseError(message, 0, 'error'), { code });
    /** As a resolver's error reaches the mapper: TypeORM's wrapper inside GraphQL's. */
    const asResolverError = (driverError: Error) =>
      new GraphQLError('wrapped', { originalError: new QueryFailedError('SELECT * FROM geography.region', [], driverError) });
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });

    it.each([
      ['a statement timeout (57014)', asResolverError(fromServer('57014', 'canceling statement due to statement timeout'))],
      [
        'an idle-in-transaction timeout (25P03)',
        asResolverError(fromServer('25P03', 'terminating connection due to idle-in-transaction timeout')),
      ],
      ['a server shutting down (57P01)', asResolverError(fromServer('57P01', 'terminating connection due to administrator command'))],
      ['a server starting up (57P03)', asResolverError(fromServer('57P03', 'the database system is starting up'))],
      ['no connection slot left (53300)', asResolverError(fromServer('53300', 'sorry, too many clients already'))],
      ['a connection exception (08006)', asResolverError(fromServer('08006', 'connection failure'))],
      [
        'a server that stopped answering',
        asResolverError(new DatabaseUnresponsiveError('The database stopped answering: a statement ran 3000 ms.')),
      ],
      [
        'no connection from the pool in time',
        new GraphQLError('x', { originalError: new Error('timeout exceeded when trying to connect') }),
      ],
      [
        'a connection not made in time',
        new GraphQLError('x', {
          originalError: new Error('Connection terminated due to connection timeout', { cause: new Error('timeout expired') }),
        }),
      ],
      ['a connection lost', asResolverError(new Error('Connection terminated unexpectedly'))],
      ['a connection refused', new GraphQLError('x', { originalError: refused })],
      ['a connection refused on every address', new GraphQLError('x', { originalError: new AggregateError([refused, refused]) })],
    ])('answers %s with SERVICE_UNAVAILABLE, logged with its id, telling nothing of the server', (_name, error) => {
      const formatted = formatError()({ message: error.message, path: ['regions'] }, error);
      expect(formatted).toEqual({
        message: 'Temporarily unavailable: the database did not answer in time. Try again in a few seconds.',
        path: ['regions'],
        extensions: { code: 'SERVICE_UNAVAILABLE', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      });
      expect(JSON.stringify(formatted)).not.toMatch(/10\.1\.2\.3|5432|geography|SELECT/);
      expect(logs.lines).toEqual([
        expect.objectContaining({ level: 'warn', code: 'SERVICE_UNAVAILABLE', errorId: formatted.extensions?.errorId }),
      ]);
    });

    it.each([
      ['a unique violation (23505)', asResolverError(fromServer('23505', 'duplicate key value violates unique constraint'))],
      ['a syntax error (42601)', asResolverError(fromServer('42601', 'syntax error at or near "SELEC"'))],
      ['a deadlock (40P01)', asResolverError(fromServer('40P01', 'deadlock detected'))],
      ['a bug', new GraphQLError('x', { originalError: new TypeError("Cannot read properties of undefined (reading 'slug')") })],
    ])('still masks %s as an internal error', (_name, error) => {
      const formatted = formatError()({ message: error.message }, error);
      expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    });

    it('passes SERVICE_UNAVAILABLE on as a subgraph gave it, as the gateway sees it', () => {
      const fromSubgraph = new GraphQLError('Temporarily unavailable: the database did not answer in time. Try again in a few seconds.', {
        extensions: { code: 'SERVICE_UNAVAILABLE', errorId: 'e1', serviceName: 'engagement' },
      });
      expect(formatError()(fromSubgraph.toJSON(), fromSubgraph)).toEqual(fromSubgraph.toJSON());
    });
  });
});
