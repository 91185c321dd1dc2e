/**
 * In-memory sliding-window counter of failures per key (one process; a
 * cluster would need a shared store such as Redis). A key is limited once it
 * has `limit` failures within the last `windowMs`.
 */
export class SlidingWindowLimiter {
  private readonly failures = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again; 0 when it is not limited. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    const oldestCounted = recent[recent.length - this.limit]!;
    return Math.max(1, Math.ceil((oldestCounted + this.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    this.sweep();
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((time) => time > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Drops expired keys now and then, so the map does not grow with every login ever tried. */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const key of [...this.failures.keys()]) this.recent(key);
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
  private readonly perLogin: SlidingWindowLimiter;
  private readonly perAddress: SlidingWindowLimiter;

  constructor(limit: number, windowSeconds: number, now?: () => number, addressLimit = limit * 20) {
    this.perLogin = new SlidingWindowLimiter(limit, windowSeconds * 1000, now);
    this.perAddress = new SlidingWindowLimiter(addressLimit, windowSeconds * 1000, now);
  }

  private static loginKey(login: string): string {
    return `login:${login.trim().toLowerCase()}`;
  }

  /** Seconds until this login from this address may try again; 0 when allowed. */
  retryAfterSeconds(login: string, clientAddress: string): number {
    return Math.max(
      this.perLogin.retryAfterSeconds(LoginAttemptLimiter.loginKey(login)),
      this.perAddress.retryAfterSeconds(`address:${clientAddress}`),
    );
  }

  recordFailure(login: string, clientAddress: string): void {
    this.perLogin.recordFailure(LoginAttemptLimiter.loginKey(login));
    this.perAddress.recordFailure(`address:${clientAddress}`);
  }

  /** A successful log-in clears its login's failures (not the address's). */
  recordSuccess(login: string): void {
    this.perLogin.reset(LoginAttemptLimiter.loginKey(login));
  }

  /** Wrong current passwords in changePassword count against the user. */
  passwordCheckRetryAfter(userId: number): number {
    return this.perLogin.retryAfterSeconds(`password:${userId}`);
  }

  recordPasswordCheckFailure(userId: number): void {
    this.perLogin.recordFailure(`password:${userId}`);
  }
}
