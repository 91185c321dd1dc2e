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

/**
 * Gives `context` its loaders, made on first use with the client the
 * operation was routed to (`context.prisma` then, a replica for most
 * queries). Not enumerable: envelop copies the context factory's result
 * into its own context object, which would call an enumerable getter at
 * once — creating every loader for every request, on the primary.
 */
export function attachLoaders<T extends ContextInit>(context: T): T & Context {
  let loaders: Loaders | undefined;
  Object.defineProperty(context, 'loaders', {
    configurable: true,
    enumerable: false,
    get(this: ContextInit) {
      loaders ??= createLoaders(this.prisma);
      return loaders;
    },
  });
  return context as T & Context;
}

export function createContext(init: ContextInit): Context {
  return attachLoaders({ ...init });
}

/** Attaches the loaders to the context object resolvers get (envelop's, once the factory's result is in it). */
export function useRequestLoaders(): Plugin {
  return {
    onContextBuilding:
      () =>
      ({ context }) => {
        attachLoaders(context as unknown as ContextInit);
      },
  };
}
