// The shortcuts the quote extractor takes per token must answer exactly what the plain
// definitions answer: fold = lower case with ß → ss, a token's cue bits = the bits of
// its folded form, and a unit left without words has no quote and no cue word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import {
  ALREADY_FOLDED, CLASS_AUXILIARY, CLASS_COORDINATOR, CLASS_DETERMINER, CLASS_FOCUS_PARTICLE, CLASS_MODAL, CLASS_NAME_PARTICLE, CLASS_NOT_ADJECTIVE, CLASS_NOT_NAME,
  CLASS_PRONOUN, CLASS_RELATIVE_PRONOUN, CLASS_SUBORDINATOR, CUE_BITS, CUE_KONJUNKTIV_I, CUE_KONJUNKTIV_II, FOLDING_INTO_LATIN1, classesOfText, cueOfText, fold, initialsOf, mayStartKey,
  speechLexicon, spellingsOf, tokenCues,
} from '../../src/extract/quotes/lexicon.js';
import { findFrames } from '../../src/extract/quotes/frames.js';
import { pairQuotes } from '../../src/extract/quotes/marks.js';
import type { FrameGate, Unit } from '../../src/extract/quotes/units.js';
import { FramelessUnit, buildUnits, keyIs } from '../../src/extract/quotes/units.js';
import { mayFrame } from '../../src/extract/quotes/frame-gate.js';
import type { Doc } from '../../src/types.js';

const plainFold = (s: string): string => s.toLowerCase().replace(/ß/g, 'ss');
const plainCue = (s: string): number => speechLexicon().cues.get(plainFold(s)) ?? 0;

/** A gate that lets every unit with a cue word through: its words are read in full. */
const PAST_THE_GATE: FrameGate = () => true;

/** The document's units as the extractor builds them (gate mayFrame), or read past the frame gate. */
function unitsOf(doc: Doc, gate: FrameGate): Unit[] {
  const { pairs } = pairQuotes(doc.text, doc.regions);
  return buildUnits(doc, pairs, [], undefined, gate);
}

/** Words that exercise every path: folded, capitalised, all capitals, ß, Latin-1 capitals, beyond Latin-1, punctuation. */
const TRICKY = [
  'sagte', 'Sagte', 'SAGTE', 'sAgte', 'laut', 'Laut', 'LAUT', 'heißt', 'Heißt', 'HEISST', 'hieß', 'Hieß', 'zufolge', 'Zufolge',
  'Äußerte', 'äußerte', 'ÄUSSERTE', 'Über', 'über', 'könne', 'Könne', '\u212Aönne', 'sei', 'Sei', 'SEI', 'habe', 'würde', 'Würde',
  'Angaben', 'angaben', 'nach', 'Nach', 'so', 'So', 'SO', 'Behauptung', 'behauptung', 'İst', 'Ärger', 'ß', 'SS', 'x', 'X', ',', '„', '–',
  '…', 'US-Präsident', 'ex-Minister', 'Straße', 'STRASSE', '1990er', 'Ｓagte', 'sagte’', 'ÿ', 'Ÿ', '×', 'Þ', 'þ', 'µ', 'İ', 'ǅ',
];

describe('fold', () => {
  it('is lower case with ß → ss, and returns a folded word itself', () => {
    for (const w of TRICKY) expect(fold(w)).toBe(plainFold(w));
    expect(fold('sagte')).toBe('sagte');
  });

  it('agrees with the plain definition on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s) === plainFold(s)), { numRuns: 2000 });
  });
});

