import type { Context } from '../context.js';

import type { Config } from '../config.js';

/** What the catalog and order services need from a request: the database, who acts, and the stock threshold. */
export type ServiceContext = Pick<Context, 'prisma' | 'viewer'> & { config?: Pick<Config, 'LOW_STOCK_THRESHOLD'> };

/** Stock at or below this many units raises PRODUCT_STOCK_LOW (LOW_STOCK_THRESHOLD). */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

export function lowStockThreshold(ctx: ServiceContext): number {
  return ctx.config?.LOW_STOCK_THRESHOLD ?? DEFAULT_LOW_STOCK_THRESHOLD;
}
