// The organisation, place and kind extractors skip most tokens by cheap tests (hash
// bitmaps, first and last characters) before their rules run. A gate may let a word
// through that no rule takes, never the reverse: these tests hold the gates to the
// lexicon data they are built from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import {
  Gazetteer, HAS_HYPHEN, MAY_BE_CAPITAL, SENTENCE_START, SINGLE_UNIT, STARTS_LOWER, STARTS_UPPER, WordFilter, foldSharpS, hashRange, tokenSheet,
} from '../../src/extract/gazetteer.js';
import { lowerLatin1, mayBeCapital, startsLower, startsUpper } from '../../src/extract/letter-case.js';
import { mayNameKind } from '../../src/extract/kinds.js';
import { capitalRulesAt, mayNameCountry } from '../../src/extract/org-gates.js';
import { countryOfModifier } from '../../src/extract/roles.js';
import { lexicon } from '../../src/lexicon/index.js';

const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

describe('hash filters', () => {
  it('lower-case Latin-1 as toLowerCase does, and leave the rest to the caller', () => {
    for (let c = 0; c < 256; c++) expect(lowerLatin1(c), String(c)).toBe(String.fromCharCode(c).toLowerCase().charCodeAt(0));
    expect(lowerLatin1(0x130)).toBe(-1);
  });

  it('hold every word added', () => {
    const filter = new WordFilter();
    const words = [...lexicon().placeBySurface.keys()];
    for (const w of words) filter.add(w);
    for (const w of words) expect(filter.mayContain(w), w).toBe(true);
  });
});

describe('the token sheet', () => {
  it('says of each token what its own string says: folded hash, first-character shapes, offsets, sentence start', () => {
    const text = 'Die Straße nach Kyjiw. „Über 𝐀lles“ sagte US-Präsident Ärger-frei, ǅemo und ß! Staats- und Ölfirma.\nNeu.';
    const doc = buildDoc('t.txt', text);
    const sheet = tokenSheet(doc);
    expect(tokenSheet(doc)).toBe(sheet);
    doc.tokens.forEach((t, i) => {
      const w = t.text;
      const folded = foldSharpS(w);
      expect(sheet.hashes[i], w).toBe(hashRange(folded, 0, folded.length));
      expect(sheet.starts[i], w).toBe(t.start);
      expect(sheet.ends[i], w).toBe(t.end);
      const shape = sheet.shapes[i]!;
      expect((shape & MAY_BE_CAPITAL) !== 0, w).toBe(mayBeCapital(w.charCodeAt(0)));
      expect((shape & STARTS_UPPER) !== 0, w).toBe(startsUpper(w));
      expect((shape & STARTS_LOWER) !== 0, w).toBe(startsLower(w));
      expect((shape & SENTENCE_START) !== 0, w).toBe(i === 0 || doc.tokens[i - 1]!.sentence !== t.sentence);
      expect((shape & HAS_HYPHEN) !== 0, w).toBe(w.includes('-'));
      expect((shape & SINGLE_UNIT) !== 0, w).toBe(w.length === 1);
    });
  });
});

