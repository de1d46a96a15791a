// The lookup structures behind the per-word tests: a cache that answers from memory and
// stays bounded, and a suffix trie that finds the longest listed word a string ends in.
import { describe, expect, it } from 'vitest';
import { memoByWord } from '../../src/lexicon/memo.js';
import { SuffixTrie } from '../../src/lexicon/suffix-trie.js';

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

describe('SuffixTrie', () => {
  const trie = new SuffixTrie(['präsident', 'sprecher', 'chef', 'minister', 'außenminister']);
  const any = () => true;

  it('finds the longest listed word ending at a position', () => {
    const word = 'bundesaußenminister';
    expect(word.slice(trie.longestEndingAt(word, word.length, any))).toBe('außenminister');
    expect(trie.longestEndingAt('regierungssprecherin', 18, any)).toBe(10);
  });

  it('lets the caller refuse a start, and then offers the next shorter word', () => {
    const word = 'bundesaußenminister';
    const notAussen = (start: number) => !word.startsWith('außen', start);
    expect(word.slice(trie.longestEndingAt(word, word.length, notAussen))).toBe('minister');
  });

  it('answers -1 when no listed word ends there', () => {
    expect(trie.longestEndingAt('regierung', 9, any)).toBe(-1);
    expect(trie.longestEndingAt('chefin', 6, any)).toBe(-1);
  });
});
