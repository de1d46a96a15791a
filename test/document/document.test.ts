import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';

const sentencesOf = (text: string) => {
  const doc = buildDoc('x.txt', text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('header lines', () => {
  it('reads url, title and Stand: into metadata and keeps them out of the content', () => {
    const text = 'url : https://example.org/sudan\n#news \n\n---\n\n Khartum meldet neue Kämpfe\n\nStand: 15.04.2023 18:05 Uhr\n\nIn Khartum wird gekämpft.\n';
    const doc = buildDoc('a.txt', text);
    expect(doc.meta).toEqual({ url: 'https://example.org/sudan', title: 'Khartum meldet neue Kämpfe', published: '2023-04-15T18:05:00' });
    const content = doc.regions.map((r) => text.slice(r.start, r.end));
    expect(content).toEqual(['Khartum meldet neue Kämpfe', 'In Khartum wird gekämpft.']);
  });

  it('takes the headline of a date line as title and as content, without date and Stand', () => {
    const text = ' date 2023-10 Gaza-Krieg Israel ruft Reservisten ein Stand: 08.10.2023 09:15 Uhr\n\nText.';
    const doc = buildDoc('b.txt', text);
    expect(doc.meta.title).toBe('Gaza-Krieg Israel ruft Reservisten ein');
    expect(doc.meta.published).toBe('2023-10-08T09:15:00');
    expect(text.slice(doc.regions[0]!.start, doc.regions[0]!.end)).toBe('Gaza-Krieg Israel ruft Reservisten ein');
  });

  it('drops image lines, boxes, footers and photo credits', () => {
    const text = 'Soldaten in Pristina | AP\n\n![](https://x/y.jpg)\n\nBox aufklappen\n\nDer Text. Bild: via REUTERS\n\nÜber dieses Thema berichtete die tagesschau am 01. Februar 2022 um 06:00 Uhr.';
    const doc = buildDoc('c.txt', text);
    expect(doc.regions.map((r) => text.slice(r.start, r.end))).toEqual(['Soldaten in Pristina', 'Der Text.']);
  });

  it('strips markdown heading and bullet markers from content', () => {
    const text = '## Lage in Taiwan\n\n-   Peking schickt Kampfjets.';
    const doc = buildDoc('d.txt', text);
    expect(doc.regions.map((r) => text.slice(r.start, r.end))).toEqual(['Lage in Taiwan', 'Peking schickt Kampfjets.']);
  });
});

describe('sentence splitting', () => {
  it('does not split after abbreviations', () => {
    expect(sentencesOf('Die Armee verlegte ca. 3000 Soldaten, u.a. nach Gao. Dr. Traoré bestätigte das.')).toEqual([
      'Die Armee verlegte ca. 3000 Soldaten, u.a. nach Gao.',
      'Dr. Traoré bestätigte das.',
    ]);
  });

  it('does not split after ordinals and inside dates', () => {
    expect(sentencesOf('Die Gespräche am 9. und 10. Januar in Genf endeten am 01.02.2022 ohne Ergebnis. Danach reiste er ab.')).toEqual([
      'Die Gespräche am 9. und 10. Januar in Genf endeten am 01.02.2022 ohne Ergebnis.',
      'Danach reiste er ab.',
    ]);
    expect(sentencesOf('Am 24. Februar begann der Krieg.')).toHaveLength(1);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(sentencesOf('Er sagte: «Wir bleiben.» Dann ging er.')).toEqual(['Er sagte: «Wir bleiben.»', 'Dann ging er.']);
    expect(sentencesOf('„Das ist ernst.“ Die Lage bleibt angespannt.')).toEqual(['„Das ist ernst.“', 'Die Lage bleibt angespannt.']);
  });

  it('keeps initials inside names', () => {
    expect(sentencesOf('John F. Kennedy war Präsident. Er starb 1963.')).toEqual(['John F. Kennedy war Präsident.', 'Er starb 1963.']);
  });

  it('never lets a sentence cross a line break', () => {
    expect(sentencesOf('Überschrift ohne Punkt\nDer erste Satz.')).toEqual(['Überschrift ohne Punkt', 'Der erste Satz.']);
  });
});

describe('tokens', () => {
  it('keeps compounds whole and offsets exact', () => {
    const text = 'US-Präsident Joe Biden schickt 8500 Soldaten.';
    const doc = buildDoc('e.txt', text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['US-Präsident', 'Joe', 'Biden', 'schickt', '8500', 'Soldaten', '.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentence splitting before numbers', () => {
  it('starts a new sentence at a number after a full stop', () => {
    expect(sentencesOf('Die USA wollen Truppen verlegen. 1000 Soldaten sind schon dort.')).toEqual([
      'Die USA wollen Truppen verlegen.',
      '1000 Soldaten sind schon dort.',
    ]);
  });

  it('keeps dates written with spaces and counts after abbreviations together', () => {
    expect(sentencesOf('Am 9. 10. 2022 kamen ca. 300 Mann.')).toHaveLength(1);
    expect(sentencesOf('Gesucht wird Nr. 12 der Liste.')).toHaveLength(1);
  });
});
