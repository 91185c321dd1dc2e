import { formatOrderNumber } from '../lib/order-number.js';
import { ORDER_NOTES } from './catalog.js';
import { randomAddress, type Address, type ProfileRow, type UserRow } from './people.js';
import type { ProductRow } from './products.js';
import { DAY, HOUR, MINUTE, runningSums, type SeedRandom } from './random.js';

export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';
export const ORDER_STATUSES: readonly OrderStatus[] = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

export interface OrderRow {
  id: number;
  orderNumber: string;
  customerId: number;
  status: OrderStatus;
  totalCents: number;
  shippingAddress: Address;
  note: string | null;
  createdAt: number;
  updatedAt: number;
  confirmedAt: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  cancelledAt: number | null;
  items: ItemRow[];
}

export interface ItemRow {
  id: number;
  orderId: number;
  productId: number;
  quantity: number;
  unitCents: number;
  totalCents: number;
}

interface Delays {
  confirm: number;
  ship: number;
  deliver: number;
  cancel: number;
}

function randomDelays(random: SeedRandom): Delays {
  return {
    confirm: random.time(10 * MINUTE, 36 * HOUR),
    ship: random.time(12 * HOUR, 4 * DAY),
    deliver: random.time(DAY, 7 * DAY),
    cancel: random.time(30 * MINUTE, 3 * DAY),
  };
}

type Timeline = Pick<OrderRow, 'status' | 'confirmedAt' | 'shippedAt' | 'deliveredAt' | 'cancelledAt' | 'updatedAt'>;

/**
 * Walks an order along PENDING → CONFIRMED → SHIPPED → DELIVERED (or to
 * CANCELLED, from PENDING or CONFIRMED) and stops at `now`: the status is the
 * last step that happened, and exactly that step and the earlier ones have
 * their timestamps.
 */
export function walkTimeline(
  createdAt: number,
  now: number,
  delays: Delays,
  cancel: 'no' | 'pending' | 'confirmed',
): Timeline {
  const timeline: Timeline = {
    status: 'PENDING',
    confirmedAt: null,
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    updatedAt: createdAt,
  };
  const step = (
    status: OrderStatus,
    at: number,
    field: 'confirmedAt' | 'shippedAt' | 'deliveredAt' | 'cancelledAt',
  ): boolean => {
    if (at > now) return false;
    timeline.status = status;
    timeline[field] = at;
    timeline.updatedAt = at;
    return true;
  };
  if (cancel === 'pending') {
    step('CANCELLED', createdAt + delays.cancel, 'cancelledAt');
    return timeline;
  }
  const confirmedAt = createdAt + delays.confirm;
  if (!step('CONFIRMED', confirmedAt, 'confirmedAt')) return timeline;
  if (cancel === 'confirmed') {
    step('CANCELLED', confirmedAt + delays.cancel, 'cancelledAt');
    return timeline;
  }
  const shippedAt = confirmedAt + delays.ship;
  if (!step('SHIPPED', shippedAt, 'shippedAt')) return timeline;
  step('DELIVERED', shippedAt + delays.deliver, 'deliveredAt');
  return timeline;
}

/** A creation time that leaves an order in `status` at `now` (used so that every status occurs). */
function createdAtFor(random: SeedRandom, status: OrderStatus, delays: Delays, now: number): number {
  const part = () => 0.1 + 0.8 * random.unit();
  switch (status) {
    case 'PENDING':
      return now - Math.floor(delays.confirm * part());
    case 'CONFIRMED':
      return now - delays.confirm - Math.floor(delays.ship * part());
    case 'SHIPPED':
      return now - delays.confirm - delays.ship - Math.floor(delays.deliver * part());
    default:
      return now - random.time(30 * DAY, 300 * DAY);
  }
}

const ITEM_COUNTS = runningSums([35, 30, 18, 10, 7]);
const QUANTITIES = runningSums([70, 20, 7, 2, 1]);

/**
 * Orders over the last 24 months from customers weighted by popularity and
 * by how long they had an account; 1–5 distinct, already existing products
 * per order at the product's price; totals are the exact sums of the lines.
 */
export function generateOrders(
  random: SeedRandom,
  input: {
    users: UserRow[];
    profiles: ProfileRow[];
    products: ProductRow[];
    count: number;
    ordersFrom: number;
    now: number;
  },
): OrderRow[] {
  const { products, now, ordersFrom } = input;
  const customers = input.users.filter((user) => user.role === 'CUSTOMER');
  const windows = customers.map((user) => {
    const from = Math.max(user.createdAt, ordersFrom);
    const to = (user.deletedAt ?? now) - HOUR;
    return { from, to, weight: to - from > DAY ? user.popularity * ((to - from) / (now - ordersFrom)) : 0 };
  });
  const customerSums = runningSums(windows.map((window) => window.weight));
  const productSums = runningSums(products.map((product) => product.popularity));
  const anchor = customers.findIndex((user) => user.deletedAt === null && user.createdAt < now - 30 * DAY);
  if (input.count > 0 && (customerSums[customerSums.length - 1] ?? 0) <= 0)
    throw new Error('no customer can place orders');

  const addresses = new Map<number, Address>(
    input.profiles.flatMap((profile) => (profile.address ? [[profile.userId, profile.address]] : [])),
  );
  const orders: OrderRow[] = [];
  for (let index = 0; index < input.count; index++) {
    const delays = randomDelays(random);
    // The first five orders take one status each, so that every status occurs.
    const forced =
      index < ORDER_STATUSES.length && anchor >= 0 && input.count >= ORDER_STATUSES.length
        ? ORDER_STATUSES[index]!
        : null;
    const customerIndex = forced ? anchor : random.weighted(customerSums);
    const customer = customers[customerIndex]!;
    const window = windows[customerIndex]!;
    const createdAt = forced ? createdAtFor(random, forced, delays, now) : random.time(window.from, window.to);
    const cancelled = forced ? forced === 'CANCELLED' : random.chance(0.07);
    const timeline = walkTimeline(
      createdAt,
      now,
      delays,
      cancelled ? (random.chance(0.4) ? 'confirmed' : 'pending') : 'no',
    );

    const wanted = random.weighted(ITEM_COUNTS) + 1;
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 10; tries++) {
      const product = products[random.weighted(productSums)]!;
      if (product.createdAt <= createdAt) chosen.add(product.id);
    }
    if (chosen.size === 0) chosen.add(products[0]!.id);
    const items = [...chosen].map((productId) => {
      const quantity = random.weighted(QUANTITIES) + 1;
      const unitCents = products[productId - 1]!.priceCents;
      return { id: 0, orderId: 0, productId, quantity, unitCents, totalCents: unitCents * quantity };
    });

    let address = addresses.get(customer.id);
    if (!address) {
      address = randomAddress(random);
      addresses.set(customer.id, address);
    }
    orders.push({
      id: 0,
      orderNumber: '',
      customerId: customer.id,
      ...timeline,
      totalCents: items.reduce((sum, item) => sum + item.totalCents, 0),
      shippingAddress: { name: `${customer.firstName} ${customer.lastName}`, ...address },
      note: random.chance(0.05) ? random.pick(ORDER_NOTES) : null,
      createdAt,
      items,
    });
  }

  orders.sort((a, b) => a.createdAt - b.createdAt);
  let itemId = 0;
  orders.forEach((order, index) => {
    order.id = index + 1;
    order.orderNumber = formatOrderNumber(order.id, new Date(order.createdAt));
    for (const item of order.items) {
      item.id = ++itemId;
      item.orderId = order.id;
    }
  });
  return orders;
}
