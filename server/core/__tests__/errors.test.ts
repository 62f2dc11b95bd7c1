import { GraphQLError } from 'graphql';
import { badInput, formatError } from '../errors';

describe('formatError', () => {
  it('passes a domain error through with its code and message', () => {
    const error = badInput('filter.from must be a date', { field: 'filter.from' });
    const formatted = formatError(() => {})(error.toJSON(), error);
    expect(formatted).toEqual({ message: 'filter.from must be a date', extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } });
  });

  it('masks an unexpected error and logs it with the id the client sees', () => {
    const logged: string[] = [];
    const error = new GraphQLError('boom', { originalError: new Error('relation "x" does not exist at line 3') });
    const formatted = formatError((line) => logged.push(line))({ message: error.message, extensions: { stacktrace: ['at x'] } }, error);
    expect(formatted.message).toMatch(/^Internal error; quote [0-9a-f-]{36} when reporting it\.$/);
    expect(JSON.stringify(formatted)).not.toContain('relation');
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(String(formatted.extensions?.errorId));
    expect(logged[0]).toContain('relation "x" does not exist');
  });
});
