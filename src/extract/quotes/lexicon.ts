// The speech lexicon (src/lexicon/data/speech-*.json), loaded once. Every lookup key is
// folded: lower case, ß → ss, so Swiss spelling ("hiess", "äussert") needs no entries.
import { readFileSync } from 'node:fs';
import { memoByWord } from '../../lexicon/memo.js';
import { HASH_SEED, hashRange, hashStep } from '../gazetteer.js';
import { lowerLatin1 } from '../letter-case.js';

const SHARP_S = /ß/g;

/** A character folding leaves as it is: no capital A-Z or À-Þ, no ß, nothing beyond Latin-1 (× is no letter). */
const foldsToItself = (c: number): boolean => c < 65 || (c > 90 && c < 192) || (c > 223 && c < 256) || c === 215;

/** Whether fold() leaves the word standing at [start, end) in `text` as it is, its characters read there (faster than in a fresh token). */
function foldsToItselfAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!foldsToItself(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Lower case, ß → ss. Called for every word of a document: a word that is already
 * folded (lower case, punctuation, digits) comes back as it is, without allocating.
 * (A cache in a Map is slower here: hashing each fresh token costs more than folding it.)
 */
export const fold = (s: string): string => (foldsToItselfAt(s, 0, s.length) ? s : foldChanged(s));

function foldChanged(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ß') ? lower.replace(SHARP_S, 'ss') : lower;
}

/**
 * Whether `text` may fold to `key` (a folded word), told by the first letter: a word
 * starting with an ASCII character folds to one starting with that character's lower
 * case. Comparing a word with a key this way first spares folding most words.
 */
export function mayFoldTo(text: string, key: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? lowerLatin1(c) === key.charCodeAt(0) : true;
}

/** The ASCII first letters of a set of folded keys, as a table by char code (1: some key starts with it). */
export function initialsOf(keys: Iterable<string>): Uint8Array {
  const initials = new Uint8Array(128);
  for (const key of keys) {
    const c = key.charCodeAt(0);
    if (c < 128) initials[c] = 1;
  }
  return initials;
}

/** Whether `text` may fold to one of the keys whose initials are given (initialsOf): mayFoldTo for a set. */
export function mayStartKey(text: string, initials: Uint8Array): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? initials[lowerLatin1(c)] === 1 : true;
}


/** The CUE_* bits of a word as written: those of its fold. */
export function cueOfText(text: string): number {
  return cueAt(text, 0, text.length, text) & CUE_BITS;
}

/** All CUE_* bits. */
export const CUE_BITS = 0x1ff;
/** Flag in cueAt's answer, beside the cue bits: the word is its own fold. */
export const ALREADY_FOLDED = 0x200;

/**
 * The cue bits of a word with ß or a character beyond Latin-1 ("heißt"): folding it
 * allocates, and such words repeat (a few thousand tokens per 4 MB, few types), so the
 * answer is remembered per word.
 */
const cueOfUnusualWord = memoByWord((word: string): number => speechLexicon().cues.get(fold(word)) ?? 0);

/**
 * cueOfText of `word`, which stands at [start, end) in `text`, with ALREADY_FOLDED set
 * where fold(word) === word. It avoids what costs per token: folding (allocating) and
 * hashing the word. One pass over its characters (read in the document's text, faster
 * than in a fresh token string) tells whether it is folded already, has Latin-1 capitals
 * (which fold one by one), or else; a table of key shapes then answers most words
 * without a lookup; the rest are looked up where they stand, by the hash of their fold
 * (KeyTable: "sagte", and "Laut" as "laut"). Only words with ß or characters beyond
 * Latin-1 are folded.
 */
export function cueAt(text: string, start: number, end: number, word: string): number {
  const lex = cached ?? speechLexicon();
  let capitalised = false;
  // The hash of the word's fold, taken on the way, for the key table.
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (foldsToItself(c)) {
      hash = hashStep(hash, c);
      continue;
    }
    if (c === 223 || c > 255) return cueOfUnusualWord(word);
    capitalised = true;
    // A-Z or À-Þ but ×: its lower case is 32 above it.
    hash = hashStep(hash, c + 32);
  }
  if (!hasShape(lex.cueShapes, shapeAt(text, start, end))) return capitalised ? 0 : ALREADY_FOLDED;
  const cue = lex.cueTable.valueAt(text, start, end, hash, !capitalised);
  return capitalised ? cue : ALREADY_FOLDED | cue;
}

