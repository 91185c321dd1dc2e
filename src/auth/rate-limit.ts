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

/** Failed log-ins are counted per login name and per client address. */
export class LoginAttemptLimiter {
  private readonly limiter: SlidingWindowLimiter;

  constructor(limit: number, windowSeconds: number, now?: () => number) {
    this.limiter = new SlidingWindowLimiter(limit, windowSeconds * 1000, now);
  }

  private static keys(login: string, clientAddress: string): [string, string] {
    return [`login:${login.trim().toLowerCase()}`, `address:${clientAddress}`];
  }

  /** Seconds until this login from this address may try again; 0 when allowed. */
  retryAfterSeconds(login: string, clientAddress: string): number {
    return Math.max(...LoginAttemptLimiter.keys(login, clientAddress).map((key) => this.limiter.retryAfterSeconds(key)));
  }

  recordFailure(login: string, clientAddress: string): void {
    for (const key of LoginAttemptLimiter.keys(login, clientAddress)) this.limiter.recordFailure(key);
  }

  /** A successful log-in clears its login's failures (not the address's). */
  recordSuccess(login: string): void {
    this.limiter.reset(LoginAttemptLimiter.keys(login, '')[0]);
  }

  /** Wrong current passwords in changePassword count against the user. */
  passwordCheckRetryAfter(userId: number): number {
    return this.limiter.retryAfterSeconds(`password:${userId}`);
  }

  recordPasswordCheckFailure(userId: number): void {
    this.limiter.recordFailure(`password:${userId}`);
  }
}
