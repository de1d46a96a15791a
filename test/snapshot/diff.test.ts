import { describe, expect, it } from 'vitest';
import { diffResults, matchByKey, type Change } from '../../src/snapshot/index.js';
import type { ActorRecord, DocumentRecord } from '../../src/output/records.js';
import { gaza, snapshot, sudan } from './fixtures.js';

/** Diff of the two-document snapshot against a copy changed by `edit`. */
function diffAfter(edit: (docs: { gaza: DocumentRecord; sudan: DocumentRecord }) => void): Change[] {
  const docs = { gaza: gaza(), sudan: sudan() };
  edit(docs);
  return diffResults(snapshot(), snapshot([docs.gaza, docs.sudan]));
}

const kirby: ActorRecord = {
  name: 'John Kirby', type: 'person', subtype: null, roles: ['Pentagon-Sprecher'], country: 'Vereinigte Staaten',
  aliases: ['Kirby'], mentions: [{ text: 'John Kirby', start: 180, end: 190 }],
};

describe('diffResults: documents', () => {
  it('finds nothing between equal results', () => {
    expect(diffResults(snapshot(), snapshot())).toEqual([]);
  });

  it('reports documents added and removed by file, with what a new one holds', () => {
    const changes = diffResults(snapshot([gaza(), sudan()]), snapshot([gaza(), sudan('news/sudan-2.txt')]));
    expect(changes).toEqual([
      { file: 'news/sudan.txt', section: 'documents', kind: 'removed', item: 'news/sudan.txt' },
      {
        file: 'news/sudan-2.txt', section: 'documents', kind: 'added', item: 'news/sudan-2.txt',
        detail: '2 actors, 2 places, 1 troop count, 1 quote, 1 claim',
      },
    ]);
  });

  it('reports a change of document order when nothing else changed', () => {
    expect(diffResults(snapshot([gaza(), sudan()]), snapshot([sudan(), gaza()]))).toEqual([
      { file: '', section: 'documents', kind: 'changed', item: 'documents', property: 'order' },
    ]);
  });

  it('reports metadata by field', () => {
    const changes = diffAfter(({ sudan }) => { sudan.meta.title = 'Hunger in Darfur'; });
    expect(changes).toEqual([{
      file: 'news/sudan.txt', section: 'meta', kind: 'changed', item: 'meta', property: 'title',
      before: 'Hungersnot in Darfur', after: 'Hunger in Darfur',
    }]);
  });
});

describe('diffResults: actors and places, keyed by name', () => {
  it('reports an actor added, with its roles and country', () => {
    const changes = diffAfter(({ gaza }) => { gaza.actors.push(kirby); });
    expect(changes).toEqual([{
      file: 'news/gaza.txt', section: 'actors', kind: 'added', item: 'John Kirby (person)',
      detail: 'Pentagon-Sprecher, Vereinigte Staaten',
    }]);
  });

  it('reports an actor removed', () => {
    const changes = diffAfter(({ gaza }) => { gaza.actors = gaza.actors.filter((a) => a.name !== 'UN'); });
    expect(changes).toEqual([{ file: 'news/gaza.txt', section: 'actors', kind: 'removed', item: 'UN (organization)', detail: 'igo' }]);
  });

  it('matches actors by name, not by position: a removal in front is one change', () => {
    const changes = diffAfter(({ gaza }) => { gaza.actors.shift(); });
    expect(changes.map((c) => `${c.kind} ${c.item}`)).toEqual(['removed Benjamin Netanjahu (person)']);
  });

  it('the same name with another type is another actor', () => {
    const changes = diffAfter(({ sudan }) => { sudan.actors[1]!.type = 'person'; });
    expect(changes.map((c) => `${c.kind} ${c.item}`)).toEqual(['removed RSF (organization)', 'added RSF (person)']);
  });

  it('reports roles and aliases as entries in and out, other fields as before → after', () => {
    const changes = diffAfter(({ gaza }) => {
      const guterres = gaza.actors.find((a) => a.name === 'António Guterres')!;
      guterres.roles = ['UN-Generalsekretär', 'Diplomat'];
      guterres.country = 'Portugal';
    });
    expect(changes).toEqual([
      { file: 'news/gaza.txt', section: 'actors', kind: 'changed', item: 'António Guterres (person)', property: 'roles', detail: '+ Diplomat, - Generalsekretär' },
      { file: 'news/gaza.txt', section: 'actors', kind: 'changed', item: 'António Guterres (person)', property: 'country', before: 'null', after: 'Portugal' },
    ]);
  });

  it('reports a mention found or lost, and mentions that only moved', () => {
    const found = diffAfter(({ gaza }) => {
      gaza.actors[0]!.mentions.push({ text: 'Netanjahu', start: 300, end: 309 });
    });
    expect(found).toEqual([{
      file: 'news/gaza.txt', section: 'actors', kind: 'changed', item: 'Benjamin Netanjahu (person)', property: 'mentions',
      before: '1', after: '2', detail: '+ „Netanjahu“ at 300',
    }]);
    const moved = diffAfter(({ gaza }) => {
      const m = gaza.actors[0]!.mentions[0]!;
      Object.assign(m, { start: m.start + 5, end: m.end + 5 });
    });
    expect(moved[0]).toMatchObject({ property: 'mentions', before: '1', after: '1', detail: 'moved 23 → 28' });
  });

  it('keys places by name and reports their fields', () => {
    const changes = diffAfter(({ gaza }) => {
      gaza.places.find((p) => p.name === 'Gaza')!.type = 'city';
      gaza.places.push({ name: 'Rafah', type: 'city', code: null, aliases: [], mentions: [] });
    });
    expect(changes).toEqual([
      { file: 'news/gaza.txt', section: 'places', kind: 'added', item: 'Rafah', detail: 'city' },
      { file: 'news/gaza.txt', section: 'places', kind: 'changed', item: 'Gaza', property: 'type', before: 'region', after: 'city' },
    ]);
  });
});

