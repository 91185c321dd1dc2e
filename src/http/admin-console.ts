import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

export interface AdminConsoleOptions {
  /** The built console (admin/dist, from `npm run admin:build`). */
  dir: string;
  basePath?: string;
}

interface Asset {
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  type: string;
  etag: string;
  /** Vite's hashed file names never change content: cached for a year. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        const key = `/${relative(dir, path).split('\\').join('/')}`;
        assets.set(key, {
          body,
          gzip: gzipSync(body, { level: 9 }),
          br: brotliCompressSync(body),
          type: TYPES[extname(path)] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
          immutable: key.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  return assets;
}

/**
 * The admin console at /admin: a single-page app that talks to /graphql like
 * any client. Files are read and compressed (brotli, gzip) once; hashed
 * assets are cached for a year, index.html is revalidated (ETag → 304).
 * Unknown paths under /admin get index.html (client-side pages).
 */
export function useAdminConsole(options: AdminConsoleOptions): Plugin {
  const base = options.basePath ?? '/admin';
  let assets: Map<string, Asset> | null | undefined;
  const load = () => {
    if (assets === undefined) assets = existsSync(join(options.dir, 'index.html')) ? loadAssets(options.dir) : null;
    return assets;
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const files = load();
      if (!files) {
        endResponse(
          new fetchAPI.Response('The admin console is not built: run `npm run admin:build`.\n', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      if (url.pathname === base) {
        endResponse(new fetchAPI.Response(null, { status: 301, headers: { location: `${base}/` } }));
        return;
      }
      const path = url.pathname.slice(base.length);
      const asset = files.get(path) ?? (path.startsWith('/assets/') ? undefined : files.get('/index.html'));
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found\n', { status: 404 }));
        return;
      }
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag: asset.etag,
        vary: 'accept-encoding',
      };
      if (request.headers.get('if-none-match') === asset.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      let body = asset.body;
      if (/\bbr\b/.test(accepted)) {
        body = asset.br;
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepted)) {
        body = asset.gzip;
        headers['content-encoding'] = 'gzip';
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }),
      );
    },
  };
}