describe('the gazetteer', () => {
  const doc = (text: string) => buildDoc('t.txt', text);
  const matchAll = (g: Gazetteer<string>, text: string) => {
    const d = doc(text);
    const found: string[] = [];
    for (let i = 0; i < d.tokens.length; i++) {
      const hit = g.match(d, i);
      if (hit) {
        found.push(hit.entry.value);
        i = hit.end - 1;
      }
    }
    return found;
  };

  it('finds single and multi-word entries, ß spelt ss too, within a sentence', () => {
    const g = new Gazetteer<string>(foldSharpS);
    g.add('Weißes Haus', 'WH');
    g.add('die tageszeitung', 'taz');
    g.add('Rom', 'Rom');
    expect(matchAll(g, 'Ein Weisses Haus und ein Weißes Haus.')).toEqual(['WH', 'WH']);
    expect(matchAll(g, 'Laut die tageszeitung reiste die Ministerin nach Rom.')).toEqual(['taz', 'Rom']);
    expect(matchAll(g, 'Es war weiß. Haus und Hof.')).toEqual([]);
  });

  it('finds entries that start in lower case only after their second word, and lower-case tokens find capitalised entries never', () => {
    const g = new Gazetteer<string>(foldSharpS);
    g.add('die tageszeitung', 'taz');
    g.add('dpa', 'dpa');
    g.add('Die Linke', 'Linke');
    expect(matchAll(g, 'die Regierung, die tageszeitung und dpa; die linke Hand, Die Linke.')).toEqual(['taz', 'dpa', 'Linke']);
    expect(matchAll(g, 'Es war die\n\ntageszeitung')).toEqual([]); // two sentences
  });

  it('finds every lexicon place surface on its own', () => {
    const g = new Gazetteer<string>(foldSharpS);
    const surfaces = [...lexicon().placeBySurface].filter(([, p]) => !p.ambiguous).map(([s]) => s);
    for (const s of surfaces) g.add(s, s);
    for (const s of surfaces.filter((x) => /^\p{Lu}[\p{L}]+$/u.test(x)).slice(0, 2000)) {
      const hit = g.match(doc(`Er kam aus ${s} zurück.`), 3);
      expect(hit, s).not.toBeNull();
    }
  });
});

describe('the kind gate', () => {
  it('lets every word through that is or ends in a kind noun, in any case', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/lexicon/data/name-kinds.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    const nouns = [...Object.keys(data.organization!), ...Object.keys(data.place!)];
    for (const noun of nouns) {
      expect(mayNameKind(capitalise(noun)), noun).toBe(true);
      expect(mayNameKind(noun.toUpperCase()), noun).toBe(true);
      if (noun.length >= 4) expect(mayNameKind(`Grenz${noun}`), noun).toBe(true);
    }
  });
});

describe('the organisation gates', () => {
  it('let every word through that countryOfModifier knows', () => {
    const lex = lexicon();
    for (const stem of lex.countryByAdjective.keys()) {
      for (const ending of ['', 'e', 'en', 'er', 'es', 'em']) {
        const word = stem + ending;
        if (countryOfModifier(word)) expect(mayNameCountry(word), word).toBe(true);
      }
    }
  });

  it('let compounds through whose prefix names an organisation or a state', () => {
    const lex = lexicon();
    const at = (text: string, word: string) => {
      const d = buildDoc('t.txt', text);
      const i = d.tokens.findIndex((t) => t.text === word);
      expect(i, word).toBeGreaterThanOrEqual(0);
      return capitalRulesAt(d, tokenSheet(d), i) !== 0;
    };
    for (const prefix of [...lex.orgByGluedPrefix.keys(), ...lex.countryByPrefix.keys()]) {
      if (!/^\p{Lu}[\p{L}]+$/u.test(prefix)) continue;
      // lexicon().splitCompound glues prefixes of three letters or more only.
      if (prefix.length >= 3) expect(at(`Ein ${prefix}sprecher sagte das.`, `${prefix}sprecher`), prefix).toBe(true);
      expect(at(`Ein ${prefix}-Sprecher sagte das.`, `${prefix}-Sprecher`), prefix).toBe(true);
    }
  });

  it('let acronyms, quoted names and capitalised adjectives before a capital through', () => {
    const at = (text: string, i: number) => {
      const d = buildDoc('t.txt', text);
      return capitalRulesAt(d, tokenSheet(d), i) !== 0;
    };
    expect(at('Die Miliz KNRF kontrolliert Teile.', 2)).toBe(true);
    expect(at('Das stand in der „Bild“ am Montag.', 5)).toBe(true);
    expect(at('Ein Bericht der Münchner Sicherheitskonferenz warnt.', 3)).toBe(true);
    expect(at('Ein Bericht der Münchner warnt.', 3)).toBe(false);
  });
});
