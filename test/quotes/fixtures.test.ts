// Whole articles written for the tests (fixtures/quotes/*.txt), each with the quotes and
// claims a careful reader finds in it and the entities the entity stage resolves.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import type { EntitySpec } from './helpers.js';
import { docOf, entitiesOf, expectSpansTrue } from './helpers.js';

interface Expected {
  entities: EntitySpec;
  quotes: [string, string | null, 'direct' | 'partial'][];
  claims: [string, string | null, string | null][];
  warnings: number;
}

const dir = new URL('../../fixtures/quotes/', import.meta.url);
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe.each(names)('%s', (name) => {
  const text = fs.readFileSync(new URL(name, dir), 'utf8');
  const expected = JSON.parse(fs.readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as Expected;
  const doc = docOf(text, name);
  const entities = entitiesOf(text, expected.entities);

  it('finds the quotes with their speakers and kinds', () => {
    const { quotes, warnings } = extractQuotes(doc, entities);
    expectSpansTrue(doc, quotes);
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual(expected.quotes);
    expect(warnings).toHaveLength(expected.warnings);
  });

  it('finds the claims with their speakers and verbs', () => {
    const claims = extractClaims(doc, entities);
    expectSpansTrue(doc, claims);
    expect(claims.map((c) => [c.text, c.speaker, c.verb])).toEqual(expected.claims);
  });
});
