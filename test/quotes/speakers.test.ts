// Speaker rules beyond a reporting verb's own subject: role compounds, places in a
// speaker's attributes, fronted sources of "hieß es", unnamed spokespeople and bodies,
// pronouns after a genitive attribute, and the subject of a clause without a reporting verb.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import type { EntitySpec } from './helpers.js';
import { docOf, entitiesOf, expectSpansTrue } from './helpers.js';

function run(text: string, spec: EntitySpec) {
  const doc = docOf(text);
  const entities = entitiesOf(text, spec);
  const { quotes } = extractQuotes(doc, entities);
  const claims = extractClaims(doc, entities);
  expectSpansTrue(doc, quotes);
  expectSpansTrue(doc, claims);
  return { quotes: quotes.map((q) => [q.text, q.speaker]), claims: claims.map((c) => [c.text, c.speaker]) };
}

describe('the person, not the organisation of a role compound', () => {
  it('"sagte die SPD-Politikerin" after a report of that politician', () => {
    const text = 'Entwicklungsministerin Svenja Schulze (SPD) forderte mehr Hilfe für Gaza. „Die Lage der Kinder ist katastrophal“, sagte die SPD-Politikerin.';
    const spec: EntitySpec = { persons: [{ name: 'Svenja Schulze', roles: ['Entwicklungsministerin'] }], orgs: [{ name: 'SPD', subtype: 'party' }], places: ['Gaza'] };
    expect(run(text, spec).quotes).toEqual([['Die Lage der Kinder ist katastrophal', 'Svenja Schulze']]);
  });

  it('the organisation where no person fits', () => {
    const text = '„Die Lage der Kinder ist katastrophal“, sagte ein CDU-Politiker.';
    expect(run(text, { orgs: [{ name: 'CDU', subtype: 'party' }] }).quotes).toEqual([['Die Lage der Kinder ist katastrophal', 'CDU']]);
  });

  it('a spokesperson compound still speaks for the organisation', () => {
    const text = '„Wir beobachten die Lage“, sagte ein Pentagon-Sprecher.';
    expect(run(text, { orgs: ['Pentagon'] }).quotes).toEqual([['Wir beobachten die Lage', 'Pentagon']]);
  });
});

describe('places in a speaker phrase', () => {
  it('a city where the body sits is not the speaker', () => {
    const text = 'Ein Sprecher des Regionalkommandos in Gao sagte, man sei „zuversichtlich“, die Stadt zu halten.';
    const { quotes, claims } = run(text, { places: [{ name: 'Gao', type: 'city' }] });
    expect(quotes).toEqual([['zuversichtlich', null]]);
    expect(claims).toEqual([['man sei „zuversichtlich“, die Stadt zu halten', null]]);
  });

  it('a capital in the same place still speaks for its state', () => {
    const text = 'Ein Sprecher der Regierung in Kiew sagte, die Front sei stabil.';
    expect(run(text, { places: [{ name: 'Kiew', type: 'city' }] }).claims).toEqual([['die Front sei stabil', 'Ukraine']]);
  });
});

describe('"hieß es" with the source fronted', () => {
  it('"Im Pentagon hieß es, …"', () => {
    const text = 'Im Pentagon hieß es, man verfolge die Manöver „sehr genau“.';
    const { quotes, claims } = run(text, { orgs: ['Pentagon'] });
    expect(claims).toEqual([['man verfolge die Manöver „sehr genau“', 'Pentagon']]);
    expect(quotes).toEqual([['sehr genau', 'Pentagon']]);
  });

  it('"In Moskau hieß es, …": a capital speaks for its state', () => {
    const text = 'In Moskau hieß es, die Gespräche würden fortgesetzt.';
    expect(run(text, { places: [{ name: 'Moskau', type: 'city' }] }).claims).toEqual([['die Gespräche würden fortgesetzt', 'Russland']]);
  });

  it('a fronted phrase that names nobody leaves the report context', () => {
    const text = 'Die Hamas äußerte sich am Abend. In einer Erklärung hieß es, die Verhandlungen seien gescheitert.';
    expect(run(text, { orgs: ['Hamas'] }).claims).toEqual([['die Verhandlungen seien gescheitert', 'Hamas']]);
  });
});