describe('diffResults: troops, quotes and claims, keyed by their text', () => {
  it('reports a changed count as one change, in the table notation', () => {
    const changes = diffAfter(({ sudan }) => { Object.assign(sudan.troops[0]!, { value: 9000, min: 9000, max: 9000 }); });
    expect(changes).toEqual([{
      file: 'news/sudan.txt', section: 'troops', kind: 'changed', item: '„Rund 10.000 Soldaten“', property: 'count',
      before: '≈10000', after: '≈9000',
    }]);
  });

  it('shows the fields when a count changes but reads the same', () => {
    const changes = diffAfter(({ sudan }) => { Object.assign(sudan.troops[0]!, { min: null, max: null }); });
    expect(changes[0]).toMatchObject({ property: 'count', before: 'min 10000, max 10000', after: 'min null, max null' });
  });

  it('matches a count that moved (text edited above it) and reports only the move', () => {
    const changes = diffAfter(({ sudan }) => {
      const t = sudan.troops[0]!;
      Object.assign(t, { start: t.start + 12, end: t.end + 12 });
    });
    expect(changes).toEqual([{
      file: 'news/sudan.txt', section: 'troops', kind: 'changed', item: '„Rund 10.000 Soldaten“', property: 'position',
      before: '78–98', after: '90–110',
    }]);
  });

  it('matches a count whose span was read differently by overlap, not as removed + added', () => {
    const changes = diffAfter(({ sudan }) => {
      const t = sudan.troops[0]!;
      Object.assign(t, { text: '10.000 Soldaten', start: t.start + 5, approx: false });
    });
    expect(changes.map((c) => `${c.kind} ${c.property}: ${c.before} → ${c.after}`)).toEqual([
      'changed count: ≈10000 → 10000',
      'changed position: 78–98 → 83–98',
      'changed text: Rund 10.000 Soldaten → 10.000 Soldaten',
    ]);
  });

  it('reports a quote whose speaker changed', () => {
    const changes = diffAfter(({ sudan }) => { sudan.quotes[0]!.speaker = null; });
    expect(changes).toEqual([{
      file: 'news/sudan.txt', section: 'quotes', kind: 'changed', item: '„Die Welt schaut weg.“', property: 'speaker',
      before: 'António Guterres', after: 'null',
    }]);
  });

  it('reports claims found and lost with their speakers', () => {
    const changes = diffAfter(({ sudan, gaza }) => {
      gaza.claims.push({ ...sudan.claims[0]!, speaker: null, start: 10, end: 42 });
      sudan.claims = [];
    });
    expect(changes).toEqual([
      { file: 'news/gaza.txt', section: 'claims', kind: 'added', item: '„in Khartum drohe eine Hungersnot“', detail: 'no speaker, warnte' },
      { file: 'news/sudan.txt', section: 'claims', kind: 'removed', item: '„in Khartum drohe eine Hungersnot“', detail: 'António Guterres, warnte' },
    ]);
  });

  it('cuts long quotes in labels', () => {
    const changes = diffAfter(({ sudan }) => {
      sudan.quotes[0]!.text = 'Die Welt schaut weg, während in Darfur Hunderttausende hungern und fliehen.';
      sudan.quotes[0]!.end = sudan.quotes[0]!.start + sudan.quotes[0]!.text.length;
    });
    expect(changes[0]!.item).toBe('„Die Welt schaut weg.“');
    expect(changes.find((c) => c.property === 'text')!.after).toBe('Die Welt schaut weg, während in Darfur…');
  });
});

describe('diffResults: errors and the completeness invariant', () => {
  it('reports input errors that came, went or changed', () => {
    const before = snapshot([gaza()], [
      { file: 'a.txt', message: 'no such file or directory: a.txt' },
      { file: 'b.txt', message: 'permission denied: b.txt' },
    ]);
    const after = snapshot([gaza()], [
      { file: 'b.txt', message: 'file too large (63.2 MB > 50 MB limit; raise it with --max-size): b.txt' },
      { file: 'c.txt', message: 'is a directory: c.txt' },
    ]);
    expect(diffResults(before, after).map((c) => `${c.file} ${c.kind}`)).toEqual(['a.txt removed', 'c.txt added', 'b.txt changed']);
  });

  it('reports items that only changed order', () => {
    const changes = diffAfter(({ gaza }) => { gaza.places.reverse(); });
    expect(changes).toEqual([{ file: 'news/gaza.txt', section: 'places', kind: 'changed', item: 'places', property: 'order' }]);
  });

  it('reports a field it does not know (a later schema) rather than calling the results equal', () => {
    const changes = diffAfter(({ sudan }) => { (sudan.troops[0] as unknown as Record<string, unknown>).confidence = 0.9; });
    expect(changes).toEqual([{
      file: 'news/sudan.txt', section: 'troops', kind: 'changed', item: '„Rund 10.000 Soldaten“', property: 'confidence',
      before: '(none)', after: '0.9',
    }]);
  });
});

describe('matchByKey', () => {
  it('pairs the n-th item of a key with the n-th', () => {
    const pairs = matchByKey(['a1', 'b1', 'a2'], ['a3', 'a4', 'a5'], (s) => s[0]!);
    expect(pairs).toEqual({ matched: [['a1', 'a3'], ['a2', 'a4']], removed: ['b1'], added: ['a5'] });
  });
});
