import { statementText } from '../tracing-sql';

// What a statement's span shows: its shape, never a value written into it.
describe('statementText', () => {
  it('keeps parameters, identifiers and keywords, on one line', () => {
    expect(statementText('SELECT r.slug, t1.id\n  FROM geography.region r\n  WHERE r.slug = ANY($1::text[]) AND "col2" = $2')).toBe(
      'SELECT r.slug, t1.id FROM geography.region r WHERE r.slug = ANY($1::text[]) AND "col2" = $2',
    );
  });

  it('replaces string and number literals by ?', () => {
    expect(statementText("SELECT * FROM engagement.roundtable WHERE notes = 'Ana''s group' AND attendees > 12 LIMIT 500")).toBe(
      'SELECT * FROM engagement.roundtable WHERE notes = ? AND attendees > ? LIMIT ?',
    );
    expect(statementText("SET statement_timeout = 0; SELECT now() - interval '3 days', 1.5")).toBe(
      'SET statement_timeout = ?; SELECT now() - interval ?, ?',
    );
  });

  it('cuts a very long statement', () => {
    const text = statementText(`SELECT ${Array.from({ length: 3_000 }, (_, index) => `$${index + 1}`).join(', ')}`);
    expect(text.length).toBe(4_001);
    expect(text.endsWith('…')).toBe(true);
  });
});