describe('unnamed speakers from the context', () => {
  it('"Ein Sprecher fügte hinzu" right after a person\'s report', () => {
    const text = 'UN-Generalsekretär António Guterres teilte mit, dass die Mission beendet werde. Ein Sprecher fügte hinzu, der Abzug werde „mindestens ein Jahr“ dauern.';
    const { claims } = run(text, { persons: ['António Guterres'], orgs: [{ name: 'UN', subtype: 'igo' }] });
    expect(claims).toEqual([
      ['die Mission beendet werde', 'António Guterres'],
      ['der Abzug werde „mindestens ein Jahr“ dauern', 'António Guterres'],
    ]);
  });

  it('not when the person\'s report lies further back', () => {
    const text = 'Guterres teilte mit, dass die Mission beendet werde. Die Soldaten packen. Die Lager werden geräumt. Ein Sprecher sagte, der Abzug werde dauern.';
    expect(run(text, { persons: ['António Guterres'] }).claims.at(-1)).toEqual(['der Abzug werde dauern', null]);
  });

  it('"Das Süd-Kommando": a command is the military organisation named just before', () => {
    const text = 'Die Volksbefreiungsarmee begann am Morgen ein Manöver. Das Süd-Kommando teilte mit, die Übungen sollten drei Tage dauern.';
    const spec: EntitySpec = { orgs: [{ name: 'Volksbefreiungsarmee', subtype: 'military' }] };
    expect(run(text, spec).claims).toEqual([['die Übungen sollten drei Tage dauern', 'Volksbefreiungsarmee']]);
  });
});

describe('pronouns', () => {
  it('"Sie" is the person in apposition, not the organisation in her genitive attribute', () => {
    const text = 'Die Leiterin des Kinderhilfswerks UNICEF, Catherine Russell, reiste nach Jemen. Sie kündigte an, das Hilfswerk werde mehr Nahrung liefern.';
    const spec: EntitySpec = { persons: ['Catherine Russell'], orgs: [{ name: 'UNICEF', subtype: 'igo', aliases: ['Kinderhilfswerks'] }], places: ['Jemen'] };
    expect(run(text, spec).claims).toEqual([['das Hilfswerk werde mehr Nahrung liefern', 'Catherine Russell']]);
  });
});

describe('the subject of a clause without a reporting verb', () => {
  const spec: EntitySpec = {
    persons: ['Ahmed Awad bin Mubarak', 'Abdel Fattah al-Burhan', 'Karim Khan'],
    orgs: [{ name: 'Huthi', subtype: 'military' }, { name: 'RSF', subtype: 'military' }],
  };

  it('a quoted phrase in a sentence about a person is that person\'s', () => {
    const text = 'Armeechef al-Burhan sagte: „Wir verhandeln nicht.“ Auch der jemenitische Außenminister Ahmed Awad bin Mubarak attackierte die Huthi als „Handlanger fremder Mächte“.';
    expect(run(text, spec).quotes).toEqual([['Wir verhandeln nicht.', 'Abdel Fattah al-Burhan'], ['Handlanger fremder Mächte', 'Ahmed Awad bin Mubarak']]);
  });

  it('a person in a prepositional phrase is not the subject', () => {
    const text = 'Armeechef al-Burhan sagte: „Wir verhandeln nicht.“ Nach einem Treffen mit Ahmed Awad bin Mubarak blieben die „sehr guten Gespräche“ ohne Folgen.';
    expect(run(text, spec).quotes.at(-1)).toEqual(['sehr guten Gespräche', 'Abdel Fattah al-Burhan']);
  });

  it('a coordinated reporting verb without its own subject', () => {
    const text = 'Armeechef Abdel Fattah al-Burhan war ebenfalls anwesend und sagte, die Armee werde nicht verhandeln.';
    expect(run(text, spec).claims).toEqual([['die Armee werde nicht verhandeln', 'Abdel Fattah al-Burhan']]);
  });

  it('a speech noun: "X vertritt die Ansicht, …"', () => {
    const text = 'Chefankläger Karim Khan vertritt die Ansicht, die Angriffe seien Kriegsverbrechen.';
    expect(run(text, spec).claims).toEqual([['die Angriffe seien Kriegsverbrechen', 'Karim Khan']]);
  });

  it('a Konjunktiv sentence after a sentence about a person, with no report before', () => {
    const text = 'Armeechef Abdel Fattah al-Burhan bedauerte den Bruch der Waffenruhe. Die Miliz habe die Abmachung gebrochen.';
    expect(run(text, spec).claims).toEqual([['Die Miliz habe die Abmachung gebrochen', 'Abdel Fattah al-Burhan']]);
  });
});

describe('adverbs around the speaker of "wie" and "so"', () => {
  it('"Wie schon die WHO mitteilte, …"', () => {
    const text = 'Wie schon die WHO mitteilte, sei die Cholera in Khartum ausgebrochen.';
    expect(run(text, { orgs: [{ name: 'WHO', subtype: 'igo' }], places: [{ name: 'Khartum', type: 'city' }] }).claims)
      .toEqual([['sei die Cholera in Khartum ausgebrochen', 'WHO']]);
  });

  it('"…, so X weiter."', () => {
    const text = 'Die Hilfe komme viel zu spät, so Guterres weiter.';
    expect(run(text, { persons: ['António Guterres'] }).claims).toEqual([['Die Hilfe komme viel zu spät', 'António Guterres']]);
  });

  it('"…, so X wörtlich."', () => {
    const text = 'Die Lager seien völlig überfüllt, so Guterres wörtlich.';
    expect(run(text, { persons: ['António Guterres'] }).claims).toEqual([['Die Lager seien völlig überfüllt', 'António Guterres']]);
  });
});
