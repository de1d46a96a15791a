// Longest-match lookup of multi-word surface forms over a token sequence. The
// index is keyed by the first word, and a bitmap of the first words' hashes
// (WordFilter) answers "no entry starts here" for almost every token without a Map
// lookup: a Map probe costs cache misses, the bitmap is small enough to stay cached.
// Each token is hashed once per doc, whichever gazetteer asks first.
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

const identity = (s: string): string => s;

const UNSEEN = 0;
const KEPT = 1;
const CHANGED = 2;

/**
 * Hashes words as `fold` would spell them (hashRange of `fold(word)`), char by char
 * without building the folded string, and keeps each token array's hashes: the
 * gazetteers of one doc that fold alike (places, organisations) hash its tokens once.
 */
class FoldedHasher {
  private static readonly byFold = new Map<(s: string) => string, FoldedHasher>();
  /** Per UTF-16 code unit beyond ASCII: UNSEEN, KEPT by `fold` or CHANGED by it (into foldedChars). */
  private readonly foldState = new Uint8Array(0x10000);
  private readonly foldedChars = new Map<number, string>();
  private readonly hashesByTokens = new WeakMap<readonly Token[], Int32Array>();

  static for(fold: (s: string) => string): FoldedHasher {
    let hasher = FoldedHasher.byFold.get(fold);
    if (!hasher) {
      hasher = new FoldedHasher(fold);
      FoldedHasher.byFold.set(fold, hasher);
    }
    return hasher;
  }

  /** `fold` must work character by character (as ß → ss does) and keep ASCII as it is. */
  private constructor(private readonly fold: (s: string) => string) {
    for (let c = 0; c < 128; c++) {
      if (fold(String.fromCharCode(c)) !== String.fromCharCode(c)) throw new Error('Gazetteer: fold must keep ASCII');
    }
  }

  /** Each token's folded hash, computed once per token array. */
  hashesOf(tokens: readonly Token[]): Int32Array {
    let hashes = this.hashesByTokens.get(tokens);
    if (hashes) return hashes;
    hashes = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) hashes[i] = this.hash(tokens[i]!.text);
    this.hashesByTokens.set(tokens, hashes);
    return hashes;
  }

  hash(word: string): number {
    const foldState = this.foldState;
    let h = HASH_SEED;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c < 128 || foldState[c] === KEPT) {
        h = hashStep(h, c);
        continue;
      }
      if (foldState[c] === UNSEEN) this.learnFold(c);
      if (foldState[c] === KEPT) {
        h = hashStep(h, c);
        continue;
      }
      const folded = this.foldedChars.get(c)!;
      for (let j = 0; j < folded.length; j++) h = hashStep(h, folded.charCodeAt(j));
    }
    return h;
  }

  private learnFold(c: number): void {
    const char = String.fromCharCode(c);
    const folded = this.fold(char);
    if (folded !== char) this.foldedChars.set(c, folded);
    this.foldState[c] = folded === char ? KEPT : CHANGED;
  }
}

export class Gazetteer<T> {
  private readonly byFirst = new Map<string, GazetteerEntry<T>[]>();
  private readonly keys = new Set<string>();
  /** The (folded) first words: a token whose folded hash is not in it matches nothing. */
  private readonly firstWords = new WordFilter();
  /** First words that are entries by themselves; the others ("die" of "die tageszeitung") need a second word. */
  private readonly singleWords = new WordFilter();
  private readonly secondWords = new WordFilter();
  private readonly hasher: FoldedHasher;
  /** The token array last asked about and its hashes: match is called token by token. */
  private lastTokens: readonly Token[] | null = null;
  private lastHashes: Int32Array = new Int32Array(0);

  /** `fold` must work character by character (as ß → ss does) and keep ASCII as it is. */
  constructor(private readonly fold: (s: string) => string = identity) {
    this.hasher = FoldedHasher.for(fold);
  }

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
    this.firstWords.add(words[0]!);
    if (words.length === 1) this.singleWords.add(words[0]!);
    else this.secondWords.add(words[1]!);
  }

  /** The longest entry starting at tokens[i], matched within one sentence. */
  match(tokens: readonly Token[], i: number): { entry: GazetteerEntry<T>; end: number } | null {
    if (tokens !== this.lastTokens) {
      this.lastHashes = this.hasher.hashesOf(tokens);
      this.lastTokens = tokens;
    }
    const hashes = this.lastHashes;
    if (i >= tokens.length || !this.firstWords.mayContainHash(hashes[i]!)) return null;
    if (!this.singleWords.mayContainHash(hashes[i]!)) {
      const second = tokens[i + 1];
      if (!second || second.sentence !== tokens[i]!.sentence || !this.secondWords.mayContainHash(hashes[i + 1]!)) return null;
    }
    const candidates = this.byFirst.get(this.fold(tokens[i]!.text));
    if (!candidates) return null;
    for (const entry of candidates) {
      if (this.matchesAt(tokens, i, entry.words)) return { entry, end: i + entry.words.length };
    }
    return null;
  }

  private matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.sentence !== tokens[i]!.sentence || this.fold(t.text) !== words[k]) return false;
    }
    return true;
  }
}

/** Folds the spelling variants Swiss and older texts use: ß → ss. */
export const foldSharpS = (s: string): string => (s.includes('ß') ? s.replace(/ß/g, 'ss') : s);
