import { describe, expect, it } from 'vitest';
import { ActorAggregator, PlaceAggregator, byCountThenName } from '../../src/output/aggregate.js';
import type { Actor, DocumentResult } from '../../src/types.js';
import { gazaDoc, sudanDoc } from './sample.js';

function docWith(file: string, actors: Actor[]): DocumentResult {
  return { file, meta: { url: null, title: null, published: null }, actors, places: [], troops: [], quotes: [], claims: [] };
}
const m = (text: string) => ({ start: 0, end: text.length, text });
const person = (name: string, mentions: number, extra: Partial<Actor> = {}): Actor => ({
  name, type: 'person', subtype: null, roles: [], country: null, aliases: [],
  mentions: Array.from({ length: mentions }, () => m(name)), ...extra,
});

describe('ActorAggregator', () => {
  it('merges the same actor across documents: counts add up, roles and aliases are unioned and sorted', () => {
    const agg = new ActorAggregator();
    agg.add(sudanDoc());
    agg.add(gazaDoc());
    const guterres = agg.result().find((a) => a.name === 'António Guterres')!;
    expect(guterres.count).toBe(3);
    expect(guterres.roles).toEqual(['Generalsekretär', 'UN-Generalsekretär']);
    expect(guterres.aliases).toEqual(['Guterres']);
    expect(guterres.documents).toEqual(['news/sudan.txt', 'news/gaza.txt']);
  });

  it('sorts by mentions, most first, then by name in code-unit order', () => {
    const agg = new ActorAggregator();
    agg.add(docWith('a.txt', [person('Wolodymyr Selenskyj', 2), person('Abiy Ahmed', 2), person('Ägypten-Gesandter', 2), person('Recep Tayyip Erdoğan', 5)]));
    // "Ä" (U+00C4) sorts after every ASCII letter in code-unit order.
    expect(agg.result().map((a) => a.name)).toEqual(['Recep Tayyip Erdoğan', 'Abiy Ahmed', 'Wolodymyr Selenskyj', 'Ägypten-Gesandter']);
  });

  it('keeps a person and an organisation with the same name apart', () => {
    const agg = new ActorAggregator();
    agg.add(docWith('a.txt', [
      person('Wagner', 1),
      { ...person('Wagner', 3), type: 'organization', subtype: 'military' },
    ]));
    const result = agg.result();
    expect(result.map((a) => [a.type, a.count])).toEqual([['organization', 3], ['person', 1]]);
  });

  it('takes the first known country and subtype, later documents do not overwrite them', () => {
    const agg = new ActorAggregator();
    agg.add(docWith('a.txt', [person('Aleksandar Vučić', 1)]));
    agg.add(docWith('b.txt', [person('Aleksandar Vučić', 1, { country: 'Serbien' })]));
    agg.add(docWith('c.txt', [person('Aleksandar Vučić', 1, { country: 'Kosovo' })]));
    expect(agg.result()[0]!.country).toBe('Serbien');
  });

  it('does not list the canonical name among the aliases', () => {
    const agg = new ActorAggregator();
    agg.add(docWith('a.txt', [person('Hamas', 1, { type: 'organization', aliases: ['Hamas', 'HAMAS'] })]));
    expect(agg.result()[0]!.aliases).toEqual(['HAMAS']);
  });

  it('writes aggregate keys in the contract order', () => {
    const agg = new ActorAggregator();
    agg.add(gazaDoc());
    expect(Object.keys(agg.result()[0]!)).toEqual(['name', 'type', 'subtype', 'roles', 'country', 'aliases', 'count', 'documents']);
  });
});

describe('PlaceAggregator', () => {
  it('merges places by type and name, sorted by count then name', () => {
    const agg = new PlaceAggregator();
    agg.add(sudanDoc());
    agg.add(gazaDoc());
    agg.add(sudanDoc('news/sudan-2.txt'));
    const result = agg.result();
    expect(result.map((p) => [p.name, p.count])).toEqual([
      ['El Fasher', 2], ['Khartum', 2], ['Gaza', 1], ['Israel', 1], ['Jerusalem', 1],
    ]);
    expect(result[0]!.documents).toEqual(['news/sudan.txt', 'news/sudan-2.txt']);
    expect(Object.keys(result[0]!)).toEqual(['name', 'type', 'code', 'aliases', 'count', 'documents']);
    expect(result.find((p) => p.name === 'Israel')!).toMatchObject({ code: 'IL', aliases: ['Israels'] });
  });
});

describe('byCountThenName', () => {
  it('is stable for equal count and name', () => {
    const list = [{ name: 'X', count: 1, tag: 1 }, { name: 'X', count: 1, tag: 2 }, { name: 'X', count: 1, tag: 3 }];
    expect(byCountThenName(list).map((x) => x.tag)).toEqual([1, 2, 3]);
  });
});
