/**
 * Names for the SQL texts the server sends again and again (compiled reads,
 * keyset pages), so that PostgreSQL parses and plans each once per connection
 * — a named prepared statement — instead of on every execution. Bounded: at
 * most `capacity` texts are ever named, so no connection holds more prepared
 * statements than that, and a text is named only the second time it is seen,
 * so one-off texts cannot take the places.
 */
export class StatementNames {
  readonly #named = new Map<string, string>();
  /** Texts seen once, oldest first. */
  readonly #seen = new Set<string>();
  #counter = 0;

  constructor(
    readonly capacity = 200,
    readonly seenCapacity = 2_000,
  ) {}

  nameOf(text: string): string | undefined {
    const name = this.#named.get(text);
    if (name !== undefined || this.#named.size >= this.capacity) return name;
    if (!this.#seen.delete(text)) {
      this.#seen.add(text);
      if (this.#seen.size > this.seenCapacity) this.#seen.delete(this.#seen.values().next().value as string);
      return undefined;
    }
    const fresh = `commerce_${++this.#counter}`;
    this.#named.set(text, fresh);
    return fresh;
  }

  /** A prepared text no longer fits the tables (its result type changed): later uses prepare it afresh. */
  forget(text: string): void {
    this.#named.delete(text);
  }

  get size(): number {
    return this.#named.size;
  }
}
