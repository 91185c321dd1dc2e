import type { EventPayloads } from '../events/catalog.js';

/** The notification e-mails: subject and plain text per kind. */

export interface MailContent {
  subject: string;
  text: string;
}

export function welcomeMail(user: EventPayloads['USER_CREATED']): MailContent {
  return {
    subject: 'Welcome to the shop',
    text: `Hello ${user.firstName},\n\nyour account "${user.username}" is ready. Log in with your username or e-mail address.\n\nThe shop`,
  };
}

export interface OrderSummary {
  orderNumber: string;
  firstName: string;
  totalAmount: string;
  items: { name: string; sku: string; quantity: number; totalPrice: string }[];
}

function lines(order: OrderSummary): string {
  return order.items.map((item) => `  ${item.quantity} × ${item.name} (${item.sku})  ${item.totalPrice}`).join('\n');
}

export function orderConfirmationMail(order: OrderSummary): MailContent {
  return {
    subject: `Order ${order.orderNumber} received`,
    text: `Hello ${order.firstName},\n\nthank you for your order ${order.orderNumber}:\n\n${lines(order)}\n\nTotal: ${order.totalAmount}\n\nThe shop`,
  };
}

export function shippedMail(order: OrderSummary): MailContent {
  return {
    subject: `Order ${order.orderNumber} has shipped`,
    text: `Hello ${order.firstName},\n\nyour order ${order.orderNumber} is on its way:\n\n${lines(order)}\n\nThe shop`,
  };
}

export function lowStockMail(product: EventPayloads['PRODUCT_STOCK_LOW']): MailContent {
  return {
    subject: `Low stock: ${product.sku} (${product.stockQuantity} left)`,
    text: `${product.name} (${product.sku}) is down to ${product.stockQuantity} in stock (threshold ${product.threshold}).`,
  };
}

export function consistencyMail(
  totalIssues: number,
  summary: { kind: string; table: string; description: string; count: number }[],
): MailContent {
  return {
    subject: `Data consistency check: ${totalIssues} issue(s)`,
    text: `The scheduled data consistency check found ${totalIssues} issue(s):\n\n${summary
      .map((issue) => `  ${issue.kind} in ${issue.table}: ${issue.description} (${issue.count})`)
      .join('\n')}\n\nSee Query.reports.dataConsistency for the affected rows.`,
  };
}
