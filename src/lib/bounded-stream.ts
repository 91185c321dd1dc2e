export interface BoundedStreamOptions<T> {
  /** Runs before each item is handed on; its error ends the stream with that error. */
  check?: (item: T) => Promise<void>;
  /** Called once when the stream ends, however it ends (consumer gone, source done, error, overflow). */
  onClose?: () => void;
}

const DONE = { value: undefined, done: true } as const;

/**
 * Reads `source` as fast as it yields into a buffer of at most `limit`
 * items, and hands them on as the consumer asks. A consumer that falls
 * `limit` items behind (a client that stopped reading) ends with
 * `overflow()`'s error once it has taken what was buffered, and the source
 * is closed at once: the publisher and every other subscriber never wait on
 * it, and memory per subscription stays bounded.
 *
 * Not an async generator on purpose: a generator's return() waits until it
 * reaches its next yield, so a consumer leaving a quiet stream would hold
 * the source (and its slot) until the next event; here return() closes now.
 */
export function boundedStream<T>(
  source: AsyncIterable<T>,
  limit: number,
  overflow: () => Error,
  options: BoundedStreamOptions<T> = {},
): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const buffer: T[] = [];
  let failure: unknown;
  let sourceDone = false;
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const closeSource = () => {
    Promise.resolve(iterator.return?.()).catch(() => {});
  };
  const close = () => {
    if (closed) return;
    closed = true;
    buffer.length = 0;
    options.onClose?.();
    if (!sourceDone) closeSource();
    notify();
  };

  void (async () => {
    try {
      while (!closed) {
        const next = await iterator.next();
        if (next.done || closed) break;
        if (buffer.length >= limit) {
          failure = overflow();
          closeSource();
          break;
        }
        buffer.push(next.value);
        notify();
      }
    } catch (error) {
      failure ??= error;
    } finally {
      sourceDone = true;
      notify();
    }
  })();

  const stream: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => stream,
    async next() {
      for (;;) {
        if (closed) return DONE;
        if (buffer.length > 0) {
          const item = buffer.shift()!;
          try {
            await options.check?.(item);
          } catch (error) {
            close();
            throw error;
          }
          return closed ? DONE : { value: item, done: false };
        }
        if (failure !== undefined) {
          const error = failure;
          close();
          throw error;
        }
        if (sourceDone) {
          close();
          return DONE;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return() {
      close();
      return DONE;
    },
    async throw(error?: unknown) {
      close();
      throw error;
    },
  };
  return stream;
}
