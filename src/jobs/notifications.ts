import type { PrismaClient } from '../db/prisma.js';
import { EVENT_TASKS } from '../events/catalog.js';
import { lowStockMail, orderConfirmationMail, shippedMail, welcomeMail, type OrderSummary } from '../mail/templates.js';
import { loadEvent } from './events.js';
import type { JobTask } from './worker.js';

/** The order as the mails show it, with its customer's name and address. */
async function orderSummary(prisma: PrismaClient, orderId: number): Promise<(OrderSummary & { email: string }) | null> {
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      orderNumber: true,
      totalAmount: true,
      customer: { select: { email: true, firstName: true } },
      items: {
        select: { quantity: true, totalPrice: true, product: { select: { name: true, sku: true } } },
        orderBy: { id: 'asc' },
      },
    },
  });
  if (!order) return null;
  return {
    orderNumber: order.orderNumber,
    totalAmount: order.totalAmount.toFixed(2),
    firstName: order.customer.firstName,
    email: order.customer.email,
    items: order.items.map((item) => ({
      ...item.product,
      quantity: item.quantity,
      totalPrice: item.totalPrice.toFixed(2),
    })),
  };
}

/**
 * E-mails on events. Each message's key names the event and the recipient,
 * so a job retried after a failure (say the SMTP server was down for the
 * second of three admins) sends only what was not sent yet.
 */
export const notificationTasks: Record<string, JobTask> = {
  [EVENT_TASKS.welcomeEmail]: async (payload, { prisma, mailer }) => {
    const event = await loadEvent(prisma, payload, 'USER_CREATED');
    if (!event) return;
    await mailer.send({ key: `welcome:${event.id}`, to: event.data.email, ...welcomeMail(event.data) });
  },
  [EVENT_TASKS.orderConfirmation]: async (payload, { prisma, mailer }) => {
    const event = await loadEvent(prisma, payload, 'ORDER_PLACED');
    const order = event && (await orderSummary(prisma, event.data.orderId));
    if (!event || !order) return;
    await mailer.send({ key: `order-confirmation:${event.id}`, to: order.email, ...orderConfirmationMail(order) });
  },
  [EVENT_TASKS.shippedNotice]: async (payload, { prisma, mailer }) => {
    const event = await loadEvent(prisma, payload, 'ORDER_STATUS_CHANGED');
    const order = event && (await orderSummary(prisma, event.data.orderId));
    if (!event || !order) return;
    await mailer.send({ key: `shipped:${event.id}`, to: order.email, ...shippedMail(order) });
  },
  [EVENT_TASKS.lowStockAlert]: async (payload, { prisma, mailer }) => {
    const event = await loadEvent(prisma, payload, 'PRODUCT_STOCK_LOW');
    if (!event) return;
    const admins = await adminEmails(prisma);
    for (const email of admins) {
      await mailer.send({ key: `low-stock:${event.id}:${email}`, to: email, ...lowStockMail(event.data) });
    }
  },
};

export async function adminEmails(prisma: PrismaClient): Promise<string[]> {
  const admins = await prisma.user.findMany({
    where: { role: 'ADMIN', isActive: true, deletedAt: null },
    select: { email: true },
    orderBy: { id: 'asc' },
  });
  return admins.map((admin) => admin.email);
}
