import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../src/auth/viewer.js';

const SECRET = 'unit-secret-unit-secret-unit-secret-01';

describe('verifyToken remembers verified tokens, never past what they say', () => {
  it('answers a repeated token the same way, as a fresh copy', async () => {
    const { token } = await signToken({ userId: 7, role: 'ADMIN', tokenVersion: 2 }, SECRET, 60);
    const first = await verifyToken(token, SECRET);
    const second = await verifyToken(token, SECRET);
    expect(second).toEqual({ userId: 7, role: 'ADMIN', tokenVersion: 2 });
    expect(second).toEqual(first);
    second.role = 'CUSTOMER';
    expect((await verifyToken(token, SECRET)).role).toBe('ADMIN');
  });

  it('refuses a remembered token under another secret', async () => {
    const { token } = await signToken({ userId: 8, role: 'CUSTOMER' }, SECRET, 60);
    await verifyToken(token, SECRET);
    await expect(verifyToken(token, `${SECRET}-other`)).rejects.toThrow('Invalid token');
  });

  it('refuses a remembered token once it expires', async () => {
    const { token, expiresAt } = await signToken({ userId: 9, role: 'CUSTOMER' }, SECRET, 1);
    await verifyToken(token, SECRET);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 20));
    await expect(verifyToken(token, SECRET)).rejects.toThrow('Token expired');
  });
});
