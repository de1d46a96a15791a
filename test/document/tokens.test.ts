// The hand-written token scanner must cut exactly what its documented regex cuts:
// checked on real German edge cases and on arbitrary Unicode text, sentence by sentence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_PATTERN, tokenize } from '../../src/document/tokens.js';
import type { Sentence } from '../../src/types.js';

/** What the regex gives for the same sentences (it sees each sentence on its own). */
function byRegex(text: string, sentences: readonly Sentence[]) {
  return sentences.flatMap((s, sentence) =>
    [...text.slice(s.start, s.end).matchAll(TOKEN_PATTERN)].map((m) => ({
      start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], sentence,
    })));
}

const whole = (text: string): Sentence[] => [{ start: 0, end: text.length }];

describe('tokenize', () => {
  it.each([
    ['US-Präsident Joe Biden sagte:', ['US-Präsident', 'Joe', 'Biden', 'sagte', ':']],
    ['Staats- und Regierungschefs', ['Staats-', 'und', 'Regierungschefs']],
    ["O'Neill, AT&T und z.B. 100.000 Soldaten.", ["O'Neill", ',', 'AT&T', 'und', 'z.B', '.', '100.000', 'Soldaten', '.']],
    ['„Wir bleiben“, so Ṣāliḥ…', ['„', 'Wir', 'bleiben', '“', ',', 'so', 'Ṣāliḥ', '…']],
    ['Rebellen--Chef - -x 𝒜𝒷 😀', ['Rebellen-', '-', 'Chef', '-', '-', 'x', '𝒜𝒷', '😀']],
  ])('%s', (text, expected) => {
    expect(tokenize(text, whole(text)).map((t) => t.text)).toEqual(expected);
    expect(tokenize(text, whole(text))).toEqual(byRegex(text, whole(text)));
  });

  it('keeps to the sentence bounds it is given', () => {
    const text = 'Eins zwei. Drei-vier fünf.';
    const sentences = [{ start: 0, end: 10 }, { start: 11, end: 16 }, { start: 16, end: 26 }];
    expect(tokenize(text, sentences)).toEqual(byRegex(text, sentences));
    expect(tokenize(text, sentences).map((t) => t.text)).toContain('Drei-');
  });

  it('agrees with the regex on arbitrary text and arbitrary sentence cuts', () => {
    const pieces = fc.constantFrom('Wort', 'Ä', 'ß', '-', '‐', "'", '’', '.', '&', ' ', '\u00a0', '\n', '1', '\u0301', '😀', '\ud800', '\udc00', '„', ',');
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(pieces).map((p) => p.join('')));
    fc.assert(fc.property(text, fc.array(fc.nat()), (t, cuts) => {
      const bounds = [...new Set([0, t.length, ...cuts.map((c) => c % (t.length + 1))])].sort((a, b) => a - b);
      const sentences = bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end }));
      expect(tokenize(t, sentences)).toEqual(byRegex(t, sentences));
    }), { numRuns: 2000 });
  });
});
