// The ending trie behind the role-head and personnel-noun tests: whether a word ends in a
// listed ending (lower-casing as it reads), and where the longest accepted one starts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EndingTrie } from '../../src/extract/ending-trie.js';

const ENDINGS = ['präsident', 'sprecher', 'chef', 'minister', 'außenminister', 'soldaten'];
const trie = new EndingTrie(ENDINGS);
const any = () => true;

describe('EndingTrie.endsIn', () => {
  it.each([
    ['US-Präsident', true], ['Regierungssprecher', true], ['PRÄSIDENT', true], ['Kremlchef', true],
    ['Regierung', false], ['Chefin', false], ['Präsidentin', false], ['Soldat', false], ['', false],
  ])('%s → %s', (word, expected) => {
    expect(trie.endsIn(word, 0, word.length)).toBe(expected);
  });

  it('reads only the given range', () => {
    const text = 'die Bundeswehrsoldaten kamen';
    expect(trie.endsIn(text, 4, 22)).toBe(true);
    expect(trie.endsIn(text, 4, 21)).toBe(false);
  });

  it('leaves a character whose lower case is longer to the full test', () => {
    expect(trie.endsIn('Mİ', 0, 2)).toBe(true);
  });

  it('agrees with endsWith on the lower-cased word', () => {
    const word = fc.array(fc.constantFrom('a', 'Ä', 'ß', 'S', 'präsident', 'Chef', 'minister', 'in', '-', 'x'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(fc.property(word, (w) => {
      expect(trie.endsIn(w, 0, w.length)).toBe(ENDINGS.some((e) => w.toLowerCase().endsWith(e)));
    }), { numRuns: 3000 });
  });
});

describe('EndingTrie.longestEndingAt', () => {
  it('finds the longest listed ending at a position', () => {
    const word = 'bundesaußenminister';
    expect(word.slice(trie.longestEndingAt(word, word.length, any))).toBe('außenminister');
    expect(trie.longestEndingAt('regierungssprecherin', 18, any)).toBe(10);
  });

  it('lets the caller refuse a start, and then offers the next shorter ending', () => {
    const word = 'bundesaußenminister';
    const notAussen = (start: number) => !word.startsWith('außen', start);
    expect(word.slice(trie.longestEndingAt(word, word.length, notAussen))).toBe('minister');
  });

  it('answers -1 when no listed ending ends there', () => {
    expect(trie.longestEndingAt('regierung', 9, any)).toBe(-1);
    expect(trie.longestEndingAt('chefin', 6, any)).toBe(-1);
  });
});
