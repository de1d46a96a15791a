import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import type { EntitySpec } from '../quotes/helpers.js';
import { docOf, entitiesOf, expectSpansTrue } from '../quotes/helpers.js';

function claimsOf(text: string, spec: EntitySpec = {}) {
  const doc = docOf(text);
  const claims = extractClaims(doc, entitiesOf(text, spec));
  expectSpansTrue(doc, claims);
  return claims.map((c) => [c.text, c.speaker, c.verb]);
}

const GAZA: EntitySpec = {
  persons: [{ name: 'Benjamin Netanjahu', roles: ['Regierungschef'], country: 'Israel' }, { name: 'Daniel Hagari', roles: ['Armeesprecher'] }],
  orgs: [{ name: 'Hamas', subtype: 'military' }, { name: 'UNRWA', subtype: 'igo' }],
  places: ['Israel', 'Gaza', 'Ägypten'],
};

describe('a reporting verb with its clause', () => {
  it('a dass-clause, without "dass" and without the frame', () => {
    const text = 'Armeesprecher Daniel Hagari sagte, dass die Truppen den Norden von Gaza kontrollierten.';
    expect(claimsOf(text, GAZA)).toEqual([['die Truppen den Norden von Gaza kontrollierten', 'Daniel Hagari', 'sagte']]);
  });

  it('a Konjunktiv clause after the verb', () => {
    const text = 'Netanjahu betonte am Abend, eine Waffenruhe komme nicht in Frage.';
    expect(claimsOf(text, GAZA)).toEqual([['eine Waffenruhe komme nicht in Frage', 'Benjamin Netanjahu', 'betonte']]);
  });

  it('a Konjunktiv clause before the frame: …, teilte X mit', () => {
    const text = 'Die Lieferungen über Rafah seien erneut gestoppt worden, teilte das UNRWA am Dienstag mit.';
    expect(claimsOf(text, GAZA)).toEqual([['Die Lieferungen über Rafah seien erneut gestoppt worden', 'UNRWA', 'teilte mit']]);
  });

  it('the verb as written, with its auxiliary and particle', () => {
    const text = [
      'Ägypten hatte zuvor bekannt gegeben, dass der Grenzübergang geöffnet werde.',
      'Die Hamas räumte ein, dass Kämpfer getötet worden seien.',
      'Netanjahu kündigte an, die Armee werde die Offensive ausweiten.',
    ].join(' ');
    expect(claimsOf(text, GAZA).map((c) => c[2])).toEqual(['hatte bekannt gegeben', 'räumte ein', 'kündigte an']);
  });

  it('„…“, so X — a report with the speaker after it, in the indicative too', () => {
    const text = 'Die Kämpfe in al-Faschir dauern an, so ein Sprecher der Vereinten Nationen.';
    expect(claimsOf(text, { orgs: [{ name: 'UN', aliases: ['Vereinten Nationen'], subtype: 'igo' }] }))
      .toEqual([['Die Kämpfe in al-Faschir dauern an', 'UN', 'so']]);
  });

  it('a state as speaker: Russland dementierte, dass …', () => {
    const text = 'Moskau dementierte, dass russische Söldner in Mali kämpften.';
    expect(claimsOf(text, { places: [{ name: 'Moskau', type: 'city' }, 'Mali'] }))
      .toEqual([['russische Söldner in Mali kämpften', 'Russland', 'dementierte']]);
  });

  it('wie es aus … hieß', () => {
    const text = 'Ein Treffen in Kairo sei für Donnerstag geplant, wie es aus Kreisen der ägyptischen Regierung hieß.';
    expect(claimsOf(text, GAZA)).toEqual([['Ein Treffen in Kairo sei für Donnerstag geplant', 'Ägypten', 'hieß']]);
  });
});

