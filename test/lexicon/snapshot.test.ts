import { describe, expect, test } from 'vitest';
import { buildTables } from '../../src/lexicon/build.js';
import { decodeSnapshot, encodeSnapshot } from '../../src/lexicon/snapshot.js';
import type { LexiconTables } from '../../src/lexicon/model.js';

// Maps and sets as comparable plain data; entries by name so identity does not matter.
function plain(t: LexiconTables): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) {
    if (v instanceof Map) out[k] = [...v].map(([key, e]) => [key, typeof e === 'string' ? e : (e as { name: string }).name]);
    else if (v instanceof Set) out[k] = [...v];
    else out[k] = v;
  }
  return out;
}

describe('snapshot', () => {
  const tables = buildTables();

  test('round-trips every table', () => {
    const back = decodeSnapshot(encodeSnapshot(tables, 'k1'), 'k1');
    expect(back).not.toBeNull();
    expect(plain(back!)).toEqual(plain(tables));
    expect(Object.keys(back!).sort()).toEqual(Object.keys(tables).sort());
  });

  test('entries stay shared between maps after decoding', () => {
    const back = decodeSnapshot(encodeSnapshot(tables, 'k1'), 'k1')!;
    expect(back.placeBySurface.get('Russlands')).toBe(back.placeBySurface.get('Russland'));
    expect(back.places).toContain(back.placeBySurface.get('Kiew'));
  });

  test('a snapshot under another key (changed data or code) is not used', () => {
    expect(decodeSnapshot(encodeSnapshot(tables, 'old'), 'new')).toBeNull();
    expect(decodeSnapshot('{not json', 'k1')).toBeNull();
  });
});
