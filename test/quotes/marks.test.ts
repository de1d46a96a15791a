import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, pairQuotes } from '../../src/extract/quotes/marks.js';

/** The quoted contents of a one-paragraph text. */
function quoted(text: string): string[] {
  return pairQuotes(text, [{ start: 0, end: text.length }]).pairs.map((p) => text.slice(p.start, p.end));
}

function paragraphs(...lines: string[]) {
  const text = lines.join('\n\n');
  const regions = [];
  let at = 0;
  for (const line of lines) {
    regions.push({ start: at, end: at + line.length });
    at += line.length + 2;
  }
  return { text, ...pairQuotes(text, regions) };
}

describe('quotation styles', () => {
  it.each([
    ['German „…“', 'Burhan sagte: „Wir verhandeln nicht.“', 'Wir verhandeln nicht.'],
    ['English “…”', 'Dagalo schrieb: “Khartum gehört uns.”', 'Khartum gehört uns.'],
    ['Swiss «…»', 'Kurti sagte: «Die Brücke bleibt zu.»', 'Die Brücke bleibt zu.'],
    ['German »…«', 'Goïta erklärte: »Frankreich muss gehen.«', 'Frankreich muss gehen.'],
    ['single ‚…‘', 'Die Zeitung titelte ‚Waffenruhe in Gaza‘ am Montag.', 'Waffenruhe in Gaza'],
    ['single ‹…›', 'Er nannte das ‹eine Farce›.', 'eine Farce'],
    ['straight "…"', 'Tsai sagte: "Taiwan lässt sich nicht einschüchtern."', 'Taiwan lässt sich nicht einschüchtern.'],
  ])('pairs %s', (_style, text, content) => {
    expect(quoted(text)).toEqual([content]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const text = 'Guterres sagte: „Wer ‚Sicherheit‘ sagt, muss auch »Frieden« sagen.“ Dann ging er.';
    expect(quoted(text)).toEqual(['Wer ‚Sicherheit‘ sagt, muss auch »Frieden« sagen.']);
  });

  it('pairs the mismatched marks real text has: "…» and «…"', () => {
    const text = 'Er sprach von "einer ernsten Lage» in Gao. «Die Armee ist bereit."';
    expect(quoted(text)).toEqual(['einer ernsten Lage', 'Die Armee ist bereit.']);
  });

  it('keeps a quote that runs across sentences whole', () => {
    const text = '„Wir sind bereit. Wir warten nur auf ein Signal aus Belgrad“, sagte Kurti.';
    expect(quoted(text)).toEqual(['Wir sind bereit. Wir warten nur auf ein Signal aus Belgrad']);
  });

  it('reads straight quotes by the characters around them', () => {
    const text = 'die "Abschreckungs"-Präsenz und ZDF-"heute journal" und "zwei" Wörter';
    expect(quoted(text)).toEqual(['Abschreckungs', 'heute journal', 'zwei']);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = 'So geht’s nicht, sagte Jones’ Sprecher, und Hamas\' Führung schweigt.';
    const { pairs, warnings } = pairQuotes(text, [{ start: 0, end: text.length }]);
    expect(pairs).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('unbalanced marks', () => {
  it('warns about an unclosed mark and yields no quote for it', () => {
    const { text, pairs, warnings } = paragraphs('Die Hamas erklärte: „Wir lassen die Geiseln frei', 'Israel wies das zurück.');
    expect(pairs).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/unbalanced quotation mark „ at 20/);
    expect(text).toContain('Israel');
  });

  it('does not let an unclosed mark swallow the next paragraph', () => {
    const { text, pairs, warnings } = paragraphs(
      'Der Sprecher sagte „die Lage ist ruhig.',
      'Später erklärte Kurti: „Wir bleiben wachsam.“',
    );
    expect(pairs.map((p) => text.slice(p.start, p.end))).toEqual(['Wir bleiben wachsam.']);
    expect(warnings).toHaveLength(1);
  });

  it('warns about a closing mark that closes nothing', () => {
    const text = 'Das ist alles“ und vorbei.';
    const { pairs, warnings } = pairQuotes(text, [{ start: 0, end: text.length }]);
    expect(pairs).toEqual([]);
    expect(warnings[0]).toMatch(/closes nothing/);
  });

  it('continues a quote into the next paragraph when that paragraph reopens it', () => {
    const { text, pairs, warnings } = paragraphs(
      '„Wir haben alles versucht. Die Gespräche in Dschidda sind gescheitert.',
      '„Jetzt entscheidet das Feld“, sagte der General.',
    );
    expect(warnings).toEqual([]);
    expect(pairs.map((p) => [text.slice(p.start, p.end), p.continued])).toEqual([
      ['Wir haben alles versucht. Die Gespräche in Dschidda sind gescheitert.', true],
      ['Jetzt entscheidet das Feld', false],
    ]);
  });

  it('refuses quotes longer than the cap', () => {
    const long = `„${'Wort '.repeat(MAX_QUOTE_LENGTH / 4)}“`;
    const { pairs, warnings } = pairQuotes(long, [{ start: 0, end: long.length }]);
    expect(pairs).toEqual([]);
    expect(warnings[0]).toMatch(/runs over/);
  });

  it('caps the number of warnings and counts the rest', () => {
    const text = '„a '.repeat(500);
    const { warnings } = pairQuotes(text, [{ start: 0, end: text.length }]);
    expect(warnings.length).toBeLessThanOrEqual(21);
    expect(warnings.at(-1)).toMatch(/\d+ more unbalanced quotation marks/);
  });

  it('pairs a megabyte of unclosed marks in linear time', () => {
    const text = 'Er sagte „das ist gut, '.repeat(45_000);
    const t0 = performance.now();
    const { pairs } = pairQuotes(text, [{ start: 0, end: text.length }]);
    expect(pairs).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('invariants', () => {
  const marks = ['„', '“', '”', '"', '«', '»', '‚', '‘', '’', '‹', '›', "'"];
  const piece = fc.oneof(fc.constantFrom(...marks), fc.constantFrom('Wort', ' ', 'Gaza', '.', ',', '-', '\n\n'), fc.string({ maxLength: 3 }));

  it('never throws, and every pair lies inside the text, in order, without overlap', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const regions = [{ start: 0, end: text.length }];
      const { pairs } = pairQuotes(text, regions);
      let last = -1;
      for (const p of pairs) {
        expect(p.open).toBeGreaterThan(last);
        expect(p.start).toBeGreaterThan(p.open);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(p.close);
        expect(p.close).toBeLessThanOrEqual(text.length);
        last = p.close;
      }
    }), { numRuns: 500 });
  });
});
