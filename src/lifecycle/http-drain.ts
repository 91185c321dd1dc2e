import type { Server } from 'node:http';

export interface DrainResult {
  /** Requests still running when the timeout cut their connections. */
  abandoned: number;
}

export interface DrainableServer {
  /** Requests being handled right now. */
  inFlight(): number;
  /**
   * Stops accepting connections, lets the requests in flight finish (their
   * connections then close instead of being kept alive) and, after
   * `timeoutMs`, cuts whatever is still open.
   */
  drain(timeoutMs: number): Promise<DrainResult>;
}

export function drainable(server: Server): DrainableServer {
  let active = 0;
  let draining = false;
  server.on('request', (request, response) => {
    active += 1;
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      active -= 1;
      // A kept-alive connection whose last response just ended is idle now: close it.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    inFlight: () => active,
    drain(timeoutMs) {
      draining = true;
      return new Promise<DrainResult>((resolve) => {
        let abandoned = 0;
        const timer = setTimeout(() => {
          abandoned = active;
          server.closeAllConnections();
        }, timeoutMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ abandoned });
        });
        server.closeIdleConnections();
      });
    },
  };
}
