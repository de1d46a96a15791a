import { describe, expect, test } from 'vitest';
import { lexicon } from '../../src/lexicon/index.js';

const L = lexicon();
const org = (s: string) => L.orgBySurface.get(s);

describe('organizations', () => {
  test('names, aliases and inflected forms', () => {
    expect(org('Nato')).toMatchObject({ name: 'NATO', subtype: 'igo', country: null });
    expect(org('Vereinten Nationen')?.name).toBe('UN');
    expect(org('Europäischen Union')?.name).toBe('EU');
    expect(org('Weisses Haus')).toMatchObject({ name: 'Weißes Haus', subtype: 'government', country: 'USA' });
    expect(org('Weißen Hauses')?.name).toBe('Weißes Haus');
    expect(org('Kremls')?.name).toBe('Kreml');
    expect(org('Elysée')?.name).toBe('Élyséepalast');
    expect(org('Sicherheitsrat')?.name).toBe('UN-Sicherheitsrat');
    expect(org('Organisation für Sicherheit und Zusammenarbeit in Europa')?.name).toBe('OSZE');
    expect(org('Hisbollah')).toMatchObject({ subtype: 'military', country: 'Libanon' });
    expect(org('Rapid Support Forces')?.name).toBe('RSF');
    expect(org('SPD')).toMatchObject({ subtype: 'party', country: 'Deutschland' });
    expect(org('Interfax')).toMatchObject({ subtype: 'media', country: 'Russland' });
    expect(org('Bild-Zeitung')?.name).toBe('Bild');
  });

  test('every org has a known subtype and country', () => {
    const subtypes = new Set(['igo', 'government', 'military', 'party', 'media', 'other']);
    const countries = new Set(L.places.filter((p) => p.type === 'country').map((p) => p.name));
    for (const o of L.organizations) {
      expect(subtypes.has(o.subtype), o.name).toBe(true);
      if (o.country !== null) expect(countries.has(o.country), `${o.name}: ${o.country}`).toBe(true);
    }
  });

  test('ordinary German words are weak aliases, not plain surfaces', () => {
    for (const w of ['Bild', 'Linke', 'Grünen', 'Demokraten', 'Spiegel', 'Stern', 'Welt']) {
      expect(org(w), w).toBeUndefined();
      expect(L.orgByWeakSurface.get(w), w).toBeDefined();
    }
    expect(L.orgByWeakSurface.get('Linke')?.name).toBe('Die Linke');
  });

  test('short ambiguous aliases are case-sensitive', () => {
    expect(L.findOrg('AP')?.name).toBe('AP');
    expect(L.findOrg('ap')).toBeUndefined();
    expect(L.findOrg('is')).toBeUndefined();
    expect(L.findOrg('nato')?.name).toBe('NATO');
    expect(L.findOrg('weisses haus')?.name).toBe('Weißes Haus');
  });

  test('compound prefixes name organisations', () => {
    expect(L.orgByPrefix.get('Kreml')?.name).toBe('Kreml');
    expect(L.orgByPrefix.get('Nato')?.name).toBe('NATO');
    expect(L.orgByPrefix.get('NATO')?.name).toBe('NATO');
    expect(L.orgByPrefix.get('EU')?.name).toBe('EU');
    expect(L.orgByPrefix.get('SPD')?.name).toBe('SPD');
    expect(L.orgByPrefix.get('Pentagon')?.name).toBe('Pentagon');
    expect(L.orgByPrefix.get('Linken')?.name).toBe('Die Linke');
    expect(L.orgByPrefix.get('ABC')).toBeUndefined();
  });

  test('splitCompound: hyphenated and glued compounds', () => {
    expect(L.splitCompound('Kremlsprecher')).toMatchObject({ prefix: 'Kreml', rest: 'sprecher', country: null });
    expect(L.splitCompound('Kremlsprecher')?.org?.name).toBe('Kreml');
    expect(L.splitCompound('Pentagonsprecher')?.org?.name).toBe('Pentagon');
    expect(L.splitCompound('EU-Kommissionschefin')?.org?.name).toBe('EU');
    expect(L.splitCompound('Nato-Generalsekretär')?.org?.name).toBe('NATO');
    expect(L.splitCompound('US-Soldaten')).toMatchObject({ prefix: 'US', rest: 'Soldaten', org: null, country: 'USA' });
    expect(L.splitCompound('Saudi-Arabien-Reise')?.country).toBe('Saudi-Arabien');
    expect(L.splitCompound('Hamas-Kämpfer')?.org?.name).toBe('Hamas');
    expect(L.splitCompound('Russlandkenner')?.country).toBe('Russland');
    // no split where the rest is too short or the prefix is not ours
    expect(L.splitCompound('Iraner')).toBeNull();
    expect(L.splitCompound('Perugia')).toBeNull();
    expect(L.splitCompound('Soldaten')).toBeNull();
    expect(L.splitCompound('Nigerianer')).toBeNull(); // Nigeria + "ner", not Niger + "ianer"
    expect(L.splitCompound('Iranerin')?.country).toBe('Iran');
    // names glue onto ordinary words only where curated
    for (const w of ['Bildschirm', 'Spiegelbild', 'Funkenflug', 'Artefakt', 'Radarstation', 'Legalität', 'Schaschlik']) {
      expect(L.splitCompound(w), w).toBeNull();
    }
    expect(L.splitCompound('Bundeswehrsoldaten')?.org?.name).toBe('Bundeswehr');
    expect(L.splitCompound('Hamaskämpfer')?.org?.name).toBe('Hamas');
  });
});

describe('named bodies of a country', () => {
  test('a country plus a generic body gives the named org', () => {
    expect(L.orgForBody('Frankreich', 'Präsidialamt')?.name).toBe('Élyséepalast');
    expect(L.orgForBody('USA', 'Verteidigungsministerium')?.name).toBe('Pentagon');
    expect(L.orgForBody('Deutschland', 'Aussenministerium')?.name).toBe('Auswärtiges Amt');
    expect(L.orgForBody('Russland', 'Parlament')?.name).toBe('Duma');
    expect(L.orgForBody('Polen', 'Präsidialamt')).toBeUndefined();
  });

  test('every generic body named by an org is a known body', () => {
    for (const o of L.organizations) {
      for (const b of o.bodyOf) {
        expect(o.country, o.name).not.toBeNull();
        expect(L.orgBodies.has(b) || b === o.name, `${o.name}: ${b}`).toBe(true);
      }
    }
  });
});
