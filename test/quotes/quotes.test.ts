import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import type { EntitySpec } from './helpers.js';
import { docOf, entitiesOf, expectSpansTrue } from './helpers.js';

function quotesOf(text: string, spec: EntitySpec = {}) {
  const doc = docOf(text);
  const { quotes, warnings } = extractQuotes(doc, entitiesOf(text, spec));
  expectSpansTrue(doc, quotes);
  return { quotes, warnings, brief: quotes.map((q) => [q.text, q.speaker, q.kind]) };
}

const SUDAN: EntitySpec = {
  persons: [{ name: 'Abdel Fattah al-Burhan', roles: ['Armeechef'], country: 'Sudan', aliases: ['Burhan'] }, { name: 'Mohammed Hamdan Daglo', aliases: ['Daglo'] }],
  orgs: [{ name: 'RSF', subtype: 'military' }, { name: 'UN', subtype: 'igo' }],
  places: ['Sudan', 'Khartum'],
};

describe('speaker before the quote', () => {
  it('X sagte: „…“', () => {
    const text = 'Armeechef Abdel Fattah al-Burhan sagte: „Wir werden Khartum nicht aufgeben.“';
    expect(quotesOf(text, SUDAN).brief).toEqual([['Wir werden Khartum nicht aufgeben.', 'Abdel Fattah al-Burhan', 'direct']]);
  });

  it('a fronted phrase before the verb: Der Zeitung sagte er: „…“', () => {
    const text = 'Mohammed Hamdan Daglo führt die RSF. Der Nachrichtenagentur AFP sagte er: „Wir sind stärker als je zuvor.“';
    expect(quotesOf(text, SUDAN).brief).toEqual([['Wir sind stärker als je zuvor.', 'Mohammed Hamdan Daglo', 'direct']]);
  });

  it('a speaker with an apposition: Der Sprecher der RSF, Name, sagte: „…“', () => {
    const text = 'Der Sprecher der Regierung in Khartum, Khalid al-Aiser, sagte: «Die Verhandlungen sind ausgesetzt.»';
    const { brief } = quotesOf(text, { persons: ['Khalid al-Aiser'], places: ['Khartum'] });
    expect(brief).toEqual([['Die Verhandlungen sind ausgesetzt.', 'Khalid al-Aiser', 'direct']]);
  });

  it('a speaker and a colon without a verb: „BKA-Präsident X: …“', () => {
    const text = 'Kosovos Premier Albin Kurti: „Wir lassen uns nicht erpressen.“';
    expect(quotesOf(text, { persons: ['Albin Kurti'] }).brief).toEqual([['Wir lassen uns nicht erpressen.', 'Albin Kurti', 'direct']]);
  });
});

