import type { EventKind, EventPayloads } from '../events/catalog.js';
import { globalIdOf } from '../lib/global-id.js';

/** What a cached response is tagged with: a type (every response holding one) or one entity by its global ID. */
export interface CacheTag {
  typename: string;
  id?: string;
}

export interface CatalogEvent<K extends EventKind = EventKind> {
  kind: K;
  data: EventPayloads[K];
}

const products = (ids: readonly number[]): CacheTag[] =>
  ids.map((id) => ({ typename: 'Product', id: globalIdOf('Product', id) }));

/** Every product list (filters and sort orders may now include or order it differently). */
const PRODUCT_LISTS: CacheTag = { typename: 'ProductConnection' };
/** Every response holding a category: productCount, the tree, Category.products. */
const CATEGORIES: CacheTag = { typename: 'Category' };
const CATEGORY_TREE: CacheTag = { typename: 'CategoryTreeNode' };

/** Product fields whose change moves a product into or out of a category's count. */
const COUNTED_FIELDS = new Set(['categoryId', 'isActive']);

/**
 * The cached responses a committed event makes stale. Exact for entities
 * (a product's own responses) and deliberately broad for lists: any product
 * change drops every product list, since a filter or sort order the cache
 * cannot see may now match it. Users and orders are never cached.
 */
export function staleTagsOf(event: CatalogEvent): CacheTag[] {
  switch (event.kind) {
    case 'PRODUCT_UPDATED': {
      const data = event.data as EventPayloads['PRODUCT_UPDATED'];
      const counted = data.changed.some((field) => COUNTED_FIELDS.has(field));
      return [...products([data.productId]), PRODUCT_LISTS, ...(counted ? [CATEGORIES] : [])];
    }
    case 'PRODUCT_CREATED':
    case 'PRODUCT_DELETED': {
      const data = event.data as EventPayloads['PRODUCT_CREATED'];
      return [...products([data.productId]), PRODUCT_LISTS, CATEGORIES];
    }
    case 'CATEGORY_CHANGED':
      return [CATEGORIES, CATEGORY_TREE, PRODUCT_LISTS];
    case 'ORDER_PLACED':
    case 'ORDER_CANCELLED':
    case 'ORDER_STATUS_CHANGED': {
      // Stock, unitsSold and revenue of the order's products.
      const ids = (event.data as { productIds?: number[] }).productIds ?? [];
      return ids.length > 0 ? [...products(ids), PRODUCT_LISTS] : [];
    }
    default:
      return [];
  }
}

/** The tags of several events, each once. */
export function staleTagsOfAll(events: readonly CatalogEvent[]): CacheTag[] {
  const unique = new Map<string, CacheTag>();
  for (const event of events) {
    for (const tag of staleTagsOf(event)) unique.set(tag.id ? `${tag.typename}:${tag.id}` : tag.typename, tag);
  }
  return [...unique.values()];
}
