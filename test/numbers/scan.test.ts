import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumberWord } from '../../src/numbers/index.js';

const found = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.min, q.max]);

describe('findQuantities in running text', () => {
  it('finds a qualified count with absolute offsets inside a range', () => {
    const text = 'Russland hat mehr als 100.000 Soldaten an der Grenze zusammengezogen.';
    const [q] = findQuantities(text, 9, text.length);
    expect(q).toMatchObject({ text: 'mehr als 100.000', value: 100000, min: 100001, max: null });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('respects the start and end of the range', () => {
    const text = '500 Soldaten. Dann 700 Soldaten.';
    expect(findQuantities(text, 5).map((q) => q.value)).toEqual([700]);
    expect(findQuantities(text, 0, 12).map((q) => q.value)).toEqual([500]);
  });

  it('reads several quantities in one sentence', () => {
    expect(found('Die Zahl stieg von 3000 auf 5000, darunter etwa 1200 in Gao.')).toEqual([
      ['3000', 3000, 3000, 3000], ['5000', 5000, 5000, 5000], ['etwa 1200', 1200, 1200, 1200],
    ]);
  });

  it('skips dates, times and ordinals', () => {
    expect(found('Stand: 25.01.2022 01:42 Uhr')).toEqual([]);
    expect(found('Am 9. und 10. Januar treffen sich die Diplomaten in Genf.')).toEqual([]);
    expect(found('Die Sitzung begann um 18.15 Uhr.')).toEqual([]);
    expect(found('Im 2. Weltkrieg')).toEqual([]);
  });

  it('keeps a figure that ends a sentence', () => {
    expect(found('Dort sind es bereits 900. Weitere sollen folgen.')).toEqual([['900', 900, 900, 900]]);
  });

  it('skips digits that belong to names and compounds', () => {
    expect(found('Die F-16 und die MiG-29 starteten, Covid-19 bremste alles.')).toEqual([]);
    expect(found('Der 45-minütige Austausch mit den G7 war kurz.')).toEqual([]);
    expect(found('Eine Zwei-Staaten-Lösung')).toEqual([]);
  });

  it('leaves articles alone unless a multiplier follows', () => {
    expect(found('Ein Soldat und eine Soldatin wurden verletzt.')).toEqual([]);
    expect(found('Fast eine Million Menschen sind geflohen.')).toEqual([['Fast eine Million', 1e6, 1e6, 1e6]]);
  });

  it('reads percent and money figures as figures: rejecting them is the consumer\'s job', () => {
    expect(found('Die Inflation lag bei 8,5 Prozent.')).toEqual([['8,5', 8.5, 8.5, 8.5]]);
    expect(found('Die Hilfe beträgt 100 Millionen Euro.')).toEqual([['100 Millionen', 1e8, 1e8, 1e8]]);
    expect(found('Im Jahr 2022 begann der Krieg.')).toEqual([['2022', 2022, 2022, 2022]]);
  });

  it('reads vague plurals and determiners in text', () => {
    expect(found('Zehntausende Soldaten und einige hundert Reservisten')).toEqual([
      ['Zehntausende', null, 20000, 99999], ['einige hundert', null, 200, 999],
    ]);
  });

  it('does not swallow a number after a dangling qualifier', () => {
    expect(found('Er sprach über die 300 Soldaten.')).toEqual([['300', 300, 300, 300]]);
  });

  it('reads a range with "bis" but not "bis" before a date word', () => {
    expect(found('Es sollen 3000 bis 5000 Soldaten sein.')).toEqual([['3000 bis 5000', null, 3000, 5000]]);
    expect(found('8500 bis Ende Februar')).toEqual([['8500', 8500, 8500, 8500]]);
  });

  it('never throws and keeps offsets consistent on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .,:-–\'’zweihundertausendMillionenrundüberbis ca.'.split('')), maxLength: 40 }), (s) => {
      for (const q of findQuantities(s)) {
        expect(s.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBeLessThan(q.end);
      }
    }));
  });
});

/** German cardinal words for 1..999999, written the standard way. */
function german(n: number): string {
  const units = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const teens = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const tens = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const below100 = (x: number): string => {
    if (x < 10) return x === 1 ? 'eins' : units[x]!;
    if (x < 20) return teens[x - 10]!;
    return (x % 10 ? `${units[x % 10]}und` : '') + tens[Math.floor(x / 10)];
  };
  const below1000 = (x: number): string => {
    const h = Math.floor(x / 100), r = x % 100;
    return (h ? `${units[h]}hundert` : '') + (r ? below100(r) : '');
  };
  const t = Math.floor(n / 1000), r = n % 1000;
  return (t ? `${t === 1 ? 'ein' : below1000(t)}tausend` : '') + (r ? below1000(r) : '');
}

describe('parseNumberWord', () => {
  it('reads every spelled-out number back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999999 }), (n) => {
      expect(parseNumberWord(german(n))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('rejects words that merely start like numbers', () => {
    for (const w of ['Einheit', 'achten', 'Elfmeter', 'Zehntel', 'Tausende', 'dreifach', 'Neuntel', 'zweite']) {
      expect(parseNumberWord(w), w).toBeNull();
    }
  });
});

describe('findQuantities stops at every number word', () => {
  it.each([
    ['Zwanzig Organisationen riefen auf.', 20],
    ['Es kamen sechzig Menschen.', 60],
    ['Mehr als siebzig Fahrzeuge', 70],
    ['Rund dreißig Soldaten', 30],
    ['Fünfundvierzig Minuten', 45],
    ['Neunzehn Boote', 19],
  ])('%s', (text, value) => {
    expect(findQuantities(text).map((q) => q.value)).toEqual([value]);
  });
});