describe('speaker after the quote', () => {
  it('„…“, sagte X.', () => {
    const text = '„Die Waffenruhe hält“, sagte UN-Generalsekretär António Guterres am Montag in New York.';
    expect(quotesOf(text, { persons: ['António Guterres'] }).brief).toEqual([['Die Waffenruhe hält', 'António Guterres', 'direct']]);
  });

  it('„…“, so X.', () => {
    const text = 'Es gebe „keinen Plan B“, so Malis Übergangspräsident Assimi Goïta.';
    expect(quotesOf(text, { persons: ['Assimi Goïta'], places: ['Mali'] }).brief).toEqual([['keinen Plan B', 'Assimi Goïta', 'partial']]);
  });

  it('„…“, erklärte der Sprecher des Weißen Hauses, Y.', () => {
    const text = '„Wir beobachten die Manöver vor Taiwan genau“, erklärte der Sprecher des Weißen Hauses, John Kirby.';
    const spec = { persons: ['John Kirby'], orgs: [{ name: 'Weißes Haus', aliases: ['Weißen Hauses'] }], places: ['Taiwan'] };
    const { brief } = quotesOf(text, spec);
    expect(brief).toEqual([['Wir beobachten die Manöver vor Taiwan genau', 'John Kirby', 'direct']]);
  });

  it('a spokesperson without a name speaks for the organisation named in the phrase', () => {
    const text = '„Wir beobachten die Manöver genau“, erklärte ein Sprecher des Pentagon.';
    expect(quotesOf(text, { orgs: ['Pentagon'] }).brief).toEqual([['Wir beobachten die Manöver genau', 'Pentagon', 'direct']]);
  });

  it('„…“, teilte X mit.', () => {
    const text = '„Die Grenze zu Serbien bleibt geschlossen“, teilte die Polizei in Pristina mit.';
    const { quotes } = quotesOf(text, { places: [{ name: 'Pristina', type: 'city' }, 'Serbien'] });
    expect(quotes.map((q) => [q.text, q.verb, q.kind])).toEqual([['Die Grenze zu Serbien bleibt geschlossen', 'teilte mit', 'direct']]);
  });

  it('a pronoun speaker is the person just named, not the one in a prepositional phrase', () => {
    const text = 'Nach seinem Treffen mit Premier Albin Kurti reiste Präsident Aleksandar Vučić ab. „Wir wollen keinen Krieg“, sagte er in Belgrad.';
    const { brief } = quotesOf(text, { persons: ['Albin Kurti', 'Aleksandar Vučić'], places: [{ name: 'Belgrad', type: 'city' }] });
    expect(brief).toEqual([['Wir wollen keinen Krieg', 'Aleksandar Vučić', 'direct']]);
  });

  it('a pronoun speaker carries on the current speaker across a sentence without names', () => {
    const text = 'Der Premier Albin Kurti warf Belgrad Provokationen vor. Die Lage im Norden bleibt angespannt. „Wir sind bereit“, sagte er.';
    const { brief } = quotesOf(text, { persons: ['Albin Kurti'], places: [{ name: 'Belgrad', type: 'city' }] });
    expect(brief).toEqual([['Wir sind bereit', 'Albin Kurti', 'direct']]);
  });
});

describe('speakers described, not named', () => {
  const BALKANS: EntitySpec = {
    persons: [
      { name: 'Aleksandar Vučić', roles: ['Präsident'], country: 'Serbien' },
      { name: 'Vjosa Osmani', roles: ['Präsidentin'], country: 'Kosovo' },
    ],
    places: ['Serbien', 'Kosovo', { name: 'Brüssel', type: 'city' }],
  };

  it('a role with a country adjective is the person with that role and country', () => {
    const text = 'Vučić und Osmani trafen sich in Brüssel. Das Treffen sei „ein erster Schritt“ gewesen, sagte die kosovarische Präsidentin.';
    expect(quotesOf(text, BALKANS).brief).toEqual([['ein erster Schritt', 'Vjosa Osmani', 'partial']]);
  });

  it('the same role of another country does not fit', () => {
    const text = 'Osmani und Vučić trafen sich in Brüssel. Von „Fortschritt“ könne keine Rede sein, sagte der serbische Präsident.';
    expect(quotesOf(text, BALKANS).brief).toEqual([['Fortschritt', 'Aleksandar Vučić', 'partial']]);
  });

  it('sie can be an organisation', () => {
    const text = 'Die Hamas veröffentlichte am Abend ein Video. „Die Geiseln leben“, erklärte sie dazu.';
    expect(quotesOf(text, { orgs: [{ name: 'Hamas', subtype: 'military' }] }).brief).toEqual([['Die Geiseln leben', 'Hamas', 'direct']]);
  });

  it('er is never an organisation', () => {
    const text = 'Die Hamas veröffentlichte am Abend ein Video. „Die Geiseln leben“, erklärte er dazu.';
    expect(quotesOf(text, { orgs: [{ name: 'Hamas', subtype: 'military' }] }).brief).toEqual([['Die Geiseln leben', null, 'direct']]);
  });

  it('a spokesperson of nobody named is nobody', () => {
    const text = '„Wir prüfen die Berichte“, sagte ein Sprecher am Montag.';
    expect(quotesOf(text).brief).toEqual([['Wir prüfen die Berichte', null, 'direct']]);
  });
});

