import { parseSession, readToken, type Session, safeNext } from '../session/session';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const session: Session = {
  expiresAt: '2026-03-01T20:00:00.000Z',
  viewer: { name: 'Ana López', role: 'ANALYST', regions: [] },
};
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: Record<string, unknown>) => `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;

describe('parseSession', () => {
  it('keeps a well-formed session until it expires', () => {
    expect(parseSession(JSON.stringify(session), NOW)).toEqual(session);
    expect(parseSession(JSON.stringify(session), Date.parse(session.expiresAt))).toBeUndefined();
  });

  it.each([
    ['nothing', null],
    ['text that is not JSON', '{"viewer"'],
    ['an unknown role', JSON.stringify({ ...session, viewer: { ...session.viewer, role: 'ROOT' } })],
    ['PUBLIC, which nobody signs in as', JSON.stringify({ ...session, viewer: { ...session.viewer, role: 'PUBLIC' } })],
    ['regions that are not a list', JSON.stringify({ ...session, viewer: { ...session.viewer, regions: 'soria' } })],
    ['an expiry that is not a date', JSON.stringify({ ...session, expiresAt: 'tomorrow' })],
  ])('drops %s', (_what, raw) => {
    expect(parseSession(raw, NOW)).toBeUndefined();
  });
});

describe('readToken', () => {
  const exp = NOW / 1000 + 3600;

  it("reads the viewer and expiry from a token's claims, names included", () => {
    expect(readToken(token({ role: 'COORDINATOR', regions: ['soria'], name: 'Cepaim Soria', sub: 'cepaim', exp }), NOW)).toEqual({
      token: expect.stringMatching(/^ey/),
      session: {
        expiresAt: '2026-03-01T13:00:00.000Z',
        viewer: { name: 'Cepaim Soria', role: 'COORDINATOR', regions: ['soria'] },
      },
    });
  });

  it('takes a pasted "Bearer " prefix and surrounding blanks', () => {
    const raw = token({ role: 'FUNDER', name: 'Fundación', exp });
    expect(readToken(`  Bearer ${raw}\n`, NOW)).toMatchObject({ token: raw, session: { viewer: { name: 'Fundación', regions: [] } } });
  });

  it('tells an expired token from one that is not a token', () => {
    expect(readToken(token({ role: 'ANALYST', exp: NOW / 1000 - 1 }), NOW)).toEqual({ problem: 'expired' });
    expect(readToken('not-a-token', NOW)).toEqual({ problem: 'malformed' });
    expect(readToken('a.%%%.c', NOW)).toEqual({ problem: 'malformed' });
    expect(readToken(token({ role: 'PUBLIC', exp }), NOW)).toEqual({ problem: 'malformed' });
    expect(readToken(token({ role: 'ANALYST' }), NOW)).toEqual({ problem: 'malformed' });
  });
});

describe('safeNext', () => {
  it('returns to a page of this site only', () => {
    expect(safeNext('/compare?regions=soria')).toBe('/compare?regions=soria');
    expect(safeNext('https://example.org/')).toBe('/');
    expect(safeNext('//example.org/')).toBe('/');
    expect(safeNext('/\\example.org/')).toBe('/');
    expect(safeNext('/sign-in?next=/compare')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