describe('Konjunktiv sentences that carry a report on', () => {
  it('are claims of the same speaker, with the same verb', () => {
    const text = [
      'Der kosovarische Premier Albin Kurti erklärte, serbische Einheiten hätten die Grenze überschritten.',
      'Sie seien inzwischen wieder abgezogen.',
      'Die Nato habe Beobachter entsandt.',
    ].join(' ');
    expect(claimsOf(text, { persons: ['Albin Kurti'], orgs: ['Nato'] })).toEqual([
      ['serbische Einheiten hätten die Grenze überschritten', 'Albin Kurti', 'erklärte'],
      ['Sie seien inzwischen wieder abgezogen', 'Albin Kurti', 'erklärte'],
      ['Die Nato habe Beobachter entsandt', 'Albin Kurti', 'erklärte'],
    ]);
  });

  it('follow a report that itself is no claim (a zu-infinitive)', () => {
    const text = 'Taiwans Verteidigungsministerium kündigte an, die Reserve einzuberufen. Die Lage sei ernst.';
    const spec = { orgs: [{ name: 'Verteidigungsministerium', country: 'Taiwan' }] };
    expect(claimsOf(text, spec)).toEqual([['Die Lage sei ernst', 'Verteidigungsministerium', 'kündigte an']]);
  });

  it('stop carrying the speaker after several sentences without a report', () => {
    const text = [
      'Netanjahu sagte, der Krieg werde lange dauern.',
      'Die Armee rückte vor.', 'Hunderte flohen nach Süden.', 'Die Versorgung brach zusammen.', 'Es fehlt an Wasser.',
      'Eine Lösung sei nicht in Sicht.',
    ].join(' ');
    expect(claimsOf(text, GAZA)).toEqual([
      ['der Krieg werde lange dauern', 'Benjamin Netanjahu', 'sagte'],
      ['Eine Lösung sei nicht in Sicht', null, null],
    ]);
  });
});

describe('what is not a claim', () => {
  it.each([
    ['a zu-infinitive complement', 'Die Hamas kündigte an, weitere Geiseln freizulassen.'],
    ['a noun object', 'Israel warf der Hamas einen Bruch der Waffenruhe vor.'],
    ['laut X with the indicative', 'Laut UNRWA sind mehr als eine Million Menschen auf der Flucht.'],
    ['nach Angaben von X with the indicative', 'Nach Angaben der Hamas wurden zwölf Menschen getötet.'],
    ['a thought, not a statement', 'Beobachter befürchten, Ägypten könnte die Grenze schließen.'],
    ['a speech noun without a clause', 'Die Erklärung der Hamas wurde am Abend in Gaza veröffentlicht.'],
    ['a negated report', 'Die Armee wollte nicht bestätigen, dass Kampfjets im Einsatz seien.'],
    ['a direct quote with its frame', '„Wir werden siegen“, sagte Netanjahu.'],
  ])('%s', (_what, text) => {
    expect(claimsOf(text, GAZA)).toEqual([]);
  });

  it('laut X with the Konjunktiv is one', () => {
    const text = 'Laut UNRWA seien die Vorräte in zwei Tagen aufgebraucht.';
    expect(claimsOf(text, GAZA)).toEqual([['Laut UNRWA seien die Vorräte in zwei Tagen aufgebraucht', 'UNRWA', 'Laut']]);
  });

  it('X zufolge with the Konjunktiv is one', () => {
    const text = 'Der Armee zufolge habe es keine zivilen Opfer gegeben.';
    expect(claimsOf(text, { orgs: [{ name: 'Armee', subtype: 'military' }] }))
      .toEqual([['Der Armee zufolge habe es keine zivilen Opfer gegeben', 'Armee', 'zufolge']]);
  });
});

describe('claims and quotes together', () => {
  it('a claim keeps its quoted words in its text', () => {
    const text = 'Der UN-Nothilfekoordinator Martin Griffiths sagte, die Lage in Darfur sei „apokalyptisch“.';
    expect(claimsOf(text, { persons: ['Martin Griffiths'] })).toEqual([['die Lage in Darfur sei „apokalyptisch“', 'Martin Griffiths', 'sagte']]);
  });

  it('a Konjunktiv statement of a continued report keeps the reporter after a paragraph break', () => {
    const text = 'Kirby sagte, die Manöver vor Taiwan seien „provokativ“.\n\nPeking müsse die Übungen beenden.';
    expect(claimsOf(text, { persons: [{ name: 'John Kirby', aliases: ['Kirby'] }], places: [{ name: 'Peking', type: 'city' }] })).toEqual([
      ['die Manöver vor Taiwan seien „provokativ“', 'John Kirby', 'sagte'],
      ['Peking müsse die Übungen beenden', 'John Kirby', 'sagte'],
    ]);
  });
});
