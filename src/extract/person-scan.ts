// Which tokens may start which person rule, found in one pass over a document's tokens
// (scanTokens): a bit per token for a capital, a speech verb ("sagte"), an honorific
// ("Herr"), a role word that a name may follow, a first name, a cue a name could run up
// to. The scan exists for speed: most tokens enter no rule, and extractPersons
// (persons.ts) skips them on their bits without reading their text; the gates here are
// first-character tables and cheap word filters that may say "maybe" wrongly, never
// "no" wrongly (test/extract/person-scan.test.ts holds them to their data).
import type { Doc } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { RangeWordSet, WordShapeFilter } from './names.js';
import { mayBeRoleWord } from './roles.js';
import { ARABIC_ARTICLES, MAX_NAME_WORDS, mayBeArabicArticle } from './person-names.js';
import { readFileSync } from 'node:fs';
import { mayBeCapital } from './letter-case.js';
import { SENTENCE_START, tokenSheet } from './gazetteer.js';

interface NameCues {
  verbs: string[];
}
const cues = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/name-cues.json', import.meta.url), 'utf8'),
) as NameCues;
/** The name-cue verbs ("sagte", "so"): flagged CUE by the scan; appositiveName also lets one follow its name. */
export const SPEECH_VERBS = new Set(cues.verbs);

const HONORIFICS = new Set(['Herr', 'Herrn', 'Frau', 'Mr.', 'Mrs.', 'Ms.']);

/** "Herr", "Frau" … right before token i, in its sentence. */
export function isHonorificBefore(scan: TokenScan, i: number): boolean {
  return i > 0 && (scan.flags[i - 1]! & (HONORIFIC | NEXT_IN_SENTENCE)) === (HONORIFIC | NEXT_IN_SENTENCE);
}

// Token flags (TokenScan.flags): what the rules ask of every token, found in one pass.
/** A name-cue verb ("sagte"). */
export const CUE = 1;
/** Starts with a capital letter. */
export const UPPER = 2;
/** The next token is in the same sentence. */
export const NEXT_IN_SENTENCE = 4;
/** An honorific ("Herr"). */
const HONORIFIC = 8;
/** Its first character allows a name word or particle ("Biden", "von", "al-Assad"); "maybe" unless certain. */
const MAY_START_NAME = 16;
/** Capitalised and ends like a role word ("…präsident", "Kanzler"): maybe a role, isRoleWord decides. */
export const MAY_BE_ROLE = 32;
/**
 * The first-name filter holds its shape (maybe a first name: the word's facts decide), and
 * the next token is in its sentence and may start a name word: the first-name rule may
 * apply ("Angela Merkel"). A first name before punctuation is not hashed for the filter.
 */
export const MAY_BE_FIRST_NAME = 64;
/**
 * A cue follows within MAX_NAME_WORDS tokens (i + 1 … i + MAX_NAME_WORDS), in the
 * sentence, with only tokens between that may be name words: where a name from here
 * could end right before it.
 */
export const CUE_AHEAD = 128;
/**
 * It may open a name after a role (nameAt, lenient, first word): its first character is
 * a capital letter or the first letter of a known first name ("maybe" beyond Latin-1 but
 * for general punctuation), or it may be an Arabic article glued to a name ("al-Assad":
 * the first letter of one and a hyphen where one would end, see mayBeArabicArticle).
 */
const OPENS_NAME = 256;
/**
 * Its first character may start a word of a name, particles and first names included
 * (letters; whatever first names and particles start with); "maybe" beyond Latin-1 but
 * for general punctuation. A first-character kind only (initialKinds), never a token flag.
 */
const STARTS_NAME_WORD = 512;
/**
 * Its first character starts an Arabic article ("al", "bin"), and no more than that is
 * known about opening a name: the token opens one only as an article glued to a name
 * (OPENS_NAME then, see mayBeArabicArticle). A first-character kind only.
 */
const ARABIC_INITIAL = 1024;
/** Appositive role phrases ("die Sprecherin des Weißen Hauses, Jen Psaki") reach this many tokens to their comma (appositiveName, the MAY_BE_ROLE gate). */
export const MAX_APPOSITIVE_REACH = 8;

