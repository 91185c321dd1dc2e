import { describe, expect, it } from 'vitest';
import { AccountCache, type AccountState } from '../../src/auth/account-cache.js';

const account: AccountState = { userId: 1, role: 'CUSTOMER', usable: true, tokenVersion: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AccountCache', () => {
  it('keeps nothing until changes can be heard', () => {
    const cache = new AccountCache(1_000);
    cache.set(1, account, cache.generation());
    expect(cache.get(1)).toBeUndefined();
    cache.setListening(true);
    cache.set(1, account, cache.generation());
    expect(cache.get(1)).toEqual(account);
  });

  it('forgets an entry after its bound, and everything when the listener is lost', async () => {
    const cache = new AccountCache(50);
    cache.setListening(true);
    cache.set(1, account, cache.generation());
    cache.set(2, null, cache.generation());
    expect(cache.get(2)).toBeNull();
    await sleep(60);
    expect(cache.get(1)).toBeUndefined();
    cache.set(1, account, cache.generation());
    cache.setListening(false);
    expect(cache.get(1)).toBeUndefined();
  });

  it('does not keep a lookup that raced with a change it heard', () => {
    const cache = new AccountCache(1_000);
    cache.setListening(true);
    const before = cache.generation();
    cache.evict([1]);
    cache.set(1, account, before);
    expect(cache.get(1)).toBeUndefined();
  });

  it('evicts what it hears and stays within its size', () => {
    const cache = new AccountCache(1_000, 2);
    cache.setListening(true);
    for (const userId of [1, 2, 3]) cache.set(userId, { ...account, userId }, cache.generation());
    expect(cache.get(1)).toBeUndefined();
    expect(cache.get(3)?.userId).toBe(3);
    cache.evict([3]);
    expect(cache.get(3)).toBeUndefined();
    expect(cache.get(2)?.userId).toBe(2);
  });
});
