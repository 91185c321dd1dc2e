import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';
import { requestInfo } from './request-context.js';

export const METRICS_PATH = '/metrics';

/** Serves the registry at /metrics (Prometheus text format) and records every GraphQL request. */
export function useMetrics(metrics: Metrics): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      const body = await metrics.registry.metrics();
      endResponse(
        new fetchAPI.Response(body, { status: 200, headers: { 'content-type': metrics.registry.contentType } }),
      );
    },
    onResponse({ request }) {
      const info = requestInfo(request);
      if (!info?.graphql) return;
      metrics.recordRequest(info.operationName, (performance.now() - info.startedAt) / 1000, info.errorCodes);
    },
  };
}