describe('quotes without a frame of their own', () => {
  it('a quote in the next sentence continues the speaker', () => {
    const text = '„Wir werden antworten“, sagte Israels Armeesprecher Daniel Hagari. „Die Hamas wird den Preis zahlen.“';
    const { brief } = quotesOf(text, { persons: ['Daniel Hagari'], orgs: ['Hamas'], places: ['Israel'] });
    expect(brief).toEqual([
      ['Wir werden antworten', 'Daniel Hagari', 'direct'],
      ['Die Hamas wird den Preis zahlen.', 'Daniel Hagari', 'direct'],
    ]);
  });

  it('a headline quote takes the speaker of the same words in the text', () => {
    const text = 'Mali: Junta spricht von "Verrat"\n\nDie Übergangsregierung in Bamako hat den Abzug der Blauhelme als "Verrat" bezeichnet.';
    const doc = docOf(text);
    const { quotes } = extractQuotes(doc, entitiesOf(text, { places: [{ name: 'Bamako', type: 'city' }, 'Mali'] }));
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Verrat', 'Mali'], ['Verrat', 'Mali']]);
  });
});

describe('partial quotes and their speakers', () => {
  it('a verb with a quoted object: sprach von einem „…“', () => {
    const text = 'Daglo sprach von einem „historischen Sieg“ und „völliger Kontrolle“ über Khartum.';
    expect(quotesOf(text, SUDAN).brief).toEqual([
      ['historischen Sieg', 'Mohammed Hamdan Daglo', 'partial'],
      ['völliger Kontrolle', 'Mohammed Hamdan Daglo', 'partial'],
    ]);
  });

  it('a state speaks: Mali hat … als «…» bezeichnet', () => {
    const text = 'Mali hat den Rückzug der Minusma als «überstürzte Flucht» bezeichnet.';
    expect(quotesOf(text, { orgs: ['Minusma'], places: ['Mali'] }).brief).toEqual([['überstürzte Flucht', 'Mali', 'partial']]);
  });

  it('a capital speaks for its state', () => {
    const text = 'Peking nannte die Manöver eine „notwendige Warnung“ an Taipeh.';
    const spec = { places: [{ name: 'Peking', type: 'city' as const }, { name: 'Taipeh', type: 'city' as const }] };
    expect(quotesOf(text, spec).brief).toEqual([['notwendige Warnung', 'China', 'partial']]);
  });

  it('an unnamed ministry speaks for the state of the report', () => {
    const text = 'Serbien hat die Festnahme als „Provokation“ bezeichnet. Die Lage sei „nicht mehr tragbar“, teilte das Außenministerium mit.';
    const { brief } = quotesOf(text, { places: ['Serbien'] });
    expect(brief).toEqual([['Provokation', 'Serbien', 'partial'], ['nicht mehr tragbar', 'Serbien', 'partial']]);
  });

  it('a government body with a country prefix speaks for its state', () => {
    const text = 'Die US-Regierung warnte vor einer „gefährlichen Eskalation“ in der Straße von Taiwan.';
    const { brief } = quotesOf(text, { orgs: [{ name: 'US-Regierung', country: 'USA' }], places: ['Taiwan'] });
    expect(brief).toEqual([['gefährlichen Eskalation', 'USA', 'partial']]);
  });

  it('laut X, X zufolge, nach Angaben von X', () => {
    const text = [
      'Laut UN-Sprecher Stéphane Dujarric ist die Lage in Gaza „katastrophal“ und „unerträglich für die Zivilisten“.',
      'Der Hilfsorganisation MSF zufolge sind die Kliniken „am Ende ihrer Kräfte und ohne Strom“.',
      'Nach Angaben von Gesundheitsminister Majid Abu Ramadan fehlen „Medikamente für mehrere tausend Patienten“.',
    ].join(' ');
    const { quotes } = quotesOf(text, { persons: ['Stéphane Dujarric', 'Majid Abu Ramadan'], orgs: ['MSF'], places: ['Gaza'] });
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['katastrophal', 'Stéphane Dujarric'],
      ['unerträglich für die Zivilisten', 'Stéphane Dujarric'],
      ['am Ende ihrer Kräfte und ohne Strom', 'MSF'],
      ['Medikamente für mehrere tausend Patienten', 'Majid Abu Ramadan'],
    ]);
  });

  it('a quoted fragment in a reported clause belongs to the reporter', () => {
    const text = 'Die Gespräche seien „konstruktiv, aber schwierig“ gewesen, teilte der Vermittler Ramtane Lamamra mit.';
    expect(quotesOf(text, { persons: ['Ramtane Lamamra'] }).brief).toEqual([['konstruktiv, aber schwierig', 'Ramtane Lamamra', 'partial']]);
  });

  it('a Konjunktiv sentence after a report carries its quote to the same speaker', () => {
    const text = 'Kurti erklärte, Serbien habe die Grenze blockiert. Das sei „ein Angriff auf unsere Souveränität“.';
    const { brief } = quotesOf(text, { persons: [{ name: 'Albin Kurti', aliases: ['Kurti'] }], places: ['Serbien'] });
    expect(brief).toEqual([['ein Angriff auf unsere Souveränität', 'Albin Kurti', 'partial']]);
  });
});

