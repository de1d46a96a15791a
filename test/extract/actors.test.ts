import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const actorsOf = (text: string) => extractDocument('t.txt', text).actors;
const person = (text: string, name: string) => actorsOf(text).find((a) => a.type === 'person' && a.name === name);
const names = (text: string, type: 'person' | 'organization') => actorsOf(text).filter((a) => a.type === type).map((a) => a.name);

describe('persons: role before name', () => {
  it('finds a compound role with a country prefix', () => {
    const p = person('US-Außenminister Antony Blinken reiste nach Tel Aviv.', 'Antony Blinken');
    expect(p).toMatchObject({ roles: ['US-Außenminister'], country: 'USA' });
  });

  it('takes the country from an adjective before the role', () => {
    const p = person('Der sudanesische Armeechef Abdel Fattah al-Burhan lehnte Gespräche ab.', 'Abdel Fattah al-Burhan');
    expect(p?.country).toBe('Sudan');
  });

  it('takes the country from a genitive before the role', () => {
    const p = person('Serbiens Präsident Aleksandar Vucic versetzte die Armee in Alarmbereitschaft.', 'Aleksandar Vucic');
    expect(p).toMatchObject({ country: 'Serbien', roles: ['Präsident'] });
  });

  it('reads inflected roles as their lemma', () => {
    const p = person('Peking empfing Taiwans früheren Präsidenten Ma Ying-jeou.', 'Ma Ying-jeou');
    expect(p?.roles).toEqual(['Präsident']);
  });

  it('reads a place word followed by a surname after a role as a given name', () => {
    const result = extractDocument('t.txt', 'Taiwans Verteidigungsminister Wellington Koo sagte, man sei bereit.');
    expect(result.actors.map((a) => a.name)).toEqual(['Wellington Koo']);
    expect(result.places.map((p) => p.name)).toEqual(['Taiwan']);
  });

  it('does not take a common noun after a role for a name', () => {
    expect(names('Der Präsident Soldaten schickte, sagte niemand.', 'person')).toEqual([]);
  });
});

describe('persons: apposition, speech verbs, first names', () => {
  it('finds the name in an apposition after the role phrase', () => {
    const p = person('Die Sprecherin des Auswärtigen Amts, Kathrin Deschauer, sagte, man sei besorgt.', 'Kathrin Deschauer');
    expect(p?.roles[0]).toMatch(/^Sprecherin/);
  });

  it('finds a name after a speech verb and links later surname mentions', () => {
    const text = 'Kosovos Regierungschef Albin Kurti warnte vor Eskalation. „Wir sind bereit“, sagte Kurti.';
    const p = person(text, 'Albin Kurti');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Albin Kurti', 'Kurti']);
  });

  it('recognises a known first name before a surname without any role', () => {
    expect(names('Auch Angela Merkel hatte davor gewarnt.', 'person')).toEqual(['Angela Merkel']);
  });

  it('joins transliteration variants of a surname', () => {
    const text = 'Präsident Wolodymyr Selenskyj bat um Hilfe. Selenskij sprach mit Biden.';
    const p = person(text, 'Wolodymyr Selenskyj');
    expect(p?.aliases).toEqual(['Selenskij']);
  });

  it('does not take a capitalised noun at the start of a sentence for a name', () => {
    expect(names('Soldaten sicherten die Grenze. Verhandlungen gab es keine.', 'person')).toEqual([]);
  });
});

describe('organisations', () => {
  it('finds lexicon organisations in any case form and with spelling variants', () => {
    const text = 'Ein Sprecher des Weißen Hauses sagte das. Laut dem Weissen Haus ist das falsch.';
    const org = actorsOf(text).find((a) => a.name === 'Weißes Haus');
    expect(org).toMatchObject({ type: 'organization', subtype: 'government' });
    expect(org?.mentions).toHaveLength(2);
  });

  it('finds organisations named inside compounds', () => {
    const text = 'Nato-Generalsekretär Mark Rutte traf den Kremlsprecher nicht.';
    expect(names(text, 'organization')).toEqual(expect.arrayContaining(['NATO', 'Kreml']));
  });

  it('finds a state body written as a country compound', () => {
    const org = actorsOf('Das US-Außenministerium rief zur Ausreise auf.').find((a) => a.name === 'US-Außenministerium');
    expect(org).toMatchObject({ subtype: 'government', country: 'USA' });
  });

  it('does not make a country an actor', () => {
    expect(names('Russland warf den USA einen Eskalationskurs vor.', 'organization')).toEqual([]);
  });
});

