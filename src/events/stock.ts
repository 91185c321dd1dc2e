import type { EventPayloads } from './catalog.js';

export interface StockChange {
  productId: number;
  sku: string;
  name: string;
  before: number;
  after: number;
}

/** PRODUCT_STOCK_LOW for each change that took stock from above the threshold to at or below it. */
export function stockLowPayloads(
  threshold: number,
  changes: readonly StockChange[],
): EventPayloads['PRODUCT_STOCK_LOW'][] {
  return changes
    .filter((change) => change.before > threshold && change.after <= threshold)
    .map((change) => ({
      productId: change.productId,
      sku: change.sku,
      name: change.name,
      stockQuantity: change.after,
      threshold,
    }));
}
