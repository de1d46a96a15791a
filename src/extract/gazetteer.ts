// Longest-match lookup of multi-word surface forms over a token sequence. The
// index is keyed by the first word, and a bitmap of the first words' hashes
// (WordFilter) answers "no entry starts here" for almost every token without a Map
// lookup: a Map probe costs cache misses, the bitmap is small enough to stay cached.
import type { Token } from '../types.js';

export interface GazetteerEntry<T> {
  words: string[];
  value: T;
}

/** FNV-1a over UTF-16 code units: cheap to compute incrementally, char by char. */
export const HASH_SEED = 0x811c9dc5;

export function hashStep(hash: number, charCode: number): number {
  return Math.imul(hash ^ charCode, 0x01000193);
}

/** The hash of `word.slice(from, to)`, without the slice. */
export function hashRange(word: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/**
 * `String.fromCharCode(c).toLowerCase()` as a code, for Latin-1 (where lower-casing
 * maps one character to one, whatever its neighbours); -1 beyond Latin-1.
 */
export function lowerLatin1(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
  return -1;
}

const FILTER_BITS = 18; // 2^18 bits = 32 KB: stays in cache, few false positives for some thousand words

/**
 * A set of strings kept as one bit per hash (a one-hash Bloom filter): "no" is
 * certain, "maybe" needs the real lookup. For gating Map lookups in token loops.
 */
export class WordFilter {
  private readonly bits = new Int32Array(1 << (FILTER_BITS - 5));

  add(word: string): void {
    this.addHash(hashRange(word, 0, word.length));
  }

  addHash(hash: number): void {
    const b = hash >>> (32 - FILTER_BITS);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayContain(word: string): boolean {
    return this.mayContainHash(hashRange(word, 0, word.length));
  }

  mayContainHash(hash: number): boolean {
    const b = hash >>> (32 - FILTER_BITS);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** How many leading characters the gazetteer's cheap first test reads. */
const PREFIX_LENGTH = 3;
/** Not an int32, so no hash: foldedHash's "no". */
const REJECTED = 2 ** 32;
const UNSEEN = 0;
const KEPT = 1;
const CHANGED = 2;

export class Gazetteer<T> {
  private readonly byFirst = new Map<string, GazetteerEntry<T>[]>();
  private readonly keys = new Set<string>();
  /** The (folded) first words: a token whose folded text is not in it matches nothing. */
  private readonly firstWords = new WordFilter();
  /** Their first three (folded) characters: most tokens are out after reading those. */
  private readonly firstWordStarts = new WordFilter();
  /** First words that are entries by themselves; the others ("die" of "die tageszeitung") need a second word. */
  private readonly singleWords = new WordFilter();
  private readonly secondWords = new WordFilter();
  private readonly secondWordStarts = new WordFilter();
  /** Per UTF-16 code unit: UNSEEN, KEPT by `fold` or CHANGED by it (into foldedChars). */
  private readonly foldState = new Uint8Array(0x10000);
  private readonly foldedChars = new Map<number, string>();

  /** `fold` must work character by character (as ß → ss does): a word's hash is folded char by char. */
  constructor(private readonly fold: (s: string) => string = (s) => s) {}

  add(surface: string, value: T): void {
    const words = surface.split(/\s+/).filter(Boolean).map(this.fold);
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.keys.has(key)) return; // first wins: deterministic
    this.keys.add(key);
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    addWord(this.firstWords, this.firstWordStarts, words[0]!);
    if (words.length === 1) this.singleWords.add(words[0]!);
    else addWord(this.secondWords, this.secondWordStarts, words[1]!);
  }

  /** The longest entry starting at tokens[i], matched within one sentence. */
  match(tokens: readonly Token[], i: number): { entry: GazetteerEntry<T>; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const h = this.foldedHash(first.text, this.firstWordStarts);
    if (h === REJECTED || !this.firstWords.mayContainHash(h)) return null;
    if (!this.singleWords.mayContainHash(h)) {
      const second = tokens[i + 1];
      if (!second || second.sentence !== first.sentence) return null;
      const h2 = this.foldedHash(second.text, this.secondWordStarts);
      if (h2 === REJECTED || !this.secondWords.mayContainHash(h2)) return null;
    }
    const candidates = this.byFirst.get(this.fold(first.text));
    if (!candidates) return null;
    for (const entry of candidates) {
      if (this.matchesAt(tokens, i, entry.words)) return { entry, end: i + entry.words.length };
    }
    return null;
  }

  /**
   * The hash of `fold(word)` (hashRange), or REJECTED as soon as its first three
   * characters are not in `starts`. Most words have no character `fold` changes:
   * they are hashed as they are; the others by foldedHashSlow.
   */
  private foldedHash(word: string, starts: WordFilter): number {
    const foldState = this.foldState;
    const n = word.length;
    let h = HASH_SEED;
    let k = 0;
    for (; k < n && k < PREFIX_LENGTH; k++) {
      const c = word.charCodeAt(k);
      if (foldState[c] !== KEPT) return this.foldedHashSlow(word, starts);
      h = hashStep(h, c);
    }
    if (!starts.mayContainHash(h)) return REJECTED;
    for (; k < n; k++) {
      const c = word.charCodeAt(k);
      if (foldState[c] !== KEPT) return this.foldedHashSlow(word, starts);
      h = hashStep(h, c);
    }
    return h;
  }

  /** foldedHash for a word with characters `fold` changes (or not seen yet): folds char by char. */
  private foldedHashSlow(word: string, starts: WordFilter): number {
    let h = HASH_SEED;
    let length = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      const state = this.foldState[c] === UNSEEN ? this.learnFold(c) : this.foldState[c]!;
      const folded = state === KEPT ? String.fromCharCode(c) : this.foldedChars.get(c)!;
      for (let j = 0; j < folded.length; j++) {
        h = hashStep(h, folded.charCodeAt(j));
        if (++length === PREFIX_LENGTH && !starts.mayContainHash(h)) return REJECTED;
      }
    }
    return length < PREFIX_LENGTH && !starts.mayContainHash(h) ? REJECTED : h;
  }

  private learnFold(c: number): number {
    const char = String.fromCharCode(c);
    const folded = this.fold(char);
    const state = folded === char ? KEPT : CHANGED;
    if (state === CHANGED) this.foldedChars.set(c, folded);
    this.foldState[c] = state;
    return state;
  }

  private matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.sentence !== tokens[i]!.sentence || this.fold(t.text) !== words[k]) return false;
    }
    return true;
  }
}

/** A word into a filter of words and one of their first three characters. */
function addWord(words: WordFilter, starts: WordFilter, word: string): void {
  words.add(word);
  starts.addHash(hashRange(word, 0, Math.min(PREFIX_LENGTH, word.length)));
}

/** Folds the spelling variants Swiss and older texts use: ß → ss. */
export const foldSharpS = (s: string): string => (s.includes('ß') ? s.replace(/ß/g, 'ss') : s);
