/** Reads a GraphQL-over-SSE response: each `data:` line of a `next` event as JSON. */
export function readEvents(response: Response): { events: Record<string, unknown>[]; stop(): void } {
  const events: Record<string, unknown>[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('');
        if (data) events.push(JSON.parse(data) as Record<string, unknown>);
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return {
    events,
    stop() {
      stopped = true;
      void reader.cancel().catch(() => {});
    },
  };
}
