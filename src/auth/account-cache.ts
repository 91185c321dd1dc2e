import type { Role } from './viewer.js';

/** What a token's account may do, as the database had it. */
export interface AccountState {
  userId: number;
  role: Role;
  /** Active and not deleted. */
  usable: boolean;
  tokenVersion: number;
}

interface Entry {
  /** null: no such user. */
  state: AccountState | null;
  expiresAtMs: number;
}

/**
 * A per-process copy of the accounts behind tokens, so that an authenticated
 * request does not spend a statement on its own account. Bounded staleness:
 * an entry lives at most `ttlMs`; within that, every change that matters is
 * evicted as soon as PostgreSQL announces it (the account_changes trigger,
 * heard by listenForAccountChanges on every instance). Entries are kept only
 * while that listener is connected, and a lookup that raced with a change is
 * not kept, so an announced change is never overwritten by an older read.
 */
export class AccountCache {
  readonly #entries = new Map<number, Entry>();
  #generation = 0;
  #listening = false;

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {
    caches.add(this);
  }

  /** Stops hearing this process's changes (the server is disposed). */
  dispose(): void {
    caches.delete(this);
    this.setListening(false);
  }

  /** undefined: not known here (look it up). */
  get(userId: number): AccountState | null | undefined {
    const entry = this.#entries.get(userId);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= Date.now()) {
      this.#entries.delete(userId);
      return undefined;
    }
    return entry.state;
  }

  /** Taken before a lookup and handed to `set`: a change heard in between keeps the lookup out. */
  generation(): number {
    return this.#generation;
  }

  set(userId: number, state: AccountState | null, generationAtLookup: number): void {
    if (!this.#listening || generationAtLookup !== this.#generation || this.ttlMs <= 0) return;
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(userId, { state, expiresAtMs: Date.now() + this.ttlMs });
  }

  evict(userIds: readonly number[]): void {
    this.#generation += 1;
    for (const userId of userIds) this.#entries.delete(userId);
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  /** Changes can be heard (or no longer): either way, what is kept now may be stale. */
  setListening(listening: boolean): void {
    this.#listening = listening;
    this.clear();
  }

  get listening(): boolean {
    return this.#listening;
  }
}

/** Every live cache in this process. */
const caches = new Set<AccountCache>();

/**
 * Evicts accounts from this process's caches at once. Services call it when
 * their transaction has ended, so a request that follows the change on this
 * instance never waits for PostgreSQL's announcement (which other instances
 * go by).
 */
export function accountsChanged(userIds: readonly number[]): void {
  for (const cache of caches) cache.evict(userIds);
}

/** `work` (a service's transaction), then accountsChanged(userIds), whether it committed or not. */
export async function changingAccounts<T>(userIds: readonly number[], work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    accountsChanged(userIds);
  }
}
