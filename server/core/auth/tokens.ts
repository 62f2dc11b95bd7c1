import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError, ErrorCode, type ErrorMessageKey, errorText } from '../errors';
import { SLUG } from '../keys';
import { type Authenticate } from './authenticate';
import { PUBLIC_VIEWER, Role, type Viewer } from './viewer';

const ISSUER = 'sira-monitor';
const AUDIENCE = 'sira-monitor';

export async function signToken(key: Uint8Array, viewer: Omit<Viewer, 'name'> & { name?: string }, ttlSeconds = 8 * 3600): Promise<string> {
  const session = viewer.sessionId ? { sid: viewer.sessionId } : {};
  return new SignJWT({ role: viewer.role, regions: viewer.regions, name: viewer.name ?? viewer.subject, ...session })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

const unauthenticated = (key: ErrorMessageKey, args?: Record<string, number>) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, errorText(key, args));

/** TOKEN_MAX_LIFETIME_HOURS unless set: the dashboard's sign-in gives 8 hours, scripts may ask for up to a day. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 24 * 3600;
/** How far the clock of the machine that signed a token may be ahead of the one checking it. */
const CLOCK_TOLERANCE_SECONDS = 60;

/** The viewer a token stands for, and when (ms since the epoch) it expires, after checking its signature, issuer, audience, expiry, lifetime and claims. */
export function readVerifiedToken(
  key: Uint8Array | KeyObject,
  token: string,
  maxLifetimeSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
): Promise<{ viewer: Viewer; expiresAt: number }> {
  return readToken(key, token, maxLifetimeSeconds);
}

/** The viewer a token stands for, after checking its signature, issuer, audience, expiry, lifetime and claims. */
export async function verifyToken(
  key: Uint8Array | KeyObject,
  token: string,
  maxLifetimeSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
): Promise<Viewer> {
  return (await readToken(key, token, maxLifetimeSeconds)).viewer;
}

/**
 * A token must expire, and within the maximum lifetime: a token that never expires, or only in a
 * year, would stay good after it leaked, and removing its user does not revoke it.
 */
function checkLifetime(payload: Record<string, unknown>, maxLifetimeSeconds: number): number {
  const { exp, iat } = payload;
  if (typeof exp !== 'number') {
    throw unauthenticated('tokenWithoutExpiry');
  }
  const now = Math.floor(Date.now() / 1000);
  const issuedAt = typeof iat === 'number' ? iat : now;
  // From now as well: an iat written later than the signing would otherwise stretch the token's life.
  if (exp - issuedAt > maxLifetimeSeconds || exp - now > maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS) {
    const hours = (seconds: number) => Math.round(seconds / 360) / 10;
    throw unauthenticated('tokenLivesTooLong', { hours: hours(exp - issuedAt), maxHours: hours(maxLifetimeSeconds) });
  }
  return exp * 1000;
}

/** A verified token's viewer, and when (ms since the epoch) the token expires. */
async function readToken(
  key: Uint8Array | KeyObject,
  token: string,
  maxLifetimeSeconds: number,
): Promise<{ viewer: Viewer; expiresAt: number }> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('signInExpired');
    throw unauthenticated('tokenNotValid');
  }
  const expiresAt = checkLifetime(payload, maxLifetimeSeconds);
  const role = payload.role;
  const regions = payload.regions ?? [];
  if (typeof role !== 'string' || !Object.values(Role).includes(role as Role) || role === Role.PUBLIC) {
    throw unauthenticated('tokenUnknownRole');
  }
  if (!Array.isArray(regions) || !regions.every((slug) => typeof slug === 'string' && SLUG.test(slug))) {
    throw unauthenticated('tokenBadRegions');
  }
  if (role === Role.COORDINATOR && regions.length === 0) {
    throw unauthenticated('coordinatorTokenWithoutRegions');
  }
  const viewer: Viewer = {
    role: role as Role,
    subject: String(payload.sub ?? ''),
    name: typeof payload.name === 'string' ? payload.name : String(payload.sub ?? ''),
    regions: role === Role.COORDINATOR ? (regions as string[]) : [],
  };
  if (typeof payload.sid === 'string' && payload.sid !== '') viewer.sessionId = payload.sid;
  return { viewer, expiresAt };
}

const MAX_REMEMBERED_TOKENS = 10_000;

/**
 * No Authorization header: PUBLIC. A Bearer token: its viewer, or UNAUTHENTICATED.
 * A dashboard sends the same token with every request, and the gateway and each subgraph
 * authenticate it again: a token once verified is trusted, as its signature says, until it
 * expires, instead of being checked by HMAC on every request.
 */
export function tokenAuthenticator(key: Uint8Array, maxLifetimeSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS): Authenticate {
  const secret = createSecretKey(key);
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  return async (headers) => {
    const header = headers.authorization;
    if (!header) return PUBLIC_VIEWER;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('badAuthorizationHeader');
    const token = match[1];
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.viewer;
    const read = await readToken(secret, token, maxLifetimeSeconds);
    if (verified.size >= MAX_REMEMBERED_TOKENS) verified.clear();
    verified.set(token, read);
    return read.viewer;
  };
}
