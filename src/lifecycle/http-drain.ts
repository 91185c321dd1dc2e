import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export interface DrainResult {
  /** Requests still running when the timeout cut their connections. */
  abandoned: number;
}

export interface DrainOptions {
  timeoutMs: number;
  /** Called once when the timeout strikes with requests still running (e.g. to cancel their SQL statements). */
  onTimeout?: () => Promise<void> | void;
}

export interface DrainableServer {
  /** Requests being handled right now, counted until their handler has finished (not when the client left). */
  inFlight(): number;
  /**
   * Stops accepting connections and answers every request already sent:
   * kept-alive connections stay open for a short grace so that a request
   * already on its way over one is answered (with `Connection: close`) rather
   * than reset; the requests in flight finish, and after `timeoutMs` whatever
   * still runs is cut off.
   */
  drain(options: DrainOptions): Promise<DrainResult>;
}

/** How long an idle kept-alive connection may still bring a request once draining began. */
const IDLE_GRACE_MS = 1_000;

type AsyncListener = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Wraps a request handler (e.g. a Yoga instance) so that shutdown knows when
 * each request's handling has really ended, even if its client went away.
 */
export function drainable(server: Server, handler: AsyncListener): DrainableServer {
  let active = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  const listener: RequestListener = (request, response) => {
    active += 1;
    if (draining) response.setHeader('connection', 'close');
    Promise.resolve()
      .then(() => handler(request, response))
      .catch(() => {})
      .finally(() => {
        active -= 1;
        if (active === 0) idle?.();
      });
  };
  server.on('request', listener);
  return {
    inFlight: () => active,
    drain({ timeoutMs, onTimeout }) {
      draining = true;
      return new Promise<DrainResult>((resolve) => {
        let abandoned = 0;
        let finished = false;
        const closeIdleConnections = server.closeIdleConnections.bind(server);
        const finish = () => {
          if (finished) return;
          finished = true;
          clearTimeout(timer);
          clearTimeout(grace);
          resolve({ abandoned });
        };
        const timer = setTimeout(() => {
          abandoned = active;
          Promise.resolve(abandoned > 0 ? onTimeout?.() : undefined)
            .catch(() => {})
            .finally(() => {
              server.closeAllConnections();
              finish();
            });
        }, timeoutMs);
        // server.close() would close idle kept-alive connections at once (Node ≥ 19): a request already
        // sent over one would be reset unanswered. They get a grace instead; each answer closes its connection.
        server.closeIdleConnections = () => {};
        const grace = setTimeout(() => closeIdleConnections(), Math.min(IDLE_GRACE_MS, timeoutMs));
        server.close(() => {
          server.closeIdleConnections = closeIdleConnections;
          if (active === 0) finish();
          else idle = finish;
        });
      });
    },
  };
}
