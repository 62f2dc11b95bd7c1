import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError, ErrorCode } from '../errors';
import { SLUG } from '../keys';
import { type Authenticate } from './authenticate';
import { PUBLIC_VIEWER, Role, type Viewer } from './viewer';

const ISSUER = 'sira-monitor';
const AUDIENCE = 'sira-monitor';

export async function signToken(key: Uint8Array, viewer: Omit<Viewer, 'name'> & { name?: string }, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT({ role: viewer.role, regions: viewer.regions, name: viewer.name ?? viewer.subject })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

const unauthenticated = (message: string) => new DomainError(ErrorCode.UNAUTHENTICATED, message);

/** The viewer a token stands for, after checking its signature, issuer, audience, expiry and claims. */
export async function verifyToken(key: Uint8Array | KeyObject, token: string): Promise<Viewer> {
  return (await readToken(key, token)).viewer;
}

/** A verified token's viewer, and when (ms since the epoch) the token expires. */
async function readToken(key: Uint8Array | KeyObject, token: string): Promise<{ viewer: Viewer; expiresAt: number }> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('Your sign-in has expired; sign in again.');
    throw unauthenticated('The sign-in token is not valid here; sign in again.');
  }
  const role = payload.role;
  const regions = payload.regions ?? [];
  if (typeof role !== 'string' || !Object.values(Role).includes(role as Role) || role === Role.PUBLIC) {
    throw unauthenticated('The sign-in token names no role this server knows; ask for a new one.');
  }
  if (!Array.isArray(regions) || !regions.every((slug) => typeof slug === 'string' && SLUG.test(slug))) {
    throw unauthenticated('The sign-in token lists regions that are not region slugs; ask for a new one.');
  }
  if (role === Role.COORDINATOR && regions.length === 0) {
    throw unauthenticated('A coordinator token must name the regions it may edit; ask for a new one.');
  }
  const viewer: Viewer = {
    role: role as Role,
    subject: String(payload.sub ?? ''),
    name: typeof payload.name === 'string' ? payload.name : String(payload.sub ?? ''),
    regions: role === Role.COORDINATOR ? (regions as string[]) : [],
  };
  // signToken always sets exp; a token without one is trusted for a minute at a time.
  return { viewer, expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now() + 60_000 };
}

const MAX_REMEMBERED_TOKENS = 10_000;

/**
 * No Authorization header: PUBLIC. A Bearer token: its viewer, or UNAUTHENTICATED.
 * A dashboard sends the same token with every request, and the gateway and each subgraph
 * authenticate it again: a token once verified is trusted, as its signature says, until it
 * expires, instead of being checked by HMAC on every request.
 */
export function tokenAuthenticator(key: Uint8Array): Authenticate {
  const secret = createSecretKey(key);
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  return async (headers) => {
    const header = headers.authorization;
    if (!header) return PUBLIC_VIEWER;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('The Authorization header must read "Bearer <token>".');
    const token = match[1];
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.viewer;
    const read = await readToken(secret, token);
    if (verified.size >= MAX_REMEMBERED_TOKENS) verified.clear();
    verified.set(token, read);
    return read.viewer;
  };
}
