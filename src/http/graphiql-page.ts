import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin } from 'graphql-yoga';

export interface GraphiQLTab {
  query: string;
  /** JSON text for the Headers editor of this tab. */
  headers?: string;
}

export interface GraphiQLPageOptions {
  graphqlEndpoint: string;
  title: string;
  /** The tabs a first visit opens with (GraphiQL keeps the user's own tabs after that). */
  tabs: GraphiQLTab[];
}

interface RenderedPage {
  gzip: Buffer;
  etag: string;
}

/**
 * Renders and compresses the page in a worker thread that then exits: the
 * renderer inlines GraphiQL's assets (a 9 MB module whose source and page
 * would stay in this process's heap, ~40 MB, for good).
 */
const RENDER_PAGE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { gzipSync } = require('node:zlib');
const { renderGraphiQL } = require(workerData.renderer);
const html = Buffer.from(renderGraphiQL(workerData.options));
const gzip = gzipSync(html, { level: 9 });
const etag = '"' + createHash('sha256').update(html).digest('base64url').slice(0, 27) + '"';
parentPort.postMessage({ gzip, etag });
`;

function renderPage(options: GraphiQLPageOptions): Promise<RenderedPage> {
  const worker = new Worker(RENDER_PAGE, {
    eval: true,
    workerData: {
      renderer: createRequire(import.meta.url).resolve('@graphql-yoga/render-graphiql'),
      options: {
        title: options.title,
        defaultQuery: options.tabs[0]?.query,
        defaultTabs: options.tabs.map((tab) => ({ query: tab.query, headers: tab.headers ?? null })),
        endpoint: options.graphqlEndpoint,
      },
    },
  });
  return new Promise<RenderedPage>((resolve, reject) => {
    worker.once('message', (page: { gzip: Uint8Array; etag: string }) =>
      resolve({ gzip: Buffer.from(page.gzip.buffer, page.gzip.byteOffset, page.gzip.byteLength), etag: page.etag }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the GraphiQL renderer exited with ${code}`)));
  });
}

const gunzipped = promisify(gunzip);

/**
 * GraphiQL (its assets inlined, ~9 MB) rendered once, on its first visit,
 * and kept gzip-compressed only (~2 MB); served with an ETag and a cache
 * lifetime: a browser downloads it compressed, once. `GET /` leads there.
 */
export function useGraphiQLPage(options: GraphiQLPageOptions): Plugin {
  let page: Promise<RenderedPage> | undefined;
  const render = () => {
    page ??= renderPage(options).catch((error: unknown) => {
      page = undefined;
      throw error;
    });
    return page;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET') return;
      if (url.pathname === '/') {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: options.graphqlEndpoint } }));
        return;
      }
      if (url.pathname !== options.graphqlEndpoint || url.searchParams.has('query')) return;
      const accept = request.headers.get('accept') ?? '';
      if (!accept.includes('text/html')) return;
      const { gzip, etag } = await render();
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        etag,
        vary: 'accept-encoding',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const gzipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      if (gzipped) headers['content-encoding'] = 'gzip';
      const body = gzipped ? gzip : await gunzipped(gzip);
      endResponse(new fetchAPI.Response(new Uint8Array(body), { status: 200, headers }));
    },
  };
}
