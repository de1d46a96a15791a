import { describe, expect, test } from 'vitest';
import { buildLexicon, lexicon } from '../../src/lexicon/index.js';
import { genitiveOf, inflectedForms, spellingVariants } from '../../src/lexicon/surface.js';

const L = lexicon();

describe('surface collisions', () => {
  test('are listed, and the winner is what the map holds', () => {
    expect(L.collisions.length).toBeGreaterThan(0);
    for (const c of L.collisions) {
      expect(c.kept).not.toBe(c.dropped);
      const place = /^(.*) \((country|city|region|sea|other)\)$/.exec(c.kept);
      if (place && L.placeBySurface.has(c.surface)) expect(L.placeBySurface.get(c.surface)!.name, c.surface).toBe(place[1]);
    }
  });

  test('derived forms yield to names of another kind', () => {
    expect(L.placeBySurface.get('Hamas')).toBeUndefined(); // not the genitive of Hama
    expect(L.orgBySurface.get('Hamas')?.name).toBe('Hamas');
    expect(L.placeBySurface.get('Nils')).toBeUndefined(); // not the genitive of Nil
    expect(L.placeBySurface.get('Hamas')).toBeUndefined();
    expect(L.collisions).toContainEqual({ surface: 'Hamas', kept: 'Hamas (org)', dropped: 'Hama (city)' });
    expect(L.placeBySurface.get('Tartus')?.name).toBe('Tartus'); // a name beats a genitive (of Tartu)
  });

  test('a name written in the data never loses to another entry', () => {
    // Collisions are allowed only between derived forms (genitives, ss/diacritic variants)
    // and names or aliases: two entries with the same written name would be a data error.
    for (const p of L.places) {
      if (p.ambiguous) continue;
      expect(L.placeBySurface.get(p.name), p.name).toBe(p);
    }
    for (const o of L.organizations) {
      if (o.weakAliases.includes(o.name)) continue;
      expect(L.orgBySurface.get(o.name), o.name).toBe(o);
    }
  });

  test('resolution is deterministic', () => {
    const other = buildLexicon();
    expect(other).not.toBe(L);
    expect([...other.placeBySurface].map(([k, v]) => `${k}=${v.name}`)).toEqual(
      [...L.placeBySurface].map(([k, v]) => `${k}=${v.name}`),
    );
    expect(other.collisions).toEqual(L.collisions);
  });
});

describe('surface forms', () => {
  test('genitive -s only where German forms it', () => {
    expect(genitiveOf('Russland')).toBe('Russlands');
    expect(genitiveOf('Kiew')).toBe('Kiews');
    expect(genitiveOf('Paris')).toBeNull();
    expect(genitiveOf('USA')).toBeNull();
    expect(genitiveOf('Türkei')).toBeNull();
  });

  test('adjective + noun names decline; city adjectives do not', () => {
    expect(inflectedForms('Schwarzes Meer')).toEqual(expect.arrayContaining(['Schwarzen Meer', 'Schwarzen Meeres']));
    expect(inflectedForms('Weißes Haus')).toEqual(expect.arrayContaining(['Weißen Haus', 'Weißen Hauses']));
    expect(inflectedForms('Vereinigte Staaten')).toContain('Vereinigten Staaten');
    expect(inflectedForms('Münchner Sicherheitskonferenz')).toEqual([]);
    expect(inflectedForms('Tel Aviv')).toEqual(['Tel Avivs']);
  });

  test('Swiss ss and stripped diacritics', () => {
    expect(spellingVariants('Straße von Hormus')).toContain('Strasse von Hormus');
    expect(spellingVariants('Priština')).toContain('Pristina');
    expect(spellingVariants('Österreich')).toEqual(['Österreich']);
  });
});
