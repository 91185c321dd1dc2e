import pg from 'pg';
import type { AccountCache } from '../auth/account-cache.js';
import type { Logger } from 'pino';

export const ACCOUNT_CHANGES_CHANNEL = 'account_changes';

export interface AccountChangeListener {
  close(): Promise<void>;
}

/** Stops hearing a client's events; a late 'error' from it must not crash the process. */
function detach(client: pg.Client): void {
  client.removeAllListeners();
  client.on('error', () => {});
}

/**
 * Keeps one connection LISTENing on account_changes and evicts what it hears
 * from `cache`. While the connection is down the cache keeps nothing (every
 * request looks its account up), and it reconnects with a backoff of 1–30 s.
 * Resolves once the first connection attempt has succeeded or failed.
 */
export async function listenForAccountChanges(
  connectionString: string,
  cache: AccountCache,
  log: Logger,
): Promise<AccountChangeListener> {
  let closed = false;
  let client: pg.Client | null = null;
  let retryMs = 1_000;
  let retry: NodeJS.Timeout | null = null;

  const lost = (error?: Error) => {
    if (cache.listening)
      log.warn({ err: error }, 'account changes no longer heard; accounts are looked up per request');
    cache.setListening(false);
    if (client) detach(client);
    client = null;
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = null;
        void connect();
      }, retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, 30_000);
    }
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: 'account-changes' });
    client = next;
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel !== ACCOUNT_CHANGES_CHANNEL) return;
      const payload = message.payload ?? '*';
      if (payload === '*') cache.clear();
      else cache.evict(payload.split(',').map(Number));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ACCOUNT_CHANGES_CHANNEL}`);
      if (closed || client !== next) {
        await next.end().catch(() => {});
        return;
      }
      retryMs = 1_000;
      cache.setListening(true);
    } catch (error) {
      if (client === next) lost(error as Error);
    }
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      cache.dispose();
      if (current) {
        detach(current);
        await current.end().catch(() => {});
      }
    },
  };
}
