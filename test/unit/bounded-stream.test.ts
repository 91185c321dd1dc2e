import { describe, expect, it } from 'vitest';
import { boundedStream } from '../../src/lib/bounded-stream.js';

/** A publisher's stream as pub/sub gives it: items queue until read; return() unsubscribes. */
function source() {
  const queued: number[] = [];
  let waiting: ((result: IteratorResult<number>) => void) | undefined;
  let closed = false;
  const repeater: AsyncIterableIterator<number> = {
    [Symbol.asyncIterator]: () => repeater,
    next: () =>
      queued.length > 0
        ? Promise.resolve({ value: queued.shift()!, done: false })
        : closed
          ? Promise.resolve({ value: undefined, done: true })
          : new Promise((resolve) => {
              waiting = resolve;
            }),
    return: async () => {
      closed = true;
      waiting?.({ value: undefined, done: true });
      return { value: undefined, done: true };
    },
  };
  const push = async (value: number) => {
    if (closed) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value, done: false });
    } else queued.push(value);
  };
  return { repeater, push, closed: () => closed };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('boundedStream', () => {
  it('passes every item on to a consumer that keeps up', async () => {
    const { repeater, push } = source();
    const stream = boundedStream(repeater, 3, () => new Error('overflow'));
    const seen: number[] = [];
    const reading = (async () => {
      for await (const value of stream) {
        seen.push(value);
        if (seen.length === 10) break;
      }
    })();
    for (let value = 1; value <= 10; value += 1) {
      void push(value);
      await tick();
    }
    await reading;
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('ends a consumer that falls behind with the overflow error and closes the source at once', async () => {
    const { repeater, push, closed } = source();
    const stream = boundedStream(repeater, 3, () => new Error('too slow'));
    const first = stream.next();
    void push(1);
    expect((await first).value).toBe(1);
    // The consumer stops reading while the publisher goes on.
    for (let value = 2; value <= 10; value += 1) {
      void push(value);
      await tick();
    }
    expect(closed()).toBe(true);
    const rest: number[] = [];
    await expect(
      (async () => {
        for await (const value of stream) rest.push(value);
      })(),
    ).rejects.toThrow('too slow');
    expect(rest).toEqual([2, 3, 4]);
  });

  it('closes the source and frees its slot at once when the consumer leaves a quiet stream', async () => {
    const { repeater, closed } = source();
    let released = 0;
    const stream = boundedStream(repeater, 3, () => new Error('overflow'), { onClose: () => (released += 1) });
    const pending = stream.next();
    await stream.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(closed()).toBe(true);
    expect(released).toBe(1);
  });

  it("ends with the check's error and frees the slot", async () => {
    const { repeater, push, closed } = source();
    let released = 0;
    const stream = boundedStream(repeater, 3, () => new Error('overflow'), {
      check: async (value) => {
        if (value === 2) throw new Error('no longer allowed');
      },
      onClose: () => (released += 1),
    });
    void push(1);
    expect((await stream.next()).value).toBe(1);
    void push(2);
    await expect(stream.next()).rejects.toThrow('no longer allowed');
    await tick();
    expect(closed()).toBe(true);
    expect(released).toBe(1);
  });
});