/**
 * The CLASS_* bits of a word as written (those of its fold), from the word's characters:
 * most words asked about are capitalised nouns and names of no class, told without
 * folding them (which allocates) or hashing a string into a Map.
 */
export function classesOfText(word: string): number {
  const lex = cached ?? speechLexicon();
  let capitalised = false;
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (foldsToItself(c)) {
      hash = hashStep(hash, c);
      continue;
    }
    if (c === 223 || c > 255) return lex.wordClasses.get(fold(word)) ?? 0;
    capitalised = true;
    hash = hashStep(hash, c + 32);
  }
  return lex.classTable.valueAt(word, 0, word.length, hash, !capitalised);
}

/**
 * Folded keys with a number each, looked up by a word as it stands in a text: by the
 * hash of its fold (hashStep over the folded characters, as cueAt takes it on the way),
 * then compared character by character. No string is made or hashed for the lookup,
 * which was most of what a token read in full cost.
 */
class KeyTable {
  private readonly keys: (string | undefined)[];
  private readonly hashes: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 4) size <<= 1;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      const hash = hashRange(key, 0, key.length);
      let slot = this.slotOf(hash);
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.hashes[slot] = hash;
      this.values[slot] = value;
    }
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }

  /**
   * The value of the key the word at [start, end) of `text` folds to, else 0. The word
   * has no ß and nothing beyond Latin-1, so that it folds character by character (a
   * capital A-Z or À-Þ but × to the letter 32 above it); `folded`: it is its own fold.
   * `hash` is its fold's.
   */
  valueAt(text: string, start: number, end: number, hash: number, folded: boolean): number {
    const length = end - start;
    for (let slot = this.slotOf(hash), key = this.keys[slot]; key !== undefined; slot = (slot + 1) & this.mask, key = this.keys[slot]) {
      if (this.hashes[slot] !== hash || key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) {
        const c = text.charCodeAt(start + i);
        same = key.charCodeAt(i) === (folded || foldsToItself(c) ? c : c + 32);
      }
      if (same) return this.values[slot]!;
    }
    return 0;
  }
}

/**
 * The characters beyond Latin-1 that lower-case into it, by the letters they fold to
 * (Ÿ → ÿ, ẞ → ß → ss, Kelvin sign → k, Ångström sign → å): with ß for "ss", the only
 * ways a word folding to a key may differ from it in length or in the characters
 * shapeAt reads (a Latin-1 capital reads as its lower case). The tests check the list.
 */
export const FOLDING_INTO_LATIN1: ReadonlyMap<string, readonly string[]> = new Map([
  ['ÿ', ['\u0178']], ['ss', ['ß', '\u1e9e']], ['k', ['\u212a']], ['å', ['\u212b']],
]);

/** The ways of writing a word that folds to `key`, up to Latin-1 capitals: the key itself, and ß or ẞ for "ss" and so on (FOLDING_INTO_LATIN1). */
export function spellingsOf(key: string): string[] {
  const out: string[] = [];
  const spell = (at: number, prefix: string): void => {
    if (at === key.length) {
      out.push(prefix);
      return;
    }
    spell(at + 1, prefix + key[at]!);
    for (const [folded, written] of FOLDING_INTO_LATIN1) {
      if (key.startsWith(folded, at)) for (const w of written) spell(at + folded.length, prefix + w);
    }
  };
  spell(0, '');
  return out;
}

/**
 * cueAt for each token of a text, in one pass. Most tokens are answered by their
 * initial and length, then by their shape (length and two letters at each end), read
 * from the text; the tables hold those of every spelling of a key (spellingsOf), so a
 * token that folds to a key always passes, ß or capitals beyond Latin-1 and all. The
 * tokens that pass are read in full (cueAt), and only those get ALREADY_FOLDED where it
 * holds. `out` (at least as long as `tokens`) receives the answers.
 */
export function tokenCues(
  text: string, tokens: readonly { start: number; end: number; text: string }[], out: Int32Array = new Int32Array(tokens.length),
): Int32Array {
  const lex = cached ?? speechLexicon();
  const shapes = lex.cueShapes;
  const lengths = lex.cueLengths;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const start = tok.start;
    const end = tok.end;
    // Every entry is written: `out` may be a buffer used before. The lengths of the keys
    // with the token's initial rule out most tokens ("der", "und", "in") before the shape is hashed.
    out[t] = (lengths[(text.charCodeAt(start) | 32) & 0xff]! & lengthBit(end - start)) === 0 || !hasShape(shapes, shapeAt(text, start, end))
      ? 0 : cueAt(text, start, end, tok.text);
  }
  return out;
}

