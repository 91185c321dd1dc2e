import { builder } from './builder.js';
import { AuditActionEnum } from './enums.js';

export const AuditLogEntryNode = builder.prismaNode('AuditLog', {
  name: 'AuditLogEntry',
  id: { field: 'id' },
  fields: (t) => ({
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
