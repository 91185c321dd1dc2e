import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventKind, EventPayloads } from './catalog.js';

export interface EmittedEvent<K extends EventKind = EventKind> {
  kind: K;
  data: EventPayloads[K];
}

const sinks = new AsyncLocalStorage<EmittedEvent[]>();

/**
 * Runs `work` and returns the events services emitted while it ran (rolled
 * back ones included: a consumer must treat them as "may have changed").
 * The request layer uses it to invalidate cached reads as soon as a mutation
 * returns, before the outbox job does the same for everyone else.
 */
export async function collectEmittedEvents<T>(
  work: () => Promise<T> | T,
): Promise<{ result: T; events: EmittedEvent[] }> {
  const events: EmittedEvent[] = [];
  const result = await sinks.run(events, work);
  return { result, events };
}

export function noteEmitted<K extends EventKind>(kind: K, payloads: readonly EventPayloads[K][]): void {
  const sink = sinks.getStore();
  if (!sink) return;
  for (const data of payloads) sink.push({ kind, data } as EmittedEvent);
}
