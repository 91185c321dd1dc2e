import { describe, expect, it } from 'vitest';
import { StatementNames } from '../../src/db/statement-names.js';

describe('StatementNames', () => {
  it('names a text the second time it is seen, and keeps that name', () => {
    const names = new StatementNames();
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    const name = names.nameOf('SELECT 1');
    expect(name).toMatch(/^commerce_\d+$/);
    expect(names.nameOf('SELECT 1')).toBe(name);
    expect(names.nameOf('SELECT 2')).toBeUndefined();
    expect(names.nameOf('SELECT 2')).not.toBe(name);
  });

  it('never names more texts than its capacity', () => {
    const names = new StatementNames(2);
    for (const text of ['a', 'a', 'b', 'b', 'c', 'c']) names.nameOf(text);
    expect(names.size).toBe(2);
    expect(names.nameOf('c')).toBeUndefined();
    expect(names.nameOf('a')).toBeDefined();
  });

  it('forgets texts seen once beyond its memory, oldest first', () => {
    const names = new StatementNames(10, 2);
    names.nameOf('a');
    names.nameOf('b');
    names.nameOf('c');
    expect(names.nameOf('a')).toBeUndefined();
    expect(names.nameOf('c')).toBeDefined();
  });

  it('gives a forgotten text a new name', () => {
    const names = new StatementNames();
    names.nameOf('x');
    const first = names.nameOf('x');
    names.forget('x');
    names.nameOf('x');
    expect(names.nameOf('x')).not.toBe(first);
  });
});
