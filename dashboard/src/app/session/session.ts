/** Roles a person can sign in as; anyone else is PUBLIC. */
export const SIGNED_IN_ROLES = ['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'] as const;
export type SignedInRole = (typeof SIGNED_IN_ROLES)[number];
export type ViewerRole = SignedInRole | 'PUBLIC';

export interface SessionViewer {
  name: string;
  role: SignedInRole;
  /** Regions a COORDINATOR may edit; empty for every other role. */
  regions: string[];
}

/**
 * What the dashboard knows of a sign-in: when it ends, and whom it stands for. The token itself
 * lives in an HttpOnly cookie the browser sends with every request, which no script of the page
 * can read.
 */
export interface Session {
  /** ISO instant. */
  expiresAt: string;
  viewer: SessionViewer;
}

const isRole = (value: unknown): value is SignedInRole => SIGNED_IN_ROLES.includes(value as SignedInRole);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export const isExpired = (session: Session, now: number): boolean => !(Date.parse(session.expiresAt) > now);

/** A session as stored, if it is well formed and not yet expired. */
export function parseSession(raw: string | null | undefined, now: number): Session | undefined {
  if (!raw) return undefined;
  let value: Partial<Session> & { viewer?: Partial<SessionViewer> };
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const { expiresAt, viewer } = value ?? {};
  if (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt))) return undefined;
  if (typeof viewer?.name !== 'string' || !isRole(viewer.role) || !isStringList(viewer.regions)) return undefined;
  const session: Session = { expiresAt, viewer: { name: viewer.name, role: viewer.role, regions: viewer.regions } };
  return isExpired(session, now) ? undefined : session;
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

export type TokenReading = { token: string; session: Session } | { problem: 'malformed' | 'expired' };

/**
 * What a pasted token (from `pnpm sira token`) says about its viewer and expiry. Its
 * signature is the server's to check: the page asks the API with it before keeping it.
 */
export function readToken(token: string, now: number): TokenReading {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const payloadSegment = /^[\w-]+\.([\w-]+)\.[\w-]+$/.exec(trimmed)?.[1];
  if (!payloadSegment) return { problem: 'malformed' };
  let claims: Record<string, unknown>;
  try {
    claims = decodeSegment(payloadSegment) as Record<string, unknown>;
  } catch {
    return { problem: 'malformed' };
  }
  const regions = claims.regions ?? [];
  if (typeof claims.exp !== 'number' || !isRole(claims.role) || !isStringList(regions)) return { problem: 'malformed' };
  const session: Session = {
    expiresAt: new Date(claims.exp * 1000).toISOString(),
    viewer: {
      name: typeof claims.name === 'string' && claims.name ? claims.name : String(claims.sub ?? claims.role),
      role: claims.role,
      regions,
    },
  };
  return isExpired(session, now) ? { problem: 'expired' } : { token: trimmed, session };
}

/** Who a session stands for, until when: a new one means a new Apollo client and an empty cache. */
export const sessionKey = (session: Session | null): string =>
  session ? `${session.viewer.role}|${session.viewer.regions.join(',')}|${session.viewer.name}|${session.expiresAt}` : 'public';

// "//host" and "/\host" are read by browsers as another origin.
const SAME_ORIGIN_PATH = /^\/(?![/\\])/;

/** Where to go after signing in: a path of this site only, never another origin. */
export function safeNext(next: string | null | undefined): string {
  return next && SAME_ORIGIN_PATH.test(next) && !next.startsWith('/sign-in') ? next : '/';
}
