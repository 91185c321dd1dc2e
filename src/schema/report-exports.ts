import type { Context } from '../context.js';
import { reportExportList } from '../queries/background.js';
import { cancelReportExport, exportReport } from '../services/report-exports.js';
import { builder } from './builder.js';
import { defineConnection, resolveKeysetConnection, type NodeQuery } from './connections.js';
import { ExportFormatEnum, JobStatusEnum, ReportExportKindEnum } from './enums.js';
import { rowIdOf } from '../lib/global-id.js';

/** Where a finished export is downloaded (GET, the same admin Authorization header). */
export const exportDownloadPath = (id: number) => `/exports/${id}/download`;

export const ReportExportNode = builder.prismaNode('ReportExport', {
  nullable: true,
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    report: t.expose('report', { type: ReportExportKindEnum }),
    format: t.expose('format', { type: ExportFormatEnum }),
    arguments: t.field({
      type: 'JSONObject',
      nullable: true,
      select: { arguments: true },
      resolve: (row) => (row.arguments as Record<string, unknown> | null) ?? null,
    }),
    status: t.expose('status', { type: JobStatusEnum }),
    progress: t.exposeInt('progress', { description: '0–100.' }),
    rowCount: t.exposeInt('rowCount', { description: 'Rows written so far.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it FAILED (no stack, no SQL).' }),
    requestedBy: t.relation('requestedBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    downloadUrl: t.string({
      nullable: true,
      description: 'Present when SUCCEEDED: GET it with the same Authorization header.',
      select: { status: true, fileName: true },
      resolve: (row, _args, context) =>
        row.status === 'SUCCEEDED' && row.fileName ? `${context.origin}${exportDownloadPath(row.id)}` : null,
    }),
  }),
});

const ReportExportConnection = defineConnection(ReportExportNode, 'ReportExport');

const ExportReportInput = builder.inputType('ExportReportInput', {
  fields: (t) => ({
    report: t.field({ type: ReportExportKindEnum, required: true }),
    format: t.field({ type: ExportFormatEnum, required: true, defaultValue: 'CSV' }),
    arguments: t.field({
      type: 'JSONObject',
      description: "The report's arguments by name, as in Query.reports; ORDER_LINES takes from/to.",
    }),
  }),
});

const hydrateExports = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.reportExport.findMany({ ...(query as object), where: { id: { in: ids } } });

builder.queryFields((t) => ({
  reportExport: t.prismaField({
    type: ReportExportNode,
    nullable: true,
    description: 'Admins: one export.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.reportExport.findUnique({ ...query, where: { id: rowIdOf(args.id, 'ReportExport', 'id') } }),
  }),
  reportExports: t.connection(
    {
      type: ReportExportNode,
      authScopes: { admin: true },
      description: 'Admins: newest first.',
      args: { status: t.arg({ type: JobStatusEnum }) },
      resolve: (_root, args, context, info) => {
        return resolveKeysetConnection({
          context,
          info,
          args,
          typeName: 'ReportExport',
          list: reportExportList(args.status),
          hydrate: hydrateExports(context),
        });
      },
    },
    ReportExportConnection,
  ),
}));

builder.mutationFields((t) => ({
  exportReport: t.prismaField({
    type: ReportExportNode,
    description: 'Admins: queues the export; it runs in the background.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ExportReportInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const created = await exportReport(context, {
        report: input.report,
        format: input.format ?? 'CSV',
        arguments: input.arguments ?? null,
      });
      return context.prisma.reportExport.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  cancelReportExport: t.prismaField({
    type: ReportExportNode,
    description: 'Admins: QUEUED or RUNNING only (else INVALID_STATE); a running export stops within a second.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, context) => {
      const cancelled = await cancelReportExport(context, rowIdOf(id, 'ReportExport', 'id'));
      return context.prisma.reportExport.findUniqueOrThrow({ ...query, where: { id: cancelled.id } });
    },
  }),
}));
