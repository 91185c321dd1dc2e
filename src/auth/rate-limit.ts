import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Rate limits on rate-limiter-flexible: in Redis when REDIS_URL is set, so
 * every instance counts against the same budget (a lockout on one is seen by
 * all), in memory otherwise (one process).
 */
export interface LimiterStore {
  redis?: Redis;
  /** Before every key in Redis (REDIS_PREFIX): deployments sharing one Redis keep apart. */
  prefix?: string;
}

export function createLimiter(
  store: LimiterStore,
  keyPrefix: string,
  points: number,
  durationSeconds: number,
): RateLimiterAbstract {
  const options = { keyPrefix: `${store.prefix ?? ''}${keyPrefix}`, points, duration: durationSeconds };
  if (!store.redis) return new RateLimiterMemory(options);
  // While Redis is unreachable, each instance limits on its own rather than letting everything through or failing.
  return new RateLimiterRedis({
    ...options,
    storeClient: store.redis,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Seconds until `key` may try again on `limiter` (0 when it still has budget). */
async function waitSeconds(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const state = await limiter.get(key);
  if (!state || state.consumedPoints < limiter.points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts one failure; running out of budget is what the next check reports, not an error here. */
async function countFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

/**
 * Failed log-ins are counted per login name (a small budget: guessing one
 * account's password) and per client address (a much larger one: one address
 * spraying many accounts). A login's budget is its own, so wrong passwords
 * for one account never lock out the right password of another, even from
 * the same address (behind a proxy, every client may share one).
 */
export class LoginAttemptLimiter {
  private readonly perLogin: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly perPasswordCheck: RateLimiterAbstract;

  constructor(limit: number, windowSeconds: number, addressLimit = limit * 20, store: LimiterStore = {}) {
    this.perLogin = createLimiter(store, 'login-failures:login', limit, windowSeconds);
    this.perAddress = createLimiter(store, 'login-failures:address', addressLimit, windowSeconds);
    this.perPasswordCheck = createLimiter(store, 'login-failures:password', limit, windowSeconds);
  }

  private static loginKey(login: string): string {
    return login.trim().toLowerCase();
  }

  /** Seconds until this login from this address may try again; 0 when allowed. */
  async retryAfterSeconds(login: string, clientAddress: string): Promise<number> {
    const [byLogin, byAddress] = await Promise.all([
      waitSeconds(this.perLogin, LoginAttemptLimiter.loginKey(login)),
      waitSeconds(this.perAddress, clientAddress),
    ]);
    return Math.max(byLogin, byAddress);
  }

  async recordFailure(login: string, clientAddress: string): Promise<void> {
    await Promise.all([
      countFailure(this.perLogin, LoginAttemptLimiter.loginKey(login)),
      countFailure(this.perAddress, clientAddress),
    ]);
  }

  /** A successful log-in clears its login's failures (not the address's). */
  async recordSuccess(login: string): Promise<void> {
    await this.perLogin.delete(LoginAttemptLimiter.loginKey(login));
  }

  /** Wrong current passwords in changePassword count against the user. */
  passwordCheckRetryAfter(userId: number): Promise<number> {
    return waitSeconds(this.perPasswordCheck, String(userId));
  }

  recordPasswordCheckFailure(userId: number): Promise<void> {
    return countFailure(this.perPasswordCheck, String(userId));
  }
}

/**
 * A budget of query cost per client per minute (anonymous callers by
 * address, signed-in ones by account): an operation whose cost does not fit
 * what is left is refused with the seconds until the budget refills.
 */
export class QueryCostBudget {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly pointsPerMinute: number,
    store: LimiterStore = {},
  ) {
    this.limiter = createLimiter(store, 'query-cost', pointsPerMinute, 60);
  }

  /** 0 when the cost was taken from the budget; otherwise seconds to wait. */
  async take(client: string, cost: number): Promise<number> {
    if (cost <= 0) return 0;
    if (cost > this.pointsPerMinute) return 60;
    try {
      await this.limiter.consume(client, Math.ceil(cost));
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }
}