/** A word's length as a bit of SpeechLexicon.cueLengths (lengths from 31 on share the last bit). */
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/** Bits of a shape (shapeAt): a table of 2^20 entries, of which the speech keys fill well under 0.1%. */
const SHAPE_BITS = 20;

/**
 * Length and the first two and last two letters of a word (folded, or capitalised at its
 * start only), hashed into SHAPE_BITS bits: the same for "Laut" as for "laut", since `| 32`
 * lower-cases a capital A-Z or À-Þ and leaves a lower-case letter as it is (and maps any
 * other character of a word the same way as the one it folds to). Two letters at each end
 * tell "nicht", "eine", "wurde" from the keys that share their length and outer letters,
 * which were most of the tokens read in full.
 */
function shapeAt(text: string, start: number, end: number): number {
  const last = end - 1;
  const long = end - start > 1 ? 1 : 0;
  const outer = Math.min(end - start, 31) | (((text.charCodeAt(start) | 32) & 0xff) << 5) | (((text.charCodeAt(last) | 32) & 0xff) << 13);
  const inner = (((text.charCodeAt(start + long) | 32) & 0xff) << 8) | ((text.charCodeAt(last - long) | 32) & 0xff);
  return (Math.imul(outer, 0x9e3779b1) ^ Math.imul(inner, 0x85ebca6b)) >>> (32 - SHAPE_BITS);
}

function readData<T>(name: string): T {
  // src/extract/quotes/*.ts and dist/extract/quotes/*.js are three levels below the package root.
  return JSON.parse(readFileSync(new URL(`../../../src/lexicon/data/${name}`, import.meta.url), 'utf8')) as T;
}

interface VerbData {
  lemma: string;
  finite: string[];
  participle: string;
  particle?: string;
  claim?: boolean;
  thought?: boolean;
}
interface VerbFile {
  verbs: VerbData[];
  esVerbs: string[];
  sourcePrepositions: string[];
  sourcePostpositions: string[];
  sourceNouns: string[];
  auxiliaries: string[];
  konjunktivI: string[];
  konjunktivII: string[];
  weakKonjunktiv: string[];
}
interface WordFile {
  determiners: string[];
  pronouns: string[];
  nameParticles: string[];
  subordinators: string[];
  relativePronouns: string[];
  coordinators: string[];
  focusParticles: string[];
  functionWords: string[];
  bodies: string[];
  spokesNouns: string[];
  speechNouns: string[];
  orgNouns: string[];
  titleHeads: string[];
  compoundTails: string[];
  sogenannt: string[];
  capitals: Record<string, string>;
}

export type FormKind = 'finite' | 'participle';

/** One reading of a word form as a reporting verb. */
export interface VerbReading {
  lemma: string;
  kind: FormKind;
  /** The separable particle still to be found in the clause, or null (none, or already joined). */
  particle: string | null;
  /** The particle as a separate word right before the form ("bekannt gegeben"), or null. */
  particleBefore: string | null;
  claim: boolean;
  thought: boolean;
}

/**
 * What a folded word can start or signal, as bits: the frame cues findFrames tests in
 * turn, and the Konjunktiv forms claims look for. A word with no bit set (most words)
 * needs no rule, and a unit with no such word, no quote and no colon needs no analysis.
 */
export const CUE_SOURCE_PREPOSITION = 1;
export const CUE_SOURCE_POSTPOSITION = 2;
export const CUE_NACH = 4;
export const CUE_SO = 8;
export const CUE_ES_VERB = 16;
export const CUE_SPEECH_NOUN = 32;
export const CUE_VERB = 64;
export const CUE_KONJUNKTIV_I = 128;
export const CUE_KONJUNKTIV_II = 256;

/**
 * Word classes (SpeechLexicon.wordClasses): membership of a folded word in the lexicon's
 * sets. A unit's word looks its classes up once (Word.classes); the phrase and clause
 * scans, which pass each word several times, then test bits instead of hashing the word
 * into a set each time.
 */
export const CLASS_DETERMINER = 1;
export const CLASS_PRONOUN = 2;
export const CLASS_NOT_NAME = 4;
export const CLASS_NOT_ADJECTIVE = 8;
export const CLASS_NAME_PARTICLE = 16;
export const CLASS_AUXILIARY = 32;
export const CLASS_SUBORDINATOR = 64;
export const CLASS_RELATIVE_PRONOUN = 128;
export const CLASS_COORDINATOR = 256;
export const CLASS_FOCUS_PARTICLE = 512;
export const CLASS_MODAL = 1024;

