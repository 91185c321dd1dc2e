import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/prisma.js';
import { exportsDir } from '../jobs/exports.js';
import { isAdmin } from '../auth/policy.js';

const DOWNLOAD_PATH = /^\/exports\/(\d{1,10})\/download$/;

export interface ExportDownloadOptions {
  prisma: PrismaClient;
  config: Pick<Config, 'EXPORTS_DIR' | 'DATA_DIR'>;
  /** The request's viewer from its Authorization header (throws on a bad token). */
  authenticate(request: Request): Promise<Viewer | null>;
}

function plain(fetchAPI: { Response: typeof Response }, status: number, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * GET /exports/<id>/download: a finished export's file, streamed, for an
 * admin sending the same kind of Authorization header as for /graphql.
 * Anonymous 401, other callers 403, unknown or unfinished exports 404.
 */
export function useExportDownload(options: ExportDownloadOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = DOWNLOAD_PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(plain(fetchAPI, 405, 'Use GET'));
        return;
      }
      let viewer: Viewer | null;
      try {
        viewer = await options.authenticate(request);
      } catch {
        endResponse(plain(fetchAPI, 401, 'Invalid or expired token'));
        return;
      }
      if (!viewer) {
        endResponse(plain(fetchAPI, 401, 'Send the Authorization header of an admin'));
        return;
      }
      if (!isAdmin(viewer)) {
        endResponse(plain(fetchAPI, 403, 'Admins only'));
        return;
      }
      const id = Number(match[1]);
      const row = await options.prisma.reportExport.findUnique({
        where: { id },
        select: { status: true, fileName: true, format: true, report: true },
      });
      if (row?.status !== 'SUCCEEDED' || !row.fileName) {
        endResponse(plain(fetchAPI, 404, 'No finished export with this id (or its file has expired)'));
        return;
      }
      const path = join(exportsDir(options.config), row.fileName);
      const info = await stat(path).catch(() => null);
      if (!info) {
        endResponse(plain(fetchAPI, 404, 'The export file has expired'));
        return;
      }
      const extension = row.format === 'CSV' ? 'csv' : 'ndjson';
      const headers = {
        'content-type': row.format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-length': String(info.size),
        'content-disposition': `attachment; filename="${row.report.toLowerCase()}-${id}.${extension}"`,
        'cache-control': 'private, no-store',
      };
      const body =
        request.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>);
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
