// The char-code shortcut must answer as the Unicode regexes it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerLatin1, mayBeCapital, startsLower, startsUpper } from '../../src/extract/letter-case.js';

describe('startsUpper / startsLower', () => {
  it.each([
    ['Biden', true, false], ['sagte', false, true], ['Ägypten', true, false], ['über', false, true],
    ['ß', false, true], ['Ṣāliḥ', true, false], ['„', false, false], ['100', false, false], ['', false, false],
  ])('%s', (word, upper, lower) => {
    expect([startsUpper(word), startsLower(word)]).toEqual([upper, lower]);
  });

  it('agrees with /^\\p{Lu}/u and /^\\p{Ll}/u on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(startsUpper(s)).toBe(/^\p{Lu}/u.test(s));
      expect(startsLower(s)).toBe(/^\p{Ll}/u.test(s));
    }), { numRuns: 3000 });
  });
});

describe('mayBeCapital / lowerLatin1', () => {
  it('answer as /^\\p{Lu}/u and toLowerCase in Latin-1, and never "no" beyond it', () => {
    for (let c = 0; c < 256; c++) {
      const char = String.fromCharCode(c);
      expect(mayBeCapital(c), String(c)).toBe(/^\p{Lu}/u.test(char));
      expect(lowerLatin1(c), String(c)).toBe(char.toLowerCase().charCodeAt(0));
    }
    for (let c = 256; c < 0x10000; c++) if (/^\p{Lu}/u.test(String.fromCharCode(c))) expect(mayBeCapital(c), String(c)).toBe(true);
  });
});
