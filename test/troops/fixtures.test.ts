import { readFileSync } from 'node:fs';
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
      expect(t.sentence).toBe(text);
    }
  });

  it.each(fixtures.none)('no troop count: %s', (text) => {
    expect(troopsOf(text)).toEqual([]);
  });
});
