import { ActivityKind, AuditAction, JobStatus, OrderStatus, Role } from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });
export const OrderStatusEnum = builder.enumType(OrderStatus, { name: 'OrderStatus' });
export const AuditActionEnum = builder.enumType(AuditAction, { name: 'AuditAction' });
export const ActivityKindEnum = builder.enumType(ActivityKind, { name: 'ActivityKind' });
export const AddressTypeEnum = builder.enumType('AddressType', { values: ['HOME', 'WORK', 'OTHER'] as const });
export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export const JobStatusEnum = builder.enumType(JobStatus, { name: 'JobStatus' });
export const ExportFormatEnum = builder.enumType('ExportFormat', {
  values: { CSV: {}, NDJSON: { description: 'Newline-delimited JSON, one object per row.' } },
});
export const ReportExportKindEnum = builder.enumType('ReportExportKind', {
  values: {
    TOP_CUSTOMERS: {},
    CUSTOMER_RANKING: {},
    RUNNING_TOTALS: {},
    PRODUCT_SALES: {},
    MONTHLY_SALES: {},
    SALES_RANKING: {},
    CUSTOMER_SEGMENTS: {},
    DATA_CONSISTENCY: {},
    ORDER_LINES: {
      description:
        'Every order in the range, one row per order line, with customer and product (can be millions of rows).',
    },
  },
});
export const DomainEventKindEnum = builder.enumType('DomainEventKind', {
  values: {
    USER_CREATED: {},
    ORDER_PLACED: {},
    ORDER_STATUS_CHANGED: {},
    ORDER_CANCELLED: {},
    ORDER_TRANSFERRED: {},
    PRODUCT_UPDATED: {},
    PRODUCT_STOCK_LOW: { description: 'Stock fell to or below LOW_STOCK_THRESHOLD.' },
  },
});
export const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  values: { PENDING: {}, SUCCEEDED: {}, FAILED: { description: 'Gave up after the last retry.' } },
});
