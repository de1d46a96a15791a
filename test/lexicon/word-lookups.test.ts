// The cache behind the per-word tests: it answers from memory and stays bounded.
import { describe, expect, it } from 'vitest';
import { memoByWord } from '../../src/lexicon/memo.js';

describe('memoByWord', () => {
  it('computes each word once while it is cached', () => {
    const seen: string[] = [];
    const length = memoByWord((w: string) => (seen.push(w), w.length));
    expect([length('Kreml'), length('Kreml'), length('Nato'), length('Kreml')]).toEqual([5, 5, 4, 5]);
    expect(seen).toEqual(['Kreml', 'Nato']);
  });

  it('remembers null answers too', () => {
    let calls = 0;
    const none = memoByWord((_: string) => (calls++, null));
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('starts afresh when full, so memory stays bounded', () => {
    const seen: string[] = [];
    const upper = memoByWord((w: string) => (seen.push(w), w.toUpperCase()), 2);
    for (const w of ['a', 'b', 'c', 'a']) upper(w);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
