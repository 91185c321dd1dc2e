import type DataLoader from 'dataloader';
import type { PrismaClient } from '../db/prisma.js';
import { createCategoryLineageLoader } from './category-lineage.js';
import { createCategoryProductCountLoader } from './category-product-count.js';
import { createProductSalesLoader } from './product-sales.js';
import { userOrderStatsLoader } from './user-order-stats.js';
import { createUserByIdLoader, createProductByIdLoader, createOrderByIdLoader } from './entity-by-id.js';

/**
 * Batching that Pothos' Prisma selection merging does not already do:
 * per-row aggregates and raw-SQL lookups. Each loader is created once per
 * request, so its cache never outlives the request.
 */
export interface Loaders {
  /** Category path and depth (one WITH RECURSIVE per batch). */
  readonly categoryLineage: ReturnType<typeof createCategoryLineageLoader>;
  /** Products directly in a category, all and active (one GROUP BY per batch). */
  readonly categoryProductCount: ReturnType<typeof createCategoryProductCountLoader>;
  /** Product unitsSold and revenue over sales orders (one GROUP BY per batch). */
  readonly productSales: ReturnType<typeof createProductSalesLoader>;
  /** orderCount, totalSpent, averageOrderValue, first/lastOrderAt, ordersByStatus per user (one GROUP BY). */
  readonly userOrderStats: ReturnType<typeof userOrderStatsLoader>;
  /** Rows by id for report rows (one findMany per field path and tick, nested selection included). */
  readonly userById: ReturnType<typeof createUserByIdLoader>;
  readonly productById: ReturnType<typeof createProductByIdLoader>;
  readonly orderById: ReturnType<typeof createOrderByIdLoader>;
  /**
   * A loader made on first use under `key` and shared by the rest of the
   * request (e.g. one per connection field + arguments; see src/schema/connections.ts).
   */
  scoped<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V>;
}

export function createLoaders(prisma: PrismaClient): Loaders {
  const scoped = new Map<string, DataLoader<unknown, unknown>>();
  return {
    categoryLineage: createCategoryLineageLoader(prisma),
    categoryProductCount: createCategoryProductCountLoader(prisma),
    productSales: createProductSalesLoader(prisma),
    userOrderStats: userOrderStatsLoader(prisma),
    userById: createUserByIdLoader(prisma),
    productById: createProductByIdLoader(prisma),
    orderById: createOrderByIdLoader(prisma),
    scoped<K, V>(key: string, create: () => DataLoader<K, V>) {
      let loader = scoped.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = create();
        scoped.set(key, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}
