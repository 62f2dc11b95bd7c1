import { createHash } from 'node:crypto';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisClient } from '../redis';
import { throttleKeyOf } from './client-address';

/** How many sign-in attempts one account, or one client address, gets, and how long it waits after. */
export interface ThrottlePolicy {
  /** Attempts allowed within `windowSeconds` before the first lockout. */
  attempts: number;
  windowSeconds: number;
  /** The first lockout; each further one is twice as long, up to `maxLockSeconds`. */
  firstLockSeconds: number;
  maxLockSeconds: number;
  /**
   * How long lockouts are remembered (from the first): meanwhile every lockout doubles the
   * next, and between two of them one attempt is allowed, not `attempts`.
   */
  memorySeconds: number;
}

export interface ThrottlePolicies {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

/**
 * One person mistyping rarely fails ten times; a guesser against one account gets ten tries,
 * then one per lockout of 1, 2, 4 ... 60 minutes: about 40 a day. An address gets more, since
 * a whole office may sign in through one; it stops one machine trying a common password on
 * every account.
 */
export const SIGN_IN_POLICIES: ThrottlePolicies = {
  account: { attempts: 10, windowSeconds: 15 * 60, firstLockSeconds: 60, maxLockSeconds: 3600, memorySeconds: 24 * 3600 },
  address: { attempts: 50, windowSeconds: 15 * 60, firstLockSeconds: 60, maxLockSeconds: 3600, memorySeconds: 24 * 3600 },
};

/** Whether an attempt may be checked; when it may, `signedIn` is called if it succeeds. */
export type Admission = { admitted: true; signedIn(): Promise<void> } | { admitted: false; retryAfterSeconds: number };

type MakeLimiter = (name: string, points: number, duration: number) => RateLimiterAbstract;

/** Attempts and lockouts of one kind of key (accounts, or client addresses). */
class Budget {
  private readonly attempts: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;

  constructor(
    name: string,
    private readonly policy: ThrottlePolicy,
    make: MakeLimiter,
  ) {
    this.attempts = make(name, policy.attempts, policy.windowSeconds);
    // Only ever added to (penalty), never refused: the count of lockouts.
    this.lockouts = make(`${name}-lockouts`, Number.MAX_SAFE_INTEGER, policy.memorySeconds);
  }

  /**
   * Takes an attempt from `key`'s allowance before the password is checked, so attempts
   * sent at once are counted one by one by the store and no more than the allowance get
   * through. Answers how much was taken, or how many seconds to wait.
   */
  async reserve(key: string): Promise<{ cost: number } | { retryAfterSeconds: number }> {
    const lockouts = (await this.lockouts.get(key))?.consumedPoints ?? 0;
    // After a lockout an attempt takes the whole allowance: one try, then the next, longer lockout.
    const cost = lockouts > 0 ? this.policy.attempts : 1;
    try {
      await this.attempts.consume(key, cost);
      return { cost };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      // The store counts atomically, so exactly one refusal is the one that went past the allowance: it starts the lockout.
      if (refusal.consumedPoints - cost <= this.policy.attempts) {
        const { consumedPoints: count } = await this.lockouts.penalty(key, 1);
        const seconds = Math.min(this.policy.firstLockSeconds * 2 ** Math.max(0, count - 1), this.policy.maxLockSeconds);
        await this.attempts.block(key, seconds);
        return { retryAfterSeconds: seconds };
      }
      return { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  /** Gives back what `reserve` took, for an attempt that was not a failed guess. */
  async refund(key: string, cost: number): Promise<void> {
    await this.attempts.reward(key, cost);
  }

  /** Forgets `key`'s failures and lockouts: whoever got in knew the password. */
  async forget(key: string): Promise<void> {
    await Promise.all([this.attempts.delete(key), this.lockouts.delete(key)]);
  }
}

/**
 * Counts sign-in attempts per account (user name, whether it exists or not, so a refusal
 * says nothing about which do) and per client address, each with exponential back-off. In
 * this process's memory, or in Redis, shared by every instance; if Redis cannot be reached,
 * each instance counts in its own memory meanwhile rather than letting every attempt through.
 */
export class SignInThrottle {
  private readonly accounts: Budget;
  private readonly addresses: Budget;

  private constructor(
    make: MakeLimiter,
    policies: ThrottlePolicies,
    private readonly onClose: () => Promise<void>,
  ) {
    this.accounts = new Budget('account', policies.account, make);
    this.addresses = new Budget('address', policies.address, make);
  }

  static inMemory(policies: ThrottlePolicies = SIGN_IN_POLICIES): SignInThrottle {
    return new SignInThrottle(
      (name, points, duration) => new RateLimiterMemory({ keyPrefix: `sign-in-${name}`, points, duration }),
      policies,
      async () => {},
    );
  }

  /** Counts in Redis under `prefix`; `close` closes `redis`. */
  static inRedis(redis: RedisClient, prefix: string, policies: ThrottlePolicies = SIGN_IN_POLICIES): SignInThrottle {
    return new SignInThrottle(
      (name, points, duration) =>
        new RateLimiterRedis({
          storeClient: redis,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          keyPrefix: `${prefix}sign-in:${name}`,
          points,
          duration,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix: `sign-in-${name}`, points, duration }),
        }),
      policies,
      () => redis.close(),
    );
  }

  /** Reserves an attempt for `username` from `address`, or says how long to wait. */
  async admit(username: string, address: string): Promise<Admission> {
    const account = accountKey(username);
    const client = throttleKeyOf(address);
    const fromAddress = await this.addresses.reserve(client);
    if ('retryAfterSeconds' in fromAddress) return { admitted: false, retryAfterSeconds: fromAddress.retryAfterSeconds };
    const forAccount = await this.accounts.reserve(account);
    if ('retryAfterSeconds' in forAccount) {
      // Not checked, so not held against the address: one locked account must not lock out its colleagues.
      await this.addresses.refund(client, fromAddress.cost);
      return { admitted: false, retryAfterSeconds: forAccount.retryAfterSeconds };
    }
    return {
      admitted: true,
      // The address only gets this attempt back: a success with one account must not clear guesses at others.
      signedIn: () => Promise.all([this.accounts.forget(account), this.addresses.refund(client, fromAddress.cost)]).then(() => {}),
    };
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/** User names are hashed into keys: bounded in length, and no list of them in Redis. */
function accountKey(username: string): string {
  return createHash('sha256').update(username).digest('base64url').slice(0, 32);
}