describe('places', () => {
  const placesOf = (text: string) => extractDocument('t.txt', text).places;

  it('finds countries, cities, regions and seas with canonical names and ISO codes', () => {
    const places = placesOf('Schiffe im Roten Meer, Kämpfe im Gazastreifen und in Khartum; die Vereinigten Staaten und Weißrussland reagierten.');
    expect(places.map((p) => [p.name, p.type])).toEqual([
      ['Rotes Meer', 'sea'],
      ['Gazastreifen', 'region'],
      ['Khartum', 'city'],
      ['USA', 'country'],
      ['Belarus', 'country'],
    ]);
    expect(places.find((p) => p.name === 'USA')?.code).toBe('US');
  });

  it('ignores adjectives and compounds whose head is something else', () => {
    expect(placesOf('Russische Truppen und US-Soldaten im Ukraine-Konflikt, der Nato-Gipfel tagte.')).toEqual([]);
  });

  it('reads an unknown name after a place preposition as a place, compound-shaped town names too', () => {
    expect(placesOf('Die Einheit wurde nach Kufstein und später nach Pokrowsk verlegt.').map((p) => p.name)).toEqual(['Kufstein', 'Pokrowsk']);
    expect(placesOf('Er kam aus Sicherheitsgründen nicht.')).toEqual([]);
  });

  it('keeps offsets exact', () => {
    const text = 'Truppen aus Serbiens Norden zogen nach Pristina.';
    for (const p of placesOf(text)) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('names: particles, honorifics, speech verbs', () => {
  it('keeps particles inside a name, capitalised or not', () => {
    expect(names('Bundespräsident Alexander Van der Bellen gratulierte.', 'person')).toEqual(['Alexander Van der Bellen']);
    expect(names('Verteidigungsminister Karl-Theodor zu Guttenberg besuchte Kundus.', 'person')).toEqual(['Karl-Theodor zu Guttenberg']);
  });

  it('does not run a full name on through a particle', () => {
    expect(names('Damals wechselte Eric Cantona zu United.', 'person')).toEqual(['Eric Cantona']);
  });

  it('does not read an article as a name particle', () => {
    expect(names('Nach einem Telefonat der Staatschefs erklärte das Weiße Haus, man sei einig.', 'person')).toEqual([]);
  });

  it('accepts a surname that looks like a compound after a role', () => {
    expect(names('Bundespräsident Steinmeier reiste nach Kiew.', 'person')).toEqual(['Steinmeier']);
  });

  it('finds a name right before a speech verb or after an honorific', () => {
    expect(names('„Wir bleiben“, Haftar sagte das am Montag.', 'person')).toEqual(['Haftar']);
    expect(names('Das bestätigte Frau Baerbock am Abend.', 'person')).toContain('Baerbock');
  });

  it('does not take a compound noun after "laut" for a person', () => {
    expect(names('Laut Verteidigungsministerium wurden Truppen verlegt.', 'person')).toEqual([]);
  });
});

describe('organisations: context rules', () => {
  it('counts an everyday word that names a paper only when set off as a name', () => {
    expect(names('Das sagte er der „Bild“ am Sonntag.', 'organization')).toEqual(['Bild']);
    expect(names('Das Bild der Lage ist unklar.', 'organization')).toEqual([]);
  });

  it('does not take a body narrowed by an adjective for the international one', () => {
    expect(names('Der Sekretär des nationalen Sicherheitsrats, Olexij Danilow, widersprach.', 'organization')).toEqual([]);
  });

  it('reads an organisation prefix before an elided compound', () => {
    expect(names('Er sagte im ZDF-„heute journal“, das sei falsch.', 'organization')).toContain('ZDF');
  });
});

describe('resolution of name forms', () => {
  it('joins a family name written first to the full name', () => {
    const text = 'Südkoreas Präsident Yoon Suk Yeol warnte Pjöngjang. „Wir sind bereit“, sagte Yoon.';
    expect(person(text, 'Yoon Suk Yeol')?.mentions.map((m) => m.text)).toEqual(['Yoon Suk Yeol', 'Yoon']);
  });

  it('joins spellings with and without diacritics', () => {
    const text = 'Serbiens Präsident Aleksandar Vučić drohte. Vucic sagte später, er wolle verhandeln.';
    expect(person(text, 'Aleksandar Vučić')?.aliases).toEqual(['Vucic']);
  });

  it('reads names with inner capitals', () => {
    expect(names('Er traf den Sprecher des Repräsentantenhauses, Kevin McCarthy, in Kalifornien.', 'person')).toEqual(['Kevin McCarthy']);
  });
});

describe('names typed by a kind noun', () => {
  it('makes the name after a company or militia noun an organisation, not a person', () => {
    const actors = actorsOf('Die Reederei Maersk teilte mit, sie meide das Rote Meer.');
    expect(actors.map((a) => [a.name, a.type])).toEqual([['Maersk', 'organization']]);
  });

  it('makes the name after a place noun a place', () => {
    const result = extractDocument('t.txt', 'Der Grenzübergang Kerem Schalom bleibt geschlossen, sagte ein Sprecher.');
    expect(result.places.map((p) => p.name)).toEqual(['Kerem Schalom']);
    expect(result.actors).toEqual([]);
  });

  it('takes an acronym right after an organisation for its short form', () => {
    const actors = actorsOf('Die Leiterin der US-Entwicklungsbehörde USAID, Samantha Power, reiste nach Eriwan.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.aliases])).toEqual([['US-Entwicklungsbehörde', ['USAID']]]);
  });
});