/** Modal and future auxiliaries that carry an infinitive ("will … sagen", "würde … drohen"). */
const MODALS = ['will', 'wollen', 'wollte', 'wollten', 'wolle', 'soll', 'sollen', 'sollte', 'sollten', 'solle', 'kann', 'können', 'konnte', 'konnten', 'könne', 'könnte', 'könnten', 'muss', 'müssen', 'musste', 'mussten', 'müsse', 'müsste', 'müssten', 'darf', 'dürfen', 'durfte', 'dürfe', 'dürfte', 'möchte', 'möchten', 'wird', 'werden', 'würde', 'würden', 'werde', 'lässt', 'ließ', 'liess'];

export interface SpeechLexicon {
  /** Folded word → its CUE_* bits; words without any are absent. */
  cues: Map<string, number>;
  /**
   * By initial (its char code | 32, in the low byte: as shapeAt reads it), the lengths
   * (lengthBit) of the keys in cues, in every spelling: a necessary condition of the
   * shape test, which is cheaper and rules out most tokens.
   */
  cueLengths: Int32Array;
  /** A bit set at the shape (shapeAt) of every spelling (spellingsOf) of every key in cues. */
  cueShapes: Int32Array;
  /** cues again, to look up a word where it stands in a text (cueAt), without a string for it. */
  cueTable: KeyTable;
  verbs: Map<string, VerbReading[]>;
  esVerbs: Set<string>;
  sourcePrepositions: Set<string>;
  sourcePostpositions: Set<string>;
  sourceNouns: Set<string>;
  auxiliaries: Set<string>;
  konjunktivI: Set<string>;
  konjunktivII: Set<string>;
  weakKonjunktiv: Set<string>;
  determiners: Set<string>;
  pronouns: Set<string>;
  nameParticles: Set<string>;
  subordinators: Set<string>;
  relativePronouns: Set<string>;
  coordinators: Set<string>;
  focusParticles: Set<string>;
  modals: Set<string>;
  functionWords: Set<string>;
  bodies: Set<string>;
  spokesNouns: Set<string>;
  speechNouns: Set<string>;
  orgNouns: Set<string>;
  titleHeads: Set<string>;
  compoundTails: Set<string>;
  sogenannt: Set<string>;
  /** Folded capital name → ISO alpha-2 code of its state. */
  capitals: Map<string, string>;
  /** Capitalised, these are still no name: function words, determiners, pronouns, subordinators. */
  notNames: Set<string>;
  /** In lower case with an adjective ending, these are still no adjective: function words, determiners, verb forms. */
  notAdjectives: Set<string>;
  /** Folded word → its CLASS_* bits: the sets above that the phrase and clause scans ask about, in one lookup per word. */
  wordClasses: Map<string, number>;
  /** wordClasses again, to look up a word by its characters (classesOfText). */
  classTable: KeyTable;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));

function addReading(map: Map<string, VerbReading[]>, form: string, reading: VerbReading): void {
  const key = fold(form);
  const list = map.get(key) ?? [];
  list.push(reading);
  map.set(key, list);
}

function buildVerbs(verbs: readonly VerbData[]): Map<string, VerbReading[]> {
  const map = new Map<string, VerbReading[]>();
  for (const v of verbs) {
    const base = { lemma: v.lemma, claim: v.claim !== false, thought: v.thought === true };
    const p = v.particle ?? null;
    for (const f of v.finite) {
      addReading(map, f, { ...base, kind: 'finite', particle: p, particleBefore: null });
      // Verb-final clauses join the particle: "wie er mitteilte", "als sie bekanntgab".
      if (p) addReading(map, p + f, { ...base, kind: 'finite', particle: null, particleBefore: null });
      if (p) addReading(map, f, { ...base, kind: 'finite', particle: null, particleBefore: p });
    }
    if (p) {
      addReading(map, p + v.participle, { ...base, kind: 'participle', particle: null, particleBefore: null });
      addReading(map, v.participle, { ...base, kind: 'participle', particle: null, particleBefore: p });
    } else {
      addReading(map, v.participle, { ...base, kind: 'participle', particle: null, particleBefore: null });
    }
  }
  return map;
}

/** The shapes of `keys` as a bitmap (one bit per shape: 128 KB, which stays in cache where a byte table did not). */
function shapeTable(keys: Iterable<string>): Int32Array {
  const table = new Int32Array(1 << (SHAPE_BITS - 5));
  for (const key of keys) {
    const shape = shapeAt(key, 0, key.length);
    table[shape >>> 5]! |= 1 << (shape & 31);
  }
  return table;
}

