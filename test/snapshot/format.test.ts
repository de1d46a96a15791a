import { describe, expect, it } from 'vitest';
import { diffResults, formatReport } from '../../src/snapshot/index.js';
import { gaza, snapshot, sudan } from './fixtures.js';

describe('formatReport', () => {
  it('says so when nothing changed', () => {
    expect(formatReport([], { snapshot: 'snapshot.json', documents: 2 })).toBe('snapshot.json: no changes (2 documents)\n');
    expect(formatReport([], { snapshot: 's.json', documents: 1 })).toBe('s.json: no changes (1 document)\n');
  });

  it('reads per document and field, then sums up', () => {
    const [g, s] = [gaza(), sudan()];
    g.actors.push({
      name: 'John Kirby', type: 'person', subtype: null, roles: ['Pentagon-Sprecher'], country: null, aliases: [],
      mentions: [{ text: 'John Kirby', start: 180, end: 190 }],
    });
    Object.assign(s.troops[0]!, { value: 9000, min: 9000, max: 9000 });
    s.quotes[0]!.speaker = null;
    const changes = diffResults(
      snapshot([gaza(), sudan()]),
      snapshot([g, s, sudan('news/sudan-2.txt')], [{ file: 'news/fehlt.txt', message: 'no such file or directory: news/fehlt.txt' }]),
    );
    expect(formatReport(changes, { snapshot: 'snapshot.json', documents: 3 })).toBe([
      'news/fehlt.txt:',
      '  new error: no such file or directory',
      'news/gaza.txt:',
      '  actors: + John Kirby (person): Pentagon-Sprecher',
      'news/sudan-2.txt: new document (2 actors, 2 places, 1 troop count, 1 quote, 1 claim)',
      'news/sudan.txt:',
      '  troops: count of „Rund 10.000 Soldaten“: ≈10000 → ≈9000',
      '  quotes: speaker of „Die Welt schaut weg.“: António Guterres → null',
      'snapshot.json: drift: 2 documents changed, 1 added, 0 removed, 0 unchanged, 1 error change',
      'to accept these changes, write the snapshot again: crisis-extract all <paths> --json > snapshot.json',
      '',
    ].join('\n'));
  });

  it('names removed documents and list changes', () => {
    const g = gaza();
    g.actors[0]!.roles = ['Ministerpräsident'];
    const text = formatReport(diffResults(snapshot(), snapshot([g])), { snapshot: 'alt.json', documents: 1 });
    expect(text).toContain('news/sudan.txt: document no longer in the result\n');
    expect(text).toContain('  actors: roles of Benjamin Netanjahu (person): + Ministerpräsident, - Regierungschef\n');
    expect(text).toContain('alt.json: drift: 1 document changed, 0 added, 1 removed, 0 unchanged\n');
  });

  it('escapes control characters and escape sequences from the input', () => {
    const g = gaza();
    g.actors[0]!.name = 'Benjamin\u001b[2J Netanjahu';
    g.quotes.push({ speaker: 'X\u0007', verb: 'sagte', kind: 'direct', text: 'Ende\u009b31m', start: 0, end: 8, sentence: '' });
    const text = formatReport(diffResults(snapshot(), snapshot([g, sudan()])), { snapshot: 'a\u001b.json', documents: 2 });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('Benjamin\\x1b[2J Netanjahu (person)');
    expect(text).toContain('„Ende\\x9b31m“: X\\x07, sagte');
  });
});
