import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer.js';

export interface WebSocketOptions {
  server: Server;
  // biome-ignore lint/suspicious/noExplicitAny: any Yoga instance (its user context type does not matter here).
  yoga: YogaServerInstance<Record<string, unknown>, any>;
  /** The viewer of an Authorization header value (throws on a bad token). */
  authenticate(request: Request): Promise<Viewer | null>;
  /** Whether the viewer's account may still act (not logged out, deactivated or deleted). */
  stillValid(viewer: Viewer): Promise<boolean>;
  maxSubscriptionsPerConnection: number;
  /** How often an open connection's account is checked again (ms). */
  recheckMs?: number;
}

interface ConnectionState {
  authorization: string | null;
  viewer: Viewer | null;
  active: Set<string>;
  timer?: NodeJS.Timeout;
}

type Extra = { socket: import('ws').WebSocket; request: import('node:http').IncomingMessage };

/** "Bearer <token>" from connectionParams ({ authorization } or { token }). */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const authorization = params?.['authorization'] ?? params?.['Authorization'];
  if (typeof authorization === 'string' && authorization.trim() !== '') return authorization;
  const token = params?.['token'];
  return typeof token === 'string' && token !== '' ? `Bearer ${token}` : null;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the API's own path, executed by the
 * same Yoga/envelop pipeline as HTTP (limits, masking, logging). The token
 * comes in connectionParams and is checked on connect and every `recheckMs`:
 * a logged-out or deactivated account's socket is closed (4401).
 */
export function attachWebSocket(options: WebSocketOptions): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server: options.server, path: options.yoga.graphqlEndpoint });
  const states = new WeakMap<WsContext<Record<string, unknown>, Extra>, ConnectionState>();
  const recheckMs = options.recheckMs ?? 15_000;
  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        let viewer: Viewer | null = null;
        try {
          viewer = authorization
            ? await options.authenticate(new Request('http://ws.local/', { headers: { authorization } }))
            : null;
        } catch {
          return false;
        }
        const state: ConnectionState = { authorization, viewer, active: new Set() };
        if (viewer) {
          state.timer = setInterval(() => {
            options
              .stillValid(viewer)
              .then((valid) => {
                if (!valid) ctx.extra.socket.close(4401, 'Unauthorized: the session has ended');
              })
              .catch(() => {});
          }, recheckMs);
          state.timer.unref();
        }
        states.set(ctx, state);
        return true;
      },
      onClose: (ctx) => {
        const state = states.get(ctx);
        if (state?.timer) clearInterval(state.timer);
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = states.get(ctx);
        if (!state) return [new GraphQLError('Not connected', { extensions: { code: 'UNAUTHENTICATED' } })];
        if (state.active.size >= options.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${options.maxSubscriptionsPerConnection} operations per connection`, {
              extensions: { code: 'RATE_LIMITED', retryAfter: 1 },
            }),
          ];
        }
        // Taken before any await: operations sent together must not all pass the check.
        state.active.add(id);
        const refuse = (errors: readonly GraphQLError[]) => {
          state.active.delete(id);
          return [...errors];
        };
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (state.authorization) headers['authorization'] = state.authorization;
        const request = new Request(`http://ws.local${options.yoga.graphqlEndpoint}`, { method: 'POST', headers });
        const enveloped = options.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          request,
          params: payload,
        });
        let document: ReturnType<typeof enveloped.parse>;
        try {
          document = enveloped.parse(payload.query);
        } catch (error) {
          return refuse([
            error instanceof GraphQLError
              ? error
              : new GraphQLError('Syntax error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
          ]);
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return refuse(errors);
        let contextValue: unknown;
        try {
          contextValue = await enveloped.contextFactory();
        } catch (error) {
          return refuse([
            error instanceof GraphQLError
              ? error
              : new GraphQLError('Invalid token', { extensions: { code: 'UNAUTHENTICATED' } }),
          ]);
        }
        return {
          schema: enveloped.schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? {},
          contextValue,
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
      },
      onComplete: (ctx, id) => {
        states.get(ctx)?.active.delete(id);
      },
    },
    wss,
  );
  return {
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
