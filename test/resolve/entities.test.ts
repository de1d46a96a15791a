// resolveEntities takes shortcuts for the common small document: spans tested one by one
// below LINEAR_SPANS (an index past it), an entity's mentions searched below
// LINEAR_MENTIONS (a hash set past it), buckets walked instead of candidate lists
// sorted. These hold both sides of each threshold to the same answers.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPersons } from '../../src/extract/persons.js';
import { resolveEntities } from '../../src/resolve/entities.js';
import type { ActorMention, PlaceMention } from '../../src/types.js';

const person = (text: string, at: number, name = text): ActorMention => ({
  start: at, end: at + text.length, text, type: 'person', subtype: null, name, role: null, country: null, rule: 'first-name',
});
const org = (text: string, at: number): ActorMention => ({
  start: at, end: at + text.length, text, type: 'organization', subtype: 'party', name: text, role: null, country: null, rule: 'lexicon',
});
const place = (text: string, at: number): PlaceMention => ({
  start: at, end: at + text.length, text, type: 'city', name: text, code: null, rule: 'lexicon',
} as PlaceMention);

/** `groups` copies of: a person, an org inside it, a free org, a place inside that org, a free place. */
function overlapDocument(groups: number, shuffle: boolean) {
  const unit = 'Ursula Kern traf Kernpartei in Bonn. ';
  const text = unit.repeat(groups);
  const persons: ActorMention[] = [];
  const orgs: ActorMention[] = [];
  const places: PlaceMention[] = [];
  for (let g = 0; g < groups; g++) {
    const at = g * unit.length;
    persons.push(person('Ursula Kern', at));
    orgs.push(org('Kern', at + 7)); // inside the person: dropped
    orgs.push(org('Kernpartei', at + 17)); // free: kept
    places.push(place('partei', at + 21)); // inside the kept org: dropped
    places.push(place('Bonn', at + 31)); // free: kept
  }
  if (shuffle) orgs.reverse();
  return resolveEntities(buildDoc('t.txt', text), persons, orgs, places);
}

describe('resolveEntities', () => {
  it('drops the same overlapping spans with few spans (tested one by one) and many (indexed)', () => {
    for (const [groups, shuffle] of [[1, false], [3, false], [20, false], [20, true]] as const) {
      const { actors, places } = overlapDocument(groups, shuffle);
      const count = (name: string) => actors.find((a) => a.name === name)?.mentions.length ?? 0;
      expect(count('Ursula Kern'), `${groups}`).toBe(groups);
      expect(count('Kernpartei'), `${groups}`).toBe(groups);
      expect(count('Kern'), `${groups}`).toBe(0);
      expect(places.map((p) => [p.name, p.mentions.length]), `${groups}`).toEqual([['Bonn', groups]]);
    }
  });

  it('keeps each mention once, in text order, for few mentions and for many', () => {
    for (const n of [3, 16, 17, 40]) {
      const text = 'Die Nato. '.repeat(n);
      const spans = Array.from({ length: n }, (_, k) => org('Nato', k * 10 + 4));
      // Every span twice, the second round backwards.
      const { actors } = resolveEntities(buildDoc('t.txt', text), [], [...spans, ...[...spans].reverse()], []);
      expect(actors).toHaveLength(1);
      expect(actors[0]!.mentions.map((m) => m.start)).toEqual(spans.map((s) => s.start));
    }
  });

  it('joins a surname to the first full name that has it, and variants to their name', () => {
    const text = 'Anna Müller und Peter Müller. Müller sagte. Wolodymyr Selenskyj traf Selenskij.';
    const doc = buildDoc('t.txt', text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const mentions = [
      person('Müller', at('Müller sagte')),
      person('Peter Müller', at('Peter Müller')),
      person('Anna Müller', at('Anna Müller')),
      person('Wolodymyr Selenskyj', at('Wolodymyr')),
      person('Selenskij', at('Selenskij')),
    ];
    const actors = resolveEntities(doc, mentions, [], []).actors.map((a) => [a.name, a.aliases]);
    expect(actors).toEqual([
      ['Anna Müller', ['Müller']],
      ['Peter Müller', []],
      ['Wolodymyr Selenskyj', ['Selenskij']],
    ]);
    // The same through the extractor.
    expect(resolveEntities(doc, extractPersons(doc), [], []).actors.map((a) => a.name)).toContain('Anna Müller');
  });
});