describe('names and titles in quotation marks are not quotes', () => {
  it.each([
    ['a newspaper named as an entity', 'Die "New York Times" berichtete über Kämpfe in Darfur.', { orgs: ['New York Times'] }],
    ['a title after its kind', 'Die Zeitung „Haaretz“ berichtete über die Offensive.', {}],
    ['an operation', 'Israel begann die Operation „Eiserne Schwerter“ am Morgen.', { places: ['Israel'] }],
    ['a compound with the name', 'Das sagte er der „Bild“-Zeitung am Sonntag.', {}],
    ['a broadcast after a prefix', 'Das sagte sie im ZDF-„heute journal“ am Abend.', {}],
    ['a so-called term', 'Russland spricht von einer sogenannten „Spezialoperation“.', { places: ['Russland'] }],
    ['a force named as an entity', 'Über die Aktivierung der "NATO Response Force" entscheidet die NATO.', { orgs: ['NATO Response Force', 'NATO'] }],
  ])('%s', (_what, text, spec) => {
    expect(quotesOf(text, spec as EntitySpec).quotes).toEqual([]);
  });

  it('a name in marks still names the speaker', () => {
    const text = 'Die „Washington Post“ berichtete, Taiwan habe die Reserve mobilisiert.';
    const doc = docOf(text);
    expect(extractQuotes(doc, entitiesOf(text, { orgs: ['Washington Post'], places: ['Taiwan'] })).quotes).toEqual([]);
  });

  it('an unframed scare quote of a single word is no quote, a quoted sentence is', () => {
    const text = 'In Gao demonstrierten Hunderte gegen den „Neokolonialismus“. „Wir wollen Frieden und Brot, sonst nichts.“';
    expect(quotesOf(text).brief).toEqual([['Wir wollen Frieden und Brot, sonst nichts.', null, 'direct']]);
  });
});

describe('warnings', () => {
  it('an unbalanced mark yields a warning and no quote, and the rest of the document still counts', () => {
    const text = 'Der Sprecher sagte: „Die Armee zieht sich zurück.\n\nAm Abend erklärte Guterres: „Wir brauchen eine Feuerpause.“';
    const { brief, warnings } = quotesOf(text, { persons: ['António Guterres'] });
    expect(brief).toEqual([['Wir brauchen eine Feuerpause.', 'António Guterres', 'direct']]);
    expect(warnings).toHaveLength(1);
  });
});
