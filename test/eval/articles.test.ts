// Held-out articles (fixtures/articles: other conflicts, gold made by hand without
// running the tool) scored like the project's gold: a regression guard for how the
// rules carry over beyond the samples (they have since served as a development set
// too: new rules were checked against them, never fitted to one article). Thresholds sit a little under the figures
// measured when they were set, so a real loss fails and noise does not.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { f1, FIELDS, score, type GoldDoc } from './gold-score.js';

const dir = new URL('../../fixtures/articles/', import.meta.url);
const pairs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    result: extractDocument(f, readFileSync(new URL(f, dir), 'utf8')),
    gold: JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), dir), 'utf8')) as GoldDoc,
  }));
const result = score(pairs);

const MINIMUM_F1: Record<(typeof FIELDS)[number], number> = {
  persons: 0.95,
  organizations: 0.88,
  places: 0.95,
  troops: 0.9,
  quotes: 0.95,
  claims: 0.9,
};

describe('held-out crisis articles', () => {
  it('has articles to score', () => expect(pairs.length).toBeGreaterThanOrEqual(8));

  it.each(FIELDS)('%s F1 stays at its measured level', (field) => {
    const { p, r, f1: f } = f1(result.tallies[field]);
    console.log(`${field.padEnd(14)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`);
    expect(f).toBeGreaterThanOrEqual(MINIMUM_F1[field]);
  });

  it('reports speaker and troop-actor accuracy', () => {
    const { troopActor, speakers } = result;
    console.log(`troops.actor ${troopActor.ok}/${troopActor.n}; quotes.speaker ${speakers.quotes.ok}/${speakers.quotes.n}; claims.speaker ${speakers.claims.ok}/${speakers.claims.n}`);
    expect(troopActor.n).toBeGreaterThan(0);
  });
});
