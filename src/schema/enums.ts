import { ActivityKind, AuditAction, OrderStatus, Role } from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });
export const OrderStatusEnum = builder.enumType(OrderStatus, { name: 'OrderStatus' });
export const AuditActionEnum = builder.enumType(AuditAction, { name: 'AuditAction' });
export const ActivityKindEnum = builder.enumType(ActivityKind, { name: 'ActivityKind' });
export const AddressTypeEnum = builder.enumType('AddressType', { values: ['HOME', 'WORK', 'OTHER'] as const });
export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
