// Hostile input: a megabyte of unclosed quotation marks, a sentence without any
// punctuation, thousands of quotes. Nothing throws, warnings stay bounded, every span is
// true, and doubling the input roughly doubles the time (no rescans of the document).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import { docOf, entitiesOf, expectSpansTrue } from './helpers.js';

function run(text: string) {
  const doc = docOf(text);
  const entities = entitiesOf(text, { persons: ['Albin Kurti'], places: ['Kosovo'] });
  const t0 = performance.now();
  const { quotes, warnings } = extractQuotes(doc, entities);
  const claims = extractClaims(doc, entities);
  const ms = performance.now() - t0;
  expectSpansTrue(doc, [...quotes, ...claims]);
  return { quotes, claims, warnings, ms };
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
// The machine is shared: generous limits still tell linear work (seconds) from quadratic (minutes).
const SLOW = 120_000;
const fastest = (text: string) => Math.min(run(text).ms, run(text).ms);

describe('a megabyte of unclosed quotation marks', () => {
  it('on one line: no quote, bounded warnings, done in seconds', () => {
    const { quotes, warnings, ms } = run(repeat('Kurti sagte „das ist gut und schön, sagte der Sprecher ', 1_000_000));
    expect(quotes).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(21);
    expect(warnings.at(-1)).toMatch(/more unbalanced quotation marks/);
    expect(ms).toBeLessThan(30_000);
  }, SLOW);

  it('in paragraphs: the closed quotes between them still count', () => {
    const text = repeat('Kurti sagte „das bleibt offen\n\nDann sagte Kurti: „Wir sind bereit.“\n\n', 1_000_000);
    const { quotes, warnings } = run(text);
    expect(quotes.length).toBeGreaterThan(10_000);
    expect(quotes.every((q) => q.text === 'Wir sind bereit.' && q.speaker === 'Albin Kurti' && q.kind === 'direct')).toBe(true);
    expect(warnings.length).toBeLessThanOrEqual(21);
  }, SLOW);
});

describe('time grows linearly', () => {
  it.each([
    ['unclosed marks on one line', 'Er sagte „das ist gut, '],
    ['a sentence without punctuation', 'wort sagte er sei '],
    ['quotes and claims', '„Die Lage ist ruhig“, sagte Kurti. Die Grenze sei offen, teilte das Ministerium mit. '],
    ['mixed marks', 'Sie sagte: »Nein « und "ja" und « vielleicht » ‚ ‘ ’ \' " „ “ ” '],
  ])('%s', (_what, unit) => {
    run(repeat(unit, 50_000)); // warm up
    const small = fastest(repeat(unit, 250_000));
    const large = fastest(repeat(unit, 1_000_000));
    // Four times the text: linear work takes about four times as long, quadratic sixteen.
    expect(large).toBeLessThan(10 * small + 3000);
  }, SLOW);
});
