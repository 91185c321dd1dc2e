import { DEPARTMENTS, PRODUCT_ADJECTIVES, type Department } from './catalog.js';
import { normalizeTags } from '../lib/normalize.js';
import { slugify, SLUG_PATTERN } from '../services/categories.js';
import { DAY, type SeedRandom } from './random.js';

export interface CategoryRow {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  parentId: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface ProductRow {
  id: number;
  sku: string;
  name: string;
  description: string | null;
  priceCents: number;
  costCents: number | null;
  stockQuantity: number;
  isActive: boolean;
  tags: string[];
  categoryId: number;
  createdAt: number;
  updatedAt: number;
  /** Not stored: relative share of order lines. */
  popularity: number;
}

interface Leaf {
  category: CategoryRow;
  department: Department;
  nouns: string[];
}

export interface Catalog {
  categories: CategoryRow[];
  leaves: Leaf[];
}

/** The three-level tree of seed-catalog.ts; ids level by level (departments first). */
export function generateCategories(createdAt: number): Catalog {
  const categories: CategoryRow[] = [];
  const slugs = new Set<string>();
  const add = (name: string, parent: CategoryRow | null, description: string | null): CategoryRow => {
    let slug = slugify(name);
    if (slugs.has(slug) && parent) slug = `${parent.slug}-${slug}`;
    if (!SLUG_PATTERN.test(slug)) throw new Error(`seed generated an invalid slug: ${slug}`);
    slugs.add(slug);
    const row = {
      id: categories.length + 1,
      name,
      slug,
      description,
      parentId: parent?.id ?? null,
      createdAt,
      updatedAt: createdAt,
    };
    categories.push(row);
    return row;
  };

  const roots = DEPARTMENTS.map((department) => add(department.name, null, `Everything in ${department.name}.`));
  const middles = DEPARTMENTS.flatMap((department, index) =>
    Object.keys(department.children).map((name) => ({
      department,
      row: add(name, roots[index]!, `${name} in ${department.name}.`),
    })),
  );
  const leaves: Leaf[] = [];
  for (const { department, row } of middles) {
    for (const spec of department.children[row.name]!) {
      const [name, nouns] = spec.split(':') as [string, string];
      leaves.push({
        category: add(name.trim(), row, null),
        department,
        nouns: nouns.split('|').map((noun) => noun.trim()),
      });
    }
  }
  return { categories, leaves };
}

/** Log-uniform price in cents ending in 99 (or 49): the way shops price. */
function price(random: SeedRandom, [low, high]: [number, number]): number {
  const cents = Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * random.unit());
  const whole = Math.max(1, Math.floor(cents / 100));
  return whole * 100 + (random.chance(0.8) ? 99 : 49);
}

/**
 * Products in leaf categories. Most exist before the first order (`ordersFrom`);
 * the rest arrive later, and orders only ever contain products that already
 * existed. Ids follow creation time.
 */
export function generateProducts(
  random: SeedRandom,
  catalog: Catalog,
  count: number,
  times: { openedAt: number; ordersFrom: number; now: number },
): ProductRow[] {
  const products: ProductRow[] = [];
  const early = Math.ceil(count * 0.85);
  for (let index = 0; index < count; index++) {
    const leaf = catalog.leaves[index < catalog.leaves.length ? index : random.int(0, catalog.leaves.length - 1)]!;
    const priceCents = price(random, leaf.department.priceCents);
    const createdAt =
      index < early ? random.time(times.openedAt, times.ordersFrom) : random.time(times.ordersFrom, times.now - DAY);
    const adjective = random.pick(PRODUCT_ADJECTIVES);
    products.push({
      id: 0,
      sku: '',
      name: `${random.pick(leaf.department.brands)} ${leaf.nouns[index % leaf.nouns.length]} ${adjective} ${random.faker.string.alpha({ length: 1, casing: 'upper' })}${random.int(1, 9) * 100}`,
      description: random.chance(0.9) ? random.faker.commerce.productDescription() : null,
      priceCents,
      costCents: random.chance(0.9) ? Math.round((priceCents * random.int(45, 75)) / 100) : null,
      stockQuantity: random.chance(0.08) ? 0 : random.int(1, 500),
      isActive: random.chance(0.94),
      tags: normalizeTags([
        slugify(leaf.department.name),
        leaf.category.slug,
        adjective,
        ...(random.chance(0.3) ? ['bestseller'] : []),
      ]),
      categoryId: leaf.category.id,
      createdAt,
      updatedAt: random.chance(0.3) ? random.time(createdAt, times.now) : createdAt,
      popularity: random.popularity(50),
    });
  }
  products.sort((a, b) => a.createdAt - b.createdAt);
  const codes = new Map(DEPARTMENTS.map((department) => [department.name, department.code]));
  const departmentOf = new Map(catalog.leaves.map((leaf) => [leaf.category.id, leaf.department.name]));
  products.forEach((product, index) => {
    product.id = index + 1;
    product.sku = `${codes.get(departmentOf.get(product.categoryId)!)}-${String(product.id).padStart(6, '0')}`;
  });
  return products;
}
