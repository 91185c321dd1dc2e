import type { Context } from '../context.js';
import { auditLogList } from '../queries/audit-log.js';
import { builder } from './builder.js';
import { defineConnection, resolveKeysetConnection, type NodeQuery } from './connections.js';
import { AuditActionEnum } from './enums.js';
import { DateTimeFilter } from './filters.js';
import { optionalRowIdOf } from '../lib/global-id.js';

export const AuditLogEntryNode = builder.prismaNode('AuditLog', {
  nullable: true,
  name: 'AuditLogEntry',
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    action: t.expose('action', { type: AuditActionEnum }),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId'),
    changes: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'For UPDATE: { field: { old, new } } of the fields that changed.',
      select: { changes: true },
      resolve: (entry) => (entry.changes as Record<string, unknown> | null) ?? null,
    }),
    actor: t.relation('actor', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditLogEntryConnection = defineConnection(AuditLogEntryNode, 'AuditLogEntry');

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    entity: t.string({ description: 'Exact entity name, e.g. "User".' }),
    entityId: t.string(),
    action: t.field({ type: AuditActionEnum }),
    actorId: t.id(),
    createdAt: t.field({ type: DateTimeFilter }),
  }),
});

const hydrateEntries = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.auditLog.findMany({ ...(query as object), where: { id: { in: ids } } });

builder.queryField('auditLog', (t) =>
  t.connection(
    {
      type: AuditLogEntryNode,
      authScopes: { admin: true },
      description: 'Admins only. Newest first (createdAt DESC, then id).',
      args: { filter: t.arg({ type: AuditLogFilter }) },
      resolve: (_root, args, context, info) => {
        const filter = args.filter && {
          ...args.filter,
          actorId: optionalRowIdOf(args.filter.actorId, 'User', 'filter.actorId'),
        };
        return resolveKeysetConnection({
          context,
          info,
          args,
          typeName: 'AuditLogEntry',
          list: auditLogList(filter),
          hydrate: hydrateEntries(context),
        });
      },
    },
    AuditLogEntryConnection,
  ),
);
