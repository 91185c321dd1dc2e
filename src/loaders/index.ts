import type DataLoader from 'dataloader';
import type { PrismaClient } from '../db/prisma.js';
import { createCategoryLineageLoader } from './category-lineage.js';
import { createCategoryProductCountLoader } from './category-product-count.js';
import { createProductSalesLoader } from './product-sales.js';
import { userOrderStatsLoader } from './user-order-stats.js';
import { createUserByIdLoader, createProductByIdLoader, createOrderByIdLoader } from './entity-by-id.js';

/**
 * Batching that Pothos' Prisma selection merging does not already do:
 * per-row aggregates and raw-SQL lookups. Each loader is created at most once
 * per request, so its cache never outlives the request.
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

/**
 * A request's loaders, each made when first used, on the client `client()`
 * returns then (the one the operation was routed to, a replica for most
 * queries).
 */
class RequestLoaders implements Loaders {
  readonly #made = new Map<string, unknown>();
  readonly #scoped = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly client: () => PrismaClient) {}

  #lazy<T>(name: string, make: (prisma: PrismaClient) => T): T {
    let loader = this.#made.get(name) as T | undefined;
    if (loader === undefined) {
      loader = make(this.client());
      this.#made.set(name, loader);
    }
    return loader;
  }

  get categoryLineage() {
    return this.#lazy('categoryLineage', createCategoryLineageLoader);
  }
  get categoryProductCount() {
    return this.#lazy('categoryProductCount', createCategoryProductCountLoader);
  }
  get productSales() {
    return this.#lazy('productSales', createProductSalesLoader);
  }
  get userOrderStats() {
    return this.#lazy('userOrderStats', userOrderStatsLoader);
  }
  get userById() {
    return this.#lazy('userById', createUserByIdLoader);
  }
  get productById() {
    return this.#lazy('productById', createProductByIdLoader);
  }
  get orderById() {
    return this.#lazy('orderById', createOrderByIdLoader);
  }

  scoped<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.#scoped.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.#scoped.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export function createLoaders(client: () => PrismaClient): Loaders {
  return new RequestLoaders(client);
}
