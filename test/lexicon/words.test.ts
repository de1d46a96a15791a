import { describe, expect, test } from 'vitest';
import { lexicon } from '../../src/lexicon/index.js';

const L = lexicon();

describe('roles', () => {
  test('heads are lower-case and sorted longest first', () => {
    expect(L.roleHeads).toContain('präsident');
    expect(L.roleHeads).toContain('sprecher');
    expect(L.roleHeads).toContain('aussenminister');
    for (const h of L.roleHeads) expect(h).toBe(h.toLowerCase());
    for (let i = 1; i < L.roleHeads.length; i++) {
      expect(L.roleHeads[i - 1]!.length).toBeGreaterThanOrEqual(L.roleHeads[i]!.length);
    }
  });

  test('titles and country roles', () => {
    expect(L.roleTitles.has('Generalleutnant')).toBe(true);
    expect(L.roleTitles.has('Dr.')).toBe(true);
    expect(L.countryRoles.get('Kremlchef')).toBe('Russland');
    expect(L.countryRoles.get('Bundeskanzler')).toBe('Deutschland');
    expect(L.countryRoles.get('Bundesaussenministerin')).toBe('Deutschland');
    expect(L.countryRoles.has('Bundespräsident')).toBe(false);
    expect(L.orgBodies.get('Aussenministerium')).toBe('government');
    expect(L.orgBodies.get('Armee')).toBe('military');
  });
});

describe('names and function words', () => {
  test('first names across languages', () => {
    for (const n of ['Angela', 'Olaf', 'Wladimir', 'Wolodymyr', 'Sergej', 'Dmitri', 'Olena', 'Mohammed', 'Recep', 'Emmanuel', 'Joe', 'Ursula', 'Antony']) {
      expect(L.firstNames.has(n), n).toBe(true);
    }
    expect(L.firstNames.has('Will')).toBe(false);
    expect(L.ambiguousFirstNames.has('Mark')).toBe(true);
    expect(L.familyFirstNames.has('Xi')).toBe(true);
    expect(L.firstNames.size).toBeGreaterThan(1500);
  });

  test('particles', () => {
    for (const p of ['von', 'van', 'der', 'de', 'bin', 'al']) expect(L.nameParticles.has(p), p).toBe(true);
    expect(L.nameHyphenParticles.has('al')).toBe(true);
  });

  test('function words are capitalised non-names', () => {
    for (const w of ['Der', 'Laut', 'Während', 'Unterdessen', 'Montag', 'Dezember', 'Dennoch']) {
      expect(L.functionWords.has(w), w).toBe(true);
    }
    expect(L.functionWords.has('Merkel')).toBe(false);
    expect(L.functionWords.size).toBeGreaterThan(300);
  });
});

describe('isCommonNoun', () => {
  test('inflected noun forms are nouns, names are not', () => {
    expect(L.isCommonNoun('Soldaten')).toBe(true);
    expect(L.isCommonNoun('Soldat')).toBe(true);
    expect(L.isCommonNoun('Regierung')).toBe(true);
    expect(L.isCommonNoun('Truppen')).toBe(true);
    expect(L.isCommonNoun('Scholz')).toBe(false);
    expect(L.isCommonNoun('Merkel')).toBe(false);
  });

  test('our lexicons veto the dictionary, ambiguous entries do not', () => {
    expect(L.isCommonNoun('Kreml')).toBe(false); // a noun in the dictionary, an org here
    expect(L.isCommonNoun('Nato')).toBe(false);
    expect(L.isCommonNoun('Rom')).toBe(false);
    expect(L.isCommonNoun('Koch')).toBe(true); // surnames that are nouns stay nouns
    expect(L.isCommonNoun('Müller')).toBe(true);
    expect(L.isCommonNoun('Essen')).toBe(true); // ambiguous city
    expect(L.isCommonNoun('Bild')).toBe(true); // weak org alias
  });
});

describe('SortedWords', () => {
  test('binary search and the Set it switches to agree', async () => {
    const { SortedWords } = await import('../../src/lexicon/common-nouns.js');
    const words = ['Abend', 'Bahn', 'Zug', 'Ärger', 'Öl', 'Übung'].sort();
    const list = new SortedWords(words.join('\n') + '\n');
    const probes = [...words, 'Abe', 'Bahnen', 'Zz', '', 'A', 'Übungen'];
    const before = probes.map((p) => list.has(p));
    for (let i = 0; i < SortedWords.TABLE_AFTER; i++) list.has('Zug');
    expect(probes.map((p) => list.has(p))).toEqual(before);
    expect(before).toEqual([true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  test('never reports an excluded word, before and after the switch', async () => {
    const { SortedWords } = await import('../../src/lexicon/common-nouns.js');
    const list = new SortedWords('Bahn\nKreml\nNato\nZug\n', new Set(['Kreml', 'Nato']));
    const probes = ['Bahn', 'Kreml', 'Nato', 'Zug'];
    expect(probes.map((p) => list.has(p))).toEqual([true, false, false, true]);
    for (let i = 0; i < SortedWords.TABLE_AFTER; i++) list.has('Zug');
    expect(probes.map((p) => list.has(p))).toEqual([true, false, false, true]);
  });

  test('the hash table it switches to holds every listed word, and only those', async () => {
    const { readFileSync } = await import('node:fs');
    const { WordTable } = await import('../../src/lexicon/common-nouns.js');
    const { COMMON_NOUNS_FILE } = await import('../../src/lexicon/data-file.js');
    const text = readFileSync(COMMON_NOUNS_FILE, 'utf8');
    const words = text.split('\n').filter(Boolean);
    const table = new WordTable(text);
    expect(words.filter((w) => !table.has(w))).toEqual([]);
    const listed = new Set(words);
    // Near misses: a prefix, an extension, another case.
    const probes = words.slice(0, 20000).flatMap((w) => [w.slice(0, -1), `${w}x`, w.toLowerCase()]);
    expect(probes.filter((p) => table.has(p) !== listed.has(p))).toEqual([]);
    expect(table.has('')).toBe(false);
    table.remove(words[0]!);
    expect(table.has(words[0]!)).toBe(false);
    expect(table.has(words[1]!)).toBe(true);
  });
});
