import { describe, expect, test } from 'vitest';
import { countryName, lexicon } from '../../src/lexicon/index.js';

const L = lexicon();
const place = (s: string) => L.placeBySurface.get(s);

describe('countries', () => {
  test('canonical names come from the overrides, aliases from i18n and data', () => {
    expect(place('Weißrussland')?.name).toBe('Belarus');
    expect(place('Weissrussland')?.name).toBe('Belarus');
    expect(place('Vereinigte Staaten')).toMatchObject({ name: 'USA', code: 'US', type: 'country' });
    expect(place('Vereinigte Staaten von Amerika')?.name).toBe('USA');
    expect(place('Großbritannien')?.code).toBe('GB');
    expect(place('Vereinigtes Königreich')?.name).toBe('Großbritannien');
    expect(place('Tschechische Republik')?.name).toBe('Tschechien');
    expect(place('Moldawien')?.name).toBe('Moldau');
    expect(place('Kosovo')).toMatchObject({ code: 'XK', type: 'country' });
    expect(place('Syrien')?.code).toBe('SY');
    expect(place('Syrien, Arabische Republik')).toBeUndefined();
  });

  test('genitive and inflected forms resolve to the country', () => {
    expect(place('Russlands')?.name).toBe('Russland');
    expect(place('Chinas')?.name).toBe('China');
    expect(place('Frankreichs')?.name).toBe('Frankreich');
    expect(place('Vereinigten Staaten')?.name).toBe('USA');
    expect(place('Vereinigten Arabischen Emiraten')?.name).toBe('Vereinigte Arabische Emirate');
    // plural and feminine names take no -s
    expect(place('USAs')).toBeUndefined();
    expect(place('Ukraines')).toBeUndefined();
  });

  test('every ISO country has a code and its own name as country', () => {
    const countries = L.places.filter((p) => p.type === 'country');
    expect(countries.length).toBeGreaterThan(240);
    for (const c of countries) {
      expect(c.code, c.name).toMatch(/^[A-Z]{2}$/);
      expect(c.country).toBe(c.name);
      expect(L.countryByCode.get(c.code!)).toBe(c);
    }
  });

  test('countryName maps codes to the usual short name', () => {
    expect(countryName('US')).toBe('USA');
    expect(countryName('gb')).toBe('Großbritannien');
    expect(countryName('RU')).toBe('Russland');
    expect(countryName('ZZ')).toBeNull();
  });

  test('adjective stems map to countries', () => {
    expect(L.countryByAdjective.get('französisch')).toBe('Frankreich');
    expect(L.countryByAdjective.get('russisch')).toBe('Russland');
    expect(L.countryByAdjective.get('weißrussisch')).toBe('Belarus');
    expect(L.countryByAdjective.get('weissrussisch')).toBe('Belarus');
    expect(L.countryByAdjective.get('us-amerikanisch')).toBe('USA');
    expect(L.countryByAdjective.get('britisch')).toBe('Großbritannien');
    expect(L.countryByAdjective.get('kosovarisch')).toBe('Kosovo');
    expect(L.countryByAdjective.get('sudanesisch')).toBe('Sudan');
    expect(L.countryByAdjective.get('taiwanisch')).toBe('Taiwan');
    expect(L.countryByAdjective.get('palästinensisch')).toBe('Palästinensische Gebiete');
    expect(L.regionByAdjective.get('europäisch')).toBe('Europa');
  });

  test('nearly every sovereign state has an adjective', () => {
    const withAdj = new Set(L.countryByAdjective.values());
    expect(withAdj.size).toBeGreaterThanOrEqual(195);
  });

  test('compound prefixes map to countries, keeping their case', () => {
    expect(L.countryByPrefix.get('US')).toBe('USA');
    expect(L.countryByPrefix.get('Russland')).toBe('Russland');
    expect(L.countryByPrefix.get('Ukraine')).toBe('Ukraine');
    expect(L.countryByPrefix.get('Nato')).toBeUndefined();
  });
});

describe('cities, regions, seas', () => {
  test('exonyms and transliterations', () => {
    expect(place('Kyjiw')).toMatchObject({ name: 'Kiew', type: 'city', country: 'Ukraine', code: null });
    expect(place('Kiews')?.name).toBe('Kiew');
    expect(place('Charkow')?.name).toBe('Charkiw');
    expect(place('Priština')?.name).toBe('Pristina');
    expect(place('Pristina')?.country).toBe('Kosovo');
    expect(place('Taipei')?.name).toBe('Taipeh');
    expect(place('Khartoum')?.name).toBe('Khartum');
    expect(place('Genf')?.country).toBe('Schweiz');
    expect(place('Den Haag')?.country).toBe('Niederlande');
  });

  test('ambiguous city names are flagged, not dropped', () => {
    expect(place('Essen')).toMatchObject({ type: 'city', ambiguous: true });
    expect(place('Halle')?.ambiguous).toBe(true);
    expect(place('Berlin')?.ambiguous).toBeUndefined();
  });

  test('regions and seas with inflected forms', () => {
    expect(place('Donbas')).toMatchObject({ name: 'Donbass', type: 'region', country: 'Ukraine' });
    expect(place('Gaza')?.name).toBe('Gazastreifen');
    expect(place('Naher Osten')?.name).toBe('Nahost');
    expect(place('Nahen Osten')?.name).toBe('Nahost');
    expect(place('Baltikum')?.country).toBeNull();
    expect(place('Schwarzen Meer')).toMatchObject({ name: 'Schwarzes Meer', type: 'sea' });
    expect(place('Schwarzen Meeres')?.name).toBe('Schwarzes Meer');
    expect(place('Roten Meer')?.name).toBe('Rotes Meer');
    expect(place('Persischen Golf')?.name).toBe('Persischer Golf');
    expect(place('Strasse von Hormus')?.name).toBe('Straße von Hormus');
    expect(place('Ostsee')?.type).toBe('sea');
  });

  test('findPlace is tolerant of case, ß and diacritics', () => {
    expect(L.findPlace('WEISSRUSSLAND')?.name).toBe('Belarus');
    expect(L.findPlace('Bogota')?.name).toBe('Bogotá');
    expect(L.findPlace('Atlantis')).toBeUndefined();
  });

  test('every entry has a valid type and a name that resolves to itself', () => {
    const types = new Set(['country', 'city', 'region', 'sea', 'other']);
    for (const p of L.places) {
      expect(types.has(p.type), p.name).toBe(true);
      if (!p.ambiguous) expect(L.placeBySurface.get(p.name), p.name).toBe(p);
    }
  });
});

describe('city adjectives', () => {
  test('indeclinable city adjectives name the city', () => {
    expect(L.cityByAdjective.get('Moskauer')?.name).toBe('Moskau');
    expect(L.cityByAdjective.get('Kiewer')?.country).toBe('Ukraine');
    expect(L.cityByAdjective.get('Münchner')?.name).toBe('München');
    expect(L.cityByAdjective.get('römisch')?.name).toBe('Rom');
    expect(L.cityByAdjective.get('Moskau')).toBeUndefined();
  });
});
