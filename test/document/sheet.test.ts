// The token sheet tokenize fills as it cuts the tokens must be the sheet the
// gazetteers would compute from the tokens themselves: same ß-folded hashes, shapes, offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetMadeWith } from '../../src/document/sheet.js';
import { tokenize } from '../../src/document/tokens.js';
import { buildDoc } from '../../src/document/index.js';
import { foldSharpS, hashRange, tokenSheet } from '../../src/extract/gazetteer.js';
import type { Sentence } from '../../src/types.js';

/** The sheet of a copy of the tokens: not the one tokenize made, but computed by the gazetteer from the tokens. */
function computedSheet(text: string, tokens: ReturnType<typeof tokenize>) {
  return tokenSheet({ text, tokens: [...tokens] });
}

function expectSheetsAgree(text: string, sentences: readonly Sentence[]) {
  const tokens = tokenize(text, sentences);
  const made = sheetMadeWith(tokens)!;
  expect(made).toBeDefined();
  expect(made).toEqual(computedSheet(text, tokens));
  tokens.forEach((t, i) => expect(made.hashes[i]).toBe(hashRange(foldSharpS(t.text), 0, foldSharpS(t.text).length)));
}

describe('token sheet made by tokenize', () => {
  it.each([
    'Die Straße nach Gießen, US-Präsident Joe Biden sagte: „Wir bleiben.“',
    'Staats- und Regierungschefs in Ṣāliḥ, 𝒜𝒷 😀 und Österreich. Ärzte ohne Grenzen!',
    '',
  ])('%s', (text) => {
    expectSheetsAgree(text, [{ start: 0, end: text.length }]);
  });

  it('is what tokenSheet returns for a built doc', () => {
    const doc = buildDoc('x.txt', 'Titel\n\nDie Bundeswehr in Gießen. Der Außenminister sagte etwas.\n');
    expect(tokenSheet(doc)).toBe(sheetMadeWith(doc.tokens));
    expect(tokenSheet(doc)).toEqual(computedSheet(doc.text, doc.tokens));
  });

  it('agrees with the computed sheet on arbitrary text and sentence cuts', () => {
    const pieces = fc.constantFrom('Wort', 'Ä', 'ß', 'Straße', '-', '‐', "'", '.', '&', ' ', '\n', '1', '\u0301', '😀', '\ud800', '\udc00', '„', ',', 'É');
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(pieces).map((p) => p.join('')));
    fc.assert(fc.property(text, fc.array(fc.nat()), (t, cuts) => {
      const bounds = [...new Set([0, t.length, ...cuts.map((c) => c % (t.length + 1))])].sort((a, b) => a - b);
      expectSheetsAgree(t, bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end })));
    }), { numRuns: 1000 });
  });

  it('grows past its scratch size', () => {
    const text = 'a ß '.repeat(5000);
    expectSheetsAgree(text, [{ start: 0, end: text.length }]);
  });
});
