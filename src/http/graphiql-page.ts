import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
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

/**
 * GraphiQL (its assets inlined, ~9 MB) rendered once, gzip-compressed once,
 * and served with an ETag and a cache lifetime: a browser downloads it
 * compressed, once. `GET /` leads there.
 */
export function useGraphiQLPage(options: GraphiQLPageOptions): Plugin {
  let page: { html: Buffer; gzip: Buffer; etag: string } | undefined;
  const render = () => {
    if (page) return page;
    const html = Buffer.from(
      renderGraphiQL({
        title: options.title,
        defaultQuery: options.tabs[0]?.query,
        defaultTabs: options.tabs.map((tab) => ({ query: tab.query, headers: tab.headers ?? null })),
        endpoint: options.graphqlEndpoint,
      }),
    );
    page = {
      html,
      gzip: gzipSync(html, { level: 9 }),
      etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    };
    return page;
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET') return;
      if (url.pathname === '/') {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: options.graphqlEndpoint } }));
        return;
      }
      if (url.pathname !== options.graphqlEndpoint || url.searchParams.has('query')) return;
      const accept = request.headers.get('accept') ?? '';
      if (!accept.includes('text/html')) return;
      const { html, gzip, etag } = render();
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
      endResponse(new fetchAPI.Response(new Uint8Array(gzipped ? gzip : html), { status: 200, headers }));
    },
  };
}