/**
 * The flags of every token (and one more, 0, past the last): the one pass over all
 * tokens; the rules then read tokens only where the flags say a rule may apply. The
 * array may be longer (its entries past that one mean nothing) and is valid until the
 * next scan: a document's scan is read while its persons are extracted, then dropped.
 */
export interface TokenScan {
  flags: Uint16Array;
}

/**
 * The flags array, reused from document to document up to this many tokens (128 KB): a
 * typed array of its own per document costs more to allocate than scanning a short one.
 */
const MAX_REUSED_FLAGS = 1 << 16;
let reusedFlags = new Uint16Array(4096);

/** A flags array for n tokens and the 0 past them; every entry below n is written by the scan. */
function flagsFor(n: number): Uint16Array {
  if (n + 1 > MAX_REUSED_FLAGS) return new Uint16Array(n + 1);
  if (reusedFlags.length < n + 1) reusedFlags = new Uint16Array(Math.min(MAX_REUSED_FLAGS, Math.max(n + 1, reusedFlags.length * 2)));
  reusedFlags[n] = 0;
  return reusedFlags;
}

/**
 * The words the flags name, asked of a token's range of the text: the cue verbs and
 * honorifics exactly (RangeWordSet), the first names by a filter whose "no" is certain
 * (WordShapeFilter). A lower-case word that is no cue verb, and a capitalised word that
 * is no first name or honorific, cost a few char reads; no token string is loaded.
 */
export interface WordGates {
  cues: RangeWordSet;
  honorifics: RangeWordSet;
  firstNames: WordShapeFilter;
}

let wordGates: WordGates | null = null;

/** The gates, for the tests that hold them to the words they stand for. */
export function personWordGates(): Readonly<WordGates> {
  return gates();
}

function gates(): WordGates {
  return (wordGates ??= {
    cues: new RangeWordSet(SPEECH_VERBS),
    honorifics: new RangeWordSet(HONORIFICS),
    firstNames: new WordShapeFilter(lexicon().firstNames),
  });
}

/**
 * Reads no Token object: each token's offsets and sentence starts come from the doc's
 * token sheet (typed arrays, read in order; built once per document and shared with the
 * kind and organisation rules), its characters from the document text, one flat string.
 * Loading every token object cost more than the rest of the scan.
 */
export function scanTokens(doc: Doc): TokenScan {
  const text = doc.text;
  const { starts, ends, shapes } = tokenSheet(doc);
  const n = starts.length;
  const flags = flagsFor(n);
  const startKinds = initialKinds();
  const { cues, honorifics, firstNames } = gates();
  /**
   * Which sentence token k is in, counted down from 0 at the last token: the sheet marks
   * sentence starts, so only equality with the sentence of a later token is known.
   */
  let sentence = 0;
  /** The first cue after token k that a name from k could run up to, and its sentence. */
  let reachableCue = Infinity;
  let reachableCueSentence = -1;
  /** The first comma after token k, its sentence, and whether the token after it may open a name. */
  let commaAfter = Infinity;
  let commaSentence = -1;
  let commaOpensName = false;
  for (let k = n - 1; k >= 0; k--) {
    const start = starts[k]!;
    const end = ends[k]!;
    const c = text.charCodeAt(start);
    const kind = c < 256 ? startKinds[c]! : wideInitialKind(c);
    let f = kind & (UPPER | MAY_START_NAME | OPENS_NAME);
    if ((kind & ARABIC_INITIAL) !== 0 && mayBeArabicArticle(text, start, end)) f |= OPENS_NAME;
    if ((kind & CUE) !== 0 && cues.has(text, start, end)) f |= CUE;
    if ((kind & HONORIFIC) !== 0 && honorifics.has(text, start, end)) f |= HONORIFIC;
    if (k + 1 < n) {
      if ((shapes[k + 1]! & SENTENCE_START) === 0) f |= NEXT_IN_SENTENCE;
      else sentence--;
    }
    if ((kind & UPPER) !== 0) {
      if ((f & NEXT_IN_SENTENCE) !== 0 && (flags[k + 1]! & MAY_START_NAME) !== 0 && firstNames.mayContain(text, start, end)) f |= MAY_BE_FIRST_NAME;
      // A role word counts only before a name (roleBeforeName) or a comma and a name
      // (appositiveName); most capitalised words have neither, and skip the role test.
      const nameNext = (f & NEXT_IN_SENTENCE) !== 0 && (flags[k + 1]! & OPENS_NAME) !== 0;
      const nameAfterComma = commaOpensName && commaAfter <= k + MAX_APPOSITIVE_REACH && commaSentence === sentence;
      if ((nameNext || nameAfterComma) && mayBeRoleWord(text, start, end)) f |= MAY_BE_ROLE;
    }
    if (reachableCue <= k + MAX_NAME_WORDS && reachableCueSentence === sentence) f |= CUE_AHEAD;
    // For the token before: a cue is the nearest end; a token no name word starts with breaks the run.
    if ((f & CUE) !== 0) {
      reachableCue = k;
      reachableCueSentence = sentence;
    } else if ((kind & STARTS_NAME_WORD) === 0) {
      reachableCue = Infinity;
    }
    if (c === COMMA && end - start === 1) {
      commaAfter = k;
      commaSentence = sentence;
      commaOpensName = (flags[k + 1]! & OPENS_NAME) !== 0;
    }
    flags[k] = f;
  }
  return { flags };
}

