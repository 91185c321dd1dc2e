import type { PrismaClient } from '../db/prisma.js';

/**
 * Batching that Pothos' Prisma selection merging does not already do:
 * per-row aggregates and raw-SQL lookups. Each loader is created once per
 * request, so its cache never outlives the request.
 */
export interface Loaders {
  readonly prisma: PrismaClient;
}

export function createLoaders(prisma: PrismaClient): Loaders {
  return { prisma };
}
