/**
 * One autocannon run in a worker thread of its own, so that the load
 * generator never shares an event loop with a server it measures (the floor
 * runs on the bench's main thread). Bodies are sent in turn. Plain
 * JavaScript: a worker thread does not inherit tsx's loader.
 *
 * Latencies are timed here, from building a request to its response's last
 * byte, in fractions of a millisecond: autocannon's histogram keeps whole
 * milliseconds (it truncates), which at c = 1 turns 0.9 ms into 0.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const job = workerData;
let next = 0;
let errors = 0;
const latencies = [];
const options = {
  url: job.url,
  connections: job.connections,
  duration: job.duration,
  requests: [
    {
      method: 'POST',
      path: job.path,
      headers: job.headers,
      setupRequest: (request, context) => {
        context.sentAt = performance.now();
        return { ...request, body: job.bodies[next++ % job.bodies.length] };
      },
      onResponse: (status, body, context) => {
        latencies.push(performance.now() - context.sentAt);
        if (status !== 200 || body.includes('"errors"')) errors += 1;
      },
    },
  ],
};
const raw = await autocannon(options);
latencies.sort((a, b) => a - b);
const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0;
parentPort.postMessage({
  // Off the main thread autocannon hands back raw histograms: requests per second from its totals.
  rps: raw.totalCompletedRequests / raw.duration,
  mean: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
  p50: at(0.5),
  p95: at(0.95),
  p99: at(0.99),
  errors: errors + raw.errors + raw.non2xx,
});
