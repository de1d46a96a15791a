import { describe, expect, it } from 'vitest';
import { CORPUS, NOT_QUANTITIES } from '../../src/numbers/corpus.js';
import { parseQuantity } from '../../src/numbers/index.js';

describe('number corpus', () => {
  it('holds at least 80 examples', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CORPUS)('%s', (text, [value, min, max, approx]) => {
    const q = parseQuantity(text);
    expect(q, text).not.toBeNull();
    expect({ value: q!.value, min: q!.min, max: q!.max, approx: q!.approx }).toEqual({ value, min, max, approx });
    expect(q!.text).toBe(text);
  });

  it.each(NOT_QUANTITIES)('%s is not a quantity on its own', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});
