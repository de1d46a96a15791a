// The char-code shortcut must answer as the Unicode regexes it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsLower, startsUpper } from '../../src/extract/letter-case.js';

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