describe('cue bits of tokens', () => {
  it('cueOfText is the cue of the folded word', () => {
    for (const w of TRICKY) expect(cueOfText(w), w).toBe(plainCue(w));
    for (const key of speechLexicon().cues.keys()) {
      for (const w of [key, key[0]!.toUpperCase() + key.slice(1), key.toUpperCase()]) expect(cueOfText(w), w).toBe(plainCue(w));
    }
  });

  it('classesOfText is the classes of the folded word', () => {
    const plainClasses = (s: string): number => speechLexicon().wordClasses.get(plainFold(s)) ?? 0;
    for (const w of TRICKY) expect(classesOfText(w), w).toBe(plainClasses(w));
    for (const key of speechLexicon().wordClasses.keys()) {
      for (const w of [key, key[0]!.toUpperCase() + key.slice(1), key.toUpperCase(), `${key}x`, key.slice(0, -1)]) expect(classesOfText(w), w).toBe(plainClasses(w));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => classesOfText(s) === plainClasses(s)), { numRuns: 2000 });
  });

  it('tokenCues gives each token its cue bits, and marks only words that are their own fold', () => {
    const text = `${TRICKY.join(' ')} Der Sprecher sagte, es sei „nichts“ entschieden. Laut Angaben der Polizei hieß es: „Ruhe“.`;
    const doc = buildDoc('t.txt', text);
    const bits = tokenCues(doc.text, doc.tokens);
    doc.tokens.forEach((t, i) => {
      expect(bits[i]! & CUE_BITS, t.text).toBe(plainCue(t.text));
      if (bits[i]! & ALREADY_FOLDED) expect(plainFold(t.text)).toBe(t.text);
    });
  });

  it('knows every character beyond Latin-1 that folds into it, and every key is Latin-1 without ß', () => {
    const listed = new Map<string, string>();
    for (const [folded, written] of FOLDING_INTO_LATIN1) for (const w of written) listed.set(w, folded);
    const found = new Map<string, string>();
    for (let cp = 0x100; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if ([...c.toLowerCase()].every((ch) => ch.codePointAt(0)! < 256)) found.set(c, plainFold(c));
    }
    expect(found).toEqual(new Map([...listed].filter(([w]) => w.codePointAt(0)! > 255)));
    expect(plainFold('ß')).toBe('ss');
    const lex = speechLexicon();
    for (const key of [...lex.cues.keys(), ...lex.wordClasses.keys()]) expect(/^[\x00-\xde\xe0-\xff]*$/.test(key), key).toBe(true);
  });

  it('tokenCues finds a key in every spelling that folds to it', () => {
    const keys = [...speechLexicon().cues.keys()];
    const spelt = keys.flatMap(spellingsOf).flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
    expect(spelt.some((w) => w.includes('\u1e9e')) && spelt.some((w) => w.includes('\u212a'))).toBe(true);
    const doc = buildDoc('t.txt', `${spelt.join(' ')}.`);
    const bits = tokenCues(doc.text, doc.tokens);
    doc.tokens.forEach((t, i) => expect(bits[i]! & CUE_BITS, t.text).toBe(plainCue(t.text)));
  });

  it('agrees with the plain definition on random words around cue words', () => {
    const keys = [...speechLexicon().cues.keys()];
    const word = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((k) => k[0]!.toUpperCase() + k.slice(1)),
      fc.constantFrom(...keys).map((k) => k.replace(/ss/g, 'ß').toUpperCase()),
      fc.constantFrom(...keys).map((k) => k.replace(/ss/g, '\u1e9e').replace(/k/g, '\u212a').replace(/å/g, '\u212b')),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const doc = buildDoc('t.txt', `${words.join(' ')}.`);
        const bits = tokenCues(doc.text, doc.tokens);
        return doc.tokens.every((t, i) => (bits[i]! & CUE_BITS) === plainCue(t.text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('units without words', () => {
  it('read past the frame gate, are exactly the units with no quote and no cue word', () => {
    const text = [
      'Die Sonne schien über dem Tal. Kinder spielten am Fluss.',
      'Der Minister sagte, die Lage sei ernst. Nach Angaben der Polizei gab es keine Verletzten.',
      'Er rief: „Wir bleiben!“ Danach war es still. So ist es, so der Sprecher.',
      'Die „Tagesschau“ berichtete später. Am Abend regnete es.',
    ].join('\n\n');
    const doc = buildDoc('t.txt', text);
    const units = unitsOf(doc, PAST_THE_GATE);
    const cueOfSpan = (start: number, end: number): number =>
      doc.tokens.filter((t) => t.start >= start && t.start < end).reduce((bits, t) => bits | plainCue(t.text), 0);
    for (const u of units) {
      const idle = u.quotes.length === 0 && cueOfSpan(u.start, u.end) === 0;
      expect(u.words.length === 0, text.slice(u.start, u.end)).toBe(idle);
    }
    expect(units.some((u) => u.words.length === 0)).toBe(true);
  });
});

describe('keyIs', () => {
  // The particle scan tells most words from a particle by their first letter, without folding them.
  it('answers what comparing the folded word answers', () => {
    const lex = speechLexicon();
    const particles = new Set<string>();
    for (const readings of lex.verbs.values()) for (const r of readings) for (const p of [r.particle, r.particleBefore]) if (p) particles.add(p);
    const keys = [...particles, 'und', 'oder', 'ss', 'sagte', 'über', 'i̇st', ''];
    const words = [...TRICKY, ...keys, ...keys.map((k) => k.toUpperCase()), ...keys.map((k) => (k ? k[0]!.toUpperCase() + k.slice(1) : k))];
    for (const text of words) {
      const w = { text, key: plainFold(text) } as Parameters<typeof keyIs>[0];
      for (const key of keys) expect(keyIs(w, key), `${text} ${key}`).toBe(plainFold(text) === key);
    }
  });

  it('agrees with the plain comparison on any word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.constantFrom('an', 'mit', 'und', 'oder', 'fest', 'ss', 'ä'), (text, key) => {
        const w = { text, key: plainFold(text) } as Parameters<typeof keyIs>[0];
        return keyIs(w, key) === (plainFold(text) === key);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the frame gate', () => {
  // A unit whose cue words cannot start a frame is left unread (frame-gate.ts): read in full, it must give no frame and have no
  // lower-case Konjunktiv form. With one, it is frameless: no frame either, its cues are those forms' bits, and its words are read later.
  const K = CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II;
  const lowerKonjunktiv = (u: Unit): number => u.words.reduce((bits, w) => (/^\p{Ll}/u.test(w.text) ? bits | (w.cue & K) : bits), 0);
  const surface = (u: Unit): string[] => u.words.map((w) => `${w.start}:${w.end}:${w.text}:${w.key}:${w.cue}:${w.mark}:${w.classes}:${w.quote}:${w.name}`);
  const check = (text: string): number => {
    const doc = buildDoc('t.txt', text);
    const gated = unitsOf(doc, mayFrame);
    const full = unitsOf(doc, PAST_THE_GATE);
    expect(gated.length).toBe(full.length);
    let skipped = 0;
    gated.forEach((u, i) => {
      const f = full[i]!;
      const where = text.slice(f.start, f.end);
      if (u instanceof FramelessUnit) {
        skipped++;
        expect(u.quotes, where).toEqual([]);
        expect(findFrames(f.words, false), where).toEqual([]);
        expect(u.cues, where).toBe(lowerKonjunktiv(f));
        expect(u.cues, where).not.toBe(0);
        expect(surface(u), where).toEqual(surface(f));
        // Its trimmed span is that of its words without punctuation at either end.
        const inner = f.words.filter((_, k) => f.words.slice(k).some((w) => !/^[.,;:!?…–-]+$/.test(w.text)))
          .filter((_, k, ws) => ws.slice(0, k + 1).some((w) => !/^[,;:–-]+$/.test(w.text)));
        expect(u.trimmedSpan(), where).toEqual({ start: inner[0]!.start, end: inner[inner.length - 1]!.end });
        return;
      }
      if (u.words.length > 0 || f.words.length === 0) return;
      skipped++;
      expect(findFrames(f.words, f.quotes.length > 0), where).toEqual([]);
      expect(lowerKonjunktiv(f), where).toBe(0);
    });
    return skipped;
  };

  it('leaves unread only units in which no frame rule fires', () => {
    const texts = [
      ...['seeds', 'fixtures/articles'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'))),
      'Nach dem Treffen gibt es Gespräche. Nach Angaben der Polizei gibt es Tote. Nach den ersten offiziellen Angaben gibt es Tote. Die Regierung gibt die Zahlen bekannt. Sagen kann man das nicht.',
      'Er gab zu, dass er log. Zugeben wollte er nichts, gab er an. So weit, so gut. Es ist so, so der Sprecher. Die Behauptung, er sei krank, stimmt.',
      'Das Ministerium teilte mit: Alles ruhig. Mitteilen wird er es morgen. Laut Polizei ist es ruhig. Der Polizei zufolge ist es ruhig. Hieß es.',
      'Er sei krank. Sei es drum. Das habe er gewusst, und es wäre besser gewesen. Nach dem Spiel hätte er gehen können. Er sagte nichts.',
    ];
    let skipped = 0;
    for (const text of texts) skipped += check(text);
    expect(skipped).toBeGreaterThan(5);
  });

  it('holds on random sentences of cue words, particles and punctuation', () => {
    const lex = speechLexicon();
    const particles = new Set<string>();
    for (const readings of lex.verbs.values()) for (const r of readings) for (const p of [r.particle, r.particleBefore]) if (p) particles.add(p);
    const forms = [...lex.verbs.keys()].filter((k) => !lex.konjunktivI.has(k) && !lex.konjunktivII.has(k));
    const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const word = fc.oneof(
      fc.constantFrom(...forms), fc.constantFrom(...forms).map(capitalise), fc.constantFrom(...particles), fc.constantFrom(...particles).map(capitalise),
      fc.constantFrom('sei', 'Sei', 'habe', 'wäre', 'hätte', 'würde', 'Würde'),
      fc.constantFrom('nach', 'Nach', 'so', 'So', 'Angaben', 'Informationen', 'eigenen', 'Behauptung', 'Warnung', 'der', 'Polizei', 'Sprecher', 'er', 'es', 'und', 'den', 'ersten'),
      fc.constantFrom(',', ',', ':', '.', '(', ')', '–'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        check(sentences.map((s) => `${s.join(' ')}.`).join(' '));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('first-letter tests before a set lookup', () => {
  // The clause scans ask mayStartKey before folding a word to look it up: it must never say no to a word of the set.
  it('mayStartKey never rejects a word that folds into the set', () => {
    const lex = speechLexicon();
    for (const set of [lex.auxiliaries, lex.sourceNouns, lex.konjunktivI, new Set(['will', 'muss', 'liess', 'ließ', 'über', 'ss'])]) {
      const initials = initialsOf(set);
      for (const key of set) {
        for (const text of [key, key[0]!.toUpperCase() + key.slice(1), key.toUpperCase(), key.replace(/ss/g, 'ß')]) {
          if (set.has(plainFold(text))) expect(mayStartKey(text, initials), text).toBe(true);
        }
      }
      fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }), (text) => !set.has(plainFold(text)) || mayStartKey(text, initials)));
    }
  });

  it("a word's Konjunktiv cue bits are its key's membership in the Konjunktiv lists", () => {
    const lex = speechLexicon();
    const text = 'Er sagte, sie sei krank. Sei es drum: Wäre er da, hätte er es gesagt. SEI still, HÄTTE er gesagt, er WÜRDE kommen.';
    for (const u of unitsOf(buildDoc('t.txt', text), PAST_THE_GATE)) {
      for (const w of u.words) {
        expect((w.cue & CUE_KONJUNKTIV_I) !== 0, w.text).toBe(lex.konjunktivI.has(w.key));
        expect((w.cue & CUE_KONJUNKTIV_II) !== 0, w.text).toBe(lex.konjunktivII.has(w.key));
      }
    }
  });
});

describe('word classes', () => {
  // The scans test a word's class bits instead of the lexicon's sets: the bits must say what the sets say.
  it('are the memberships of the key in the lexicon sets', () => {
    const lex = speechLexicon();
    const sets: [number, ReadonlySet<string>][] = [
      [CLASS_DETERMINER, lex.determiners], [CLASS_PRONOUN, lex.pronouns], [CLASS_NOT_NAME, lex.notNames], [CLASS_NOT_ADJECTIVE, lex.notAdjectives],
      [CLASS_NAME_PARTICLE, lex.nameParticles], [CLASS_AUXILIARY, lex.auxiliaries], [CLASS_SUBORDINATOR, lex.subordinators],
      [CLASS_RELATIVE_PRONOUN, lex.relativePronouns], [CLASS_COORDINATOR, lex.coordinators], [CLASS_FOCUS_PARTICLE, lex.focusParticles], [CLASS_MODAL, lex.modals],
    ];
    const every = [...new Set(sets.flatMap(([, set]) => [...set]))];
    const text = `${every.join(' ')}. ${every.map((k) => k[0]!.toUpperCase() + k.slice(1)).join(', ')}: „Haus“ sagte Der Die Ursula von der Leyen, weil er es hat.`;
    let words = 0;
    for (const u of unitsOf(buildDoc('t.txt', text), PAST_THE_GATE)) {
      for (const w of u.words) {
        words++;
        for (const [bit, set] of sets) expect((w.classes & bit) !== 0, `${w.text} ${bit}`).toBe(set.has(w.key));
      }
    }
    expect(words).toBeGreaterThan(every.length);
  });
});
