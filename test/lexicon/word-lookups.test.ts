// The cache behind the per-word tests: it answers from memory and stays bounded.
import v8 from 'node:v8';
import vm from 'node:vm';
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

  it('keeps a word asked again when its generation is dropped', () => {
    const seen: string[] = [];
    const upper = memoByWord((w: string) => (seen.push(w), w.toUpperCase()), 2);
    // a, b fill a generation; c starts the next; a is carried over from the older one.
    for (const w of ['a', 'b', 'c', 'a', 'd', 'e', 'a']) upper(w);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('forgets a word not asked for two generations, so memory stays bounded', () => {
    const seen: string[] = [];
    const upper = memoByWord((w: string) => (seen.push(w), w.toUpperCase()), 2);
    for (const w of ['a', 'b', 'c', 'd', 'e', 'a']) upper(w);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });

  it('does not keep the documents its words were cut from alive', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // An answer that holds the word, as a speaker holds its name.
    const speaker = memoByWord((name: string) => ({ name }));
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    const answers = [];
    for (let i = 0; i < 60; i++) {
      const doc = `${'x'.repeat(1_000_000)} Generalstabschef${i} sagte`;
      answers.push(speaker(doc.slice(1_000_001, 1_000_017 + String(i).length)));
    }
    gc();
    const grown = v8.getHeapStatistics().used_heap_size - before;
    expect(answers[7]!.name).toBe('Generalstabschef7');
    // 60 documents of 1 MB each: kept alive they would add 60 MB.
    expect(grown).toBeLessThan(10_000_000);
  });
});