function lengthTable(keys: Iterable<string>): Int32Array {
  const table = new Int32Array(256);
  for (const key of keys) table[(key.charCodeAt(0) | 32) & 0xff]! |= lengthBit(key.length);
  return table;
}

const hasShape = (table: Int32Array, shape: number): boolean => (table[shape >>> 5]! & (1 << (shape & 31))) !== 0;

let cached: SpeechLexicon | null = null;

/** The lexicon, built on first use. Kept this small so that it inlines: the rules ask for it per word. */
export function speechLexicon(): SpeechLexicon {
  return cached ?? buildSpeechLexicon();
}

function buildSpeechLexicon(): SpeechLexicon {
  const v = readData<VerbFile>('speech-verbs.json');
  const w = readData<WordFile>('speech-words.json');
  const verbs = buildVerbs(v.verbs);
  const konjunktivI = set(v.konjunktivI);
  const konjunktivII = set(v.konjunktivII);
  const speechNouns = set(w.speechNouns);
  const cues = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) cues.set(k, (cues.get(k) ?? 0) | bit);
  };
  const sourcePrepositions = set(v.sourcePrepositions);
  const sourcePostpositions = set(v.sourcePostpositions);
  const esVerbs = set(v.esVerbs);
  mark(sourcePrepositions, CUE_SOURCE_PREPOSITION);
  mark(sourcePostpositions, CUE_SOURCE_POSTPOSITION);
  mark(['nach'], CUE_NACH);
  mark(['so'], CUE_SO);
  mark(esVerbs, CUE_ES_VERB);
  mark(speechNouns, CUE_SPEECH_NOUN);
  mark(verbs.keys(), CUE_VERB);
  mark(konjunktivI, CUE_KONJUNKTIV_I);
  mark(konjunktivII, CUE_KONJUNKTIV_II);
  const spellings = [...cues.keys()].flatMap(spellingsOf);
  cached = {
    cues,
    cueLengths: lengthTable(spellings),
    cueShapes: shapeTable(spellings),
    cueTable: new KeyTable(cues),
    verbs,
    esVerbs,
    sourcePrepositions,
    sourcePostpositions,
    sourceNouns: set(v.sourceNouns),
    auxiliaries: set(v.auxiliaries),
    konjunktivI,
    konjunktivII,
    weakKonjunktiv: set(v.weakKonjunktiv),
    determiners: set(w.determiners),
    pronouns: set(w.pronouns),
    nameParticles: set(w.nameParticles),
    subordinators: set(w.subordinators),
    relativePronouns: set(w.relativePronouns),
    coordinators: set(w.coordinators),
    focusParticles: set(w.focusParticles),
    modals: set(MODALS),
    functionWords: set(w.functionWords),
    bodies: set(w.bodies),
    spokesNouns: set(w.spokesNouns),
    speechNouns,
    orgNouns: set(w.orgNouns),
    titleHeads: set(w.titleHeads),
    compoundTails: set(w.compoundTails),
    sogenannt: set(w.sogenannt),
    capitals: new Map(Object.entries(w.capitals).map(([k, code]) => [fold(k), code])),
    notNames: new Set([...set(w.functionWords), ...set(w.determiners), ...set(w.pronouns), ...set(w.subordinators)]),
    notAdjectives: new Set([...set(w.functionWords), ...set(w.determiners), ...verbs.keys()]),
    wordClasses: new Map(),
    classTable: new KeyTable(new Map()),
  };
  const classes = cached.wordClasses;
  for (const [bit, keys] of [
    [CLASS_DETERMINER, cached.determiners], [CLASS_PRONOUN, cached.pronouns], [CLASS_NOT_NAME, cached.notNames], [CLASS_NOT_ADJECTIVE, cached.notAdjectives],
    [CLASS_NAME_PARTICLE, cached.nameParticles], [CLASS_AUXILIARY, cached.auxiliaries], [CLASS_SUBORDINATOR, cached.subordinators],
    [CLASS_RELATIVE_PRONOUN, cached.relativePronouns], [CLASS_COORDINATOR, cached.coordinators], [CLASS_FOCUS_PARTICLE, cached.focusParticles],
    [CLASS_MODAL, cached.modals],
  ] as const) {
    for (const key of keys) classes.set(key, (classes.get(key) ?? 0) | bit);
  }
  cached.classTable = new KeyTable(classes);
  return cached;
}
