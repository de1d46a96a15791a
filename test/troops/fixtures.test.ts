import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPlaces } from '../../src/extract/places.js';
import { extractTroops } from '../../src/extract/troops.js';
import type { Troop } from '../../src/types.js';

interface Fixtures {
  troops: Array<{ text: string; troops: Array<Partial<Troop>> }>;
  none: string[];
}
const fixtures = JSON.parse(
  readFileSync(new URL('../../fixtures/troops/sentences.json', import.meta.url), 'utf8'),
) as Fixtures;

function troopsOf(text: string): Troop[] {
  const doc = buildDoc('fixture.txt', text);
  return extractTroops(doc, extractPlaces(doc));
}

describe('troop counts in sentences about many conflicts', () => {
  it.each(fixtures.troops.map((f) => [f.text, f.troops] as const))('%s', (text, expected) => {
    const got = troopsOf(text);
    expect(got.map((t) => t.value ?? `${t.min}..${t.max}`)).toEqual(expected.map((t) => t.value ?? `${t.min}..${t.max}`));
    expected.forEach((want, i) => expect(got[i]).toMatchObject(want));
    for (const t of got) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(text).toContain(t.sentence);
      expect(t.sentence).toContain(t.text);
    }
  });

  it.each(fixtures.none)('no troop count: %s', (text) => {
    expect(troopsOf(text)).toEqual([]);
  });
});

describe('troop extraction on arbitrary text', () => {
  const parts = ['Russland', ' hat', ' mehr als', ' 100.000', ' 12 000', ' Soldaten', ' US-Soldaten', ' Mann', ' in', ' nach',
    ' Polen', ',', ' darunter', ' etwa', ' 35.000', ' zwischen', ' und', ' Tausende', ' getötet', '.', ' bis zu', ' zwei-', ' bis',
    ' dreitausend', ' Kräfte', ' Armee', ' dort', ' der', ' Bundeswehr', ' aus', ' den', ' USA', '\n', ' Zahl', ' auf', ' 2014'];
  it('never throws and every item cuts its own text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (words) => {
      const text = words.join('');
      for (const t of troopsOf(text)) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        if (t.min !== null && t.max !== null) expect(t.min).toBeLessThanOrEqual(t.max);
        expect(t.value !== null || t.min !== null || t.max !== null).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

describe('headcounts are whole numbers', () => {
  it.each(['Russland hat zwischen 1,5 und 2 Soldaten verlegt.', 'Israel hat 700.000 Soldaten mobilisiert, darunter 730,871 in Gaza.'])(
    'rejects a fractional count: %s',
    (text) => {
      for (const t of troopsOf(text)) for (const v of [t.value, t.min, t.max]) expect(v === null || Number.isInteger(v)).toBe(true);
    },
  );
});
