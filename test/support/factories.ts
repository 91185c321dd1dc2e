import { hash } from '@node-rs/argon2';
import type { Prisma, PrismaClient } from '../../src/db/prisma.js';
import type { OrderStatus, Role } from '../../src/generated/prisma/enums.js';

/** Small factories: each takes overrides and fills the rest with unique, valid values. */

export const DEFAULT_PASSWORD = 'Passw0rd!';
let passwordHash: Promise<string> | undefined;
function defaultPasswordHash(): Promise<string> {
  passwordHash ??= hash(DEFAULT_PASSWORD, { algorithm: 2 });
  return passwordHash;
}

let sequence = 0;
const next = () => ++sequence;

export async function createUser(
  prisma: PrismaClient,
  overrides: Partial<Prisma.UserUncheckedCreateInput> & { role?: Role } = {},
) {
  const n = next();
  return prisma.user.create({
    data: {
      username: `user${n}`,
      email: `user${n}@example.com`,
      passwordHash: await defaultPasswordHash(),
      firstName: `First${n}`,
      lastName: `Last${n}`,
      ...overrides,
    },
  });
}

export function createAdmin(prisma: PrismaClient, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return createUser(prisma, { role: 'ADMIN', ...overrides });
}

export function createProfile(
  prisma: PrismaClient,
  userId: number,
  overrides: Partial<Prisma.UserProfileUncheckedCreateInput> = {},
) {
  return prisma.userProfile.create({ data: { userId, ...overrides } });
}

export function createCategory(prisma: PrismaClient, overrides: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.category.create({ data: { name: `Category ${n}`, slug: `category-${n}`, ...overrides } });
}

export function createProduct(prisma: PrismaClient, overrides: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.product.create({
    data: {
      sku: `SKU-${String(n).padStart(5, '0')}`,
      name: `Product ${n}`,
      price: '10.00',
      stockQuantity: 100,
      ...overrides,
    },
  });
}

export interface OrderLine {
  productId: number;
  quantity: number;
  unitPrice: string;
}

/**
 * An order with its items; totals are computed from the lines so the row is
 * consistent unless the test overrides totalAmount on purpose.
 */
export async function createOrder(
  prisma: PrismaClient,
  customerId: number,
  lines: OrderLine[],
  overrides: Partial<Prisma.OrderUncheckedCreateInput> & { status?: OrderStatus } = {},
) {
  const n = next();
  const items = lines.map((line) => {
    const totalCents = Math.round(Number(line.unitPrice) * 100) * line.quantity;
    return { ...line, totalPrice: (totalCents / 100).toFixed(2) };
  });
  const totalCents = items.reduce((sum, item) => sum + Math.round(Number(item.totalPrice) * 100), 0);
  return prisma.order.create({
    data: {
      orderNumber: `ORD-TEST-${String(n).padStart(6, '0')}`,
      customerId,
      totalAmount: (totalCents / 100).toFixed(2),
      ...overrides,
      items: { create: items },
    },
    include: { items: true },
  });
}

export function createActivity(
  prisma: PrismaClient,
  userId: number,
  overrides: Partial<Prisma.UserActivityUncheckedCreateInput> = {},
) {
  return prisma.userActivity.create({ data: { userId, kind: 'LOGIN', ...overrides } });
}

export function createAuditLog(prisma: PrismaClient, overrides: Partial<Prisma.AuditLogUncheckedCreateInput> = {}) {
  return prisma.auditLog.create({
    data: { action: 'CREATE', entity: 'Product', entityId: String(next()), changes: {}, ...overrides },
  });
}

/**
 * Many one-line CONFIRMED orders in one statement (exports that must run for
 * a while); order numbers are `<prefix><n>`.
 */
export async function createBulkOrderLines(
  pool: { query(sql: string, params: unknown[]): Promise<unknown> },
  options: { customerId: number; productId: number; count: number; prefix: string },
): Promise<void> {
  await pool.query(
    `WITH o AS (
       INSERT INTO orders (order_number, customer_id, status, total_amount, updated_at)
       SELECT $3 || g, $1, 'CONFIRMED', 1, now() FROM generate_series(1, $4::int) g RETURNING id)
     INSERT INTO order_items (order_id, product_id, quantity, unit_price, total_price) SELECT id, $2, 1, 1, 1 FROM o`,
    [options.customerId, options.productId, options.prefix, options.count],
  );
}