const COMMA = 0x2c;

let latin1Kinds: Uint16Array | null = null;
/** First characters beyond Latin-1 of known first names. */
let wideFirstNameInitials: Set<number> | null = null;

/**
 * Per Latin-1 first character: UPPER, MAY_START_NAME, OPENS_NAME, and CUE / HONORIFIC
 * when some cue verb / honorific starts with it (the filters and Sets then decide).
 */
function initialKinds(): Uint16Array {
  if (latin1Kinds) return latin1Kinds;
  const kinds = new Uint16Array(256);
  for (let c = 0; c < 256; c++) {
    // Letters may start a name word; no punctuation, digit or symbol does.
    if (/^\p{L}/u.test(String.fromCharCode(c))) kinds[c]! |= MAY_START_NAME | STARTS_NAME_WORD;
    // A capital (exact in Latin-1); isCapitalisedWord and isDictionaryName ask for one first.
    if (mayBeCapital(c)) kinds[c]! |= UPPER | OPENS_NAME;
  }
  wideFirstNameInitials = new Set();
  for (const name of lexicon().firstNames) {
    const c = name.charCodeAt(0);
    if (c < 256) kinds[c]! |= OPENS_NAME | STARTS_NAME_WORD;
    else wideFirstNameInitials.add(c);
  }
  // An article's letter opens a name only in an article glued to one, unless a capital or a first name starts with it too.
  for (const particle of ARABIC_ARTICLES) {
    const c = particle.charCodeAt(0);
    if ((kinds[c]! & OPENS_NAME) === 0) kinds[c]! |= ARABIC_INITIAL;
  }
  for (const particle of lexicon().nameParticles) {
    // Particles are matched lower-cased: any case of their first letter.
    for (const c of [particle.charCodeAt(0), particle[0]!.toUpperCase().charCodeAt(0)]) {
      if (c < 256) kinds[c]! |= STARTS_NAME_WORD;
      else wideFirstNameInitials.add(c);
    }
  }
  for (const verb of SPEECH_VERBS) if (verb.charCodeAt(0) < 256) kinds[verb.charCodeAt(0)]! |= CUE;
  for (const honorific of HONORIFICS) if (honorific.charCodeAt(0) < 256) kinds[honorific.charCodeAt(0)]! |= HONORIFIC;
  return (latin1Kinds = kinds);
}

/** wideInitialKind's answers by code unit: quotation marks and dashes are frequent tokens, and the answer costs two strings. */
const wideKinds = new Map<number, number>();

/** initialKinds for a first code unit beyond Latin-1: conservative but for punctuation ("„", "–"). */
function wideInitialKind(c: number): number {
  let kind = wideKinds.get(c);
  if (kind === undefined) wideKinds.set(c, (kind = wideKindOf(c)));
  return kind;
}

function wideKindOf(c: number): number {
  const first = String.fromCharCode(c);
  let kind = CUE | HONORIFIC;
  if (first !== first.toLowerCase()) kind |= UPPER;
  // General punctuation ("„", "–", "…") starts no name; anything else may.
  if (!(c >= 0x2000 && c <= 0x206f)) kind |= MAY_START_NAME | OPENS_NAME | STARTS_NAME_WORD;
  else if (wideFirstNameInitials!.has(c)) kind |= OPENS_NAME | STARTS_NAME_WORD;
  return kind;
}

