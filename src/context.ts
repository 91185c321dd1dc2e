import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { PrismaClient } from './db/prisma.js';
import type { Viewer } from './auth/viewer.js';
import type { LoginAttemptLimiter } from './auth/rate-limit.js';
import type { LiveUpdates } from './events/live.js';
import type { SubscriptionSlots } from './lib/subscription-slots.js';
import { createLoaders, type Loaders } from './loaders/index.js';

/** What a request's resolvers and services may use. One per request. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  /** The primary; for a query operation, a read replica when one is healthy (src/lib/read-routing.ts). */
  prisma: PrismaClient;
  config: Config;
  log: Logger;
  /** Per-request DataLoaders, created on first use. */
  readonly loaders: Loaders;
  /** The origin the request was sent to (e.g. https://shop.example), for absolute URLs such as downloads. */
  origin: string;
  /** The client address, for rate limits. */
  clientAddress: string;
  /** The pub/sub subscriptions listen on. */
  live: LiveUpdates;
  /** Open subscriptions per account on this instance (MAX_SUBSCRIPTIONS_PER_ACCOUNT). */
  subscriptionSlots: SubscriptionSlots;
  /** Failed log-in counter shared by every request of one server. */
  loginAttempts: LoginAttemptLimiter;
}

export type ContextInit = Omit<Context, 'loaders'>;

export function createContext(init: ContextInit): Context {
  const context: Context = { ...init, loaders: createLoaders(() => context.prisma) };
  return context;
}

/**
 * envelop copies the context factory's result into a context object of its
 * own, and read routing swaps `prisma` on that one: its loaders must read
 * the client from it, so they are rebound to it here (none is made yet).
 */
export function useRequestLoaders(): Plugin {
  return {
    onContextBuilding:
      () =>
      ({ context }) => {
        const routed = context as unknown as { prisma: PrismaClient; loaders: Loaders };
        routed.loaders = createLoaders(() => routed.prisma);
      },
  };
}
