// Longest-match lookup of multi-word surface forms over a token sequence. The
// index is keyed by the first word, and a bitmap of the first words' hashes
// (WordFilter) answers "no entry starts here" for almost every token without a Map
// lookup: a Map probe costs cache misses, the bitmap is small enough to stay cached.
//
// Each doc's tokens are read once, into a TokenSheet (typed arrays: each token's
// folded hash and the shape bits of its first characters): tokenize fills it as it
// cuts the tokens (document/sheet.ts), for the ß-folding gazetteers (places,
// organisations) and the kinds; a gazetteer that folds otherwise, or tokens that
// tokenize did not make, get theirs here on first use. The place, organisation and
// kind extractors then skip most tokens by array reads, without touching the token
// objects or their strings. The sheet reads the characters from the doc's text by
// offset: charCodeAt on one flat string is several times faster than on each token's
// own string (a copy or a slice, one or two bytes per character: the loop cannot
// settle on one representation).
import type { Doc, Token } from '../types.js';
import { HASH_SEED, MAY_BE_CAPITAL, SENTENCE_START, SheetWriter, hashStep, sheetMadeWith, type TokenSheet } from '../document/sheet.js';
import { mayBeCapital } from './letter-case.js';

export {
  HAS_HYPHEN, HASH_SEED, MAY_BE_CAPITAL, SENTENCE_START, SINGLE_UNIT, STARTS_LOWER, STARTS_UPPER, hashStep, type TokenSheet,
} from '../document/sheet.js';

export interface GazetteerEntry<T> {
  words: string[];
  value: T;
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
  private readonly bits: Int32Array;
  private readonly shift: number;

  /** 2^bitCount bits: a small filter for a few words stays in the first-level cache. */
  constructor(bitCount = FILTER_BITS) {
    this.bits = new Int32Array(1 << (bitCount - 5));
    this.shift = 32 - bitCount;
  }

  add(word: string): void {
    this.addHash(hashRange(word, 0, word.length));
  }

  addHash(hash: number): void {
    const b = hash >>> this.shift;
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayContain(word: string): boolean {
    return this.mayContainHash(hashRange(word, 0, word.length));
  }

  mayContainHash(hash: number): boolean {
    const b = hash >>> this.shift;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

const identity = (s: string): string => s;

/** A doc's text and tokens: what a TokenSheet is read from. */
export type TokenText = Pick<Doc, 'text' | 'tokens'>;

const UNSEEN = 0;
const KEPT = 1;
const CHANGED = 2;
const HYPHEN = 0x2d;

/**
 * Hashes words as `fold` would spell them (hashRange of `fold(word)`), char by char
 * without building the folded string, and keeps each doc's TokenSheet: the
 * gazetteers of one doc that fold alike (places, organisations) read its tokens once.
 */
class FoldedHasher {
  private static readonly byFold = new Map<(s: string) => string, FoldedHasher>();
  /** Per UTF-16 code unit beyond ASCII: UNSEEN, KEPT by `fold` or CHANGED by it (into foldedChars). */
  private readonly foldState = new Uint8Array(0x10000);
  private readonly foldedChars = new Map<number, string>();
  private readonly sheetsByTokens = new WeakMap<readonly Token[], TokenSheet>();
  /** Writes the sheets of tokens tokenize did not make (made on first need: its slab is 1 MB). */
  private writer: SheetWriter | null = null;
  /** Whether the fold is foldSharpS, as the sheets tokenize makes (document/sheet.ts). */
  private readonly foldsLikeTokenizer: boolean;

  static for(fold: (s: string) => string): FoldedHasher {
    let hasher = FoldedHasher.byFold.get(fold);
    if (!hasher) {
      hasher = new FoldedHasher(fold);
      FoldedHasher.byFold.set(fold, hasher);
    }
    return hasher;
  }

  /**
   * `fold` must work character by character (as ß → ss does), keep ASCII as it is and
   * keep whether a character may be a capital (mayBeCapital of its first character:
   * Gazetteer.mayStartWith relies on it). Tested here for the Latin alphabets.
   */
  private constructor(private readonly fold: (s: string) => string) {
    this.foldsLikeTokenizer = fold === foldSharpS;
    for (let c = 0; c < 0x250; c++) {
      const char = String.fromCharCode(c);
      const folded = fold(char);
      if (c < 128 && folded !== char) throw new Error('Gazetteer: fold must keep ASCII');
      if (mayBeCapital(folded.charCodeAt(0)) !== mayBeCapital(c)) throw new Error('Gazetteer: fold must keep capitals capitals');
    }
  }

  /** The doc's TokenSheet, computed once per token array (by tokenize, if this hasher folds as its sheet does). */
  sheetOf(doc: TokenText): TokenSheet {
    const tokens = doc.tokens;
    let sheet = this.foldsLikeTokenizer ? sheetMadeWith(tokens) : undefined;
    if (sheet) return sheet;
    sheet = this.sheetsByTokens.get(tokens);
    if (sheet) return sheet;
    const text = doc.text;
    const writer = (this.writer ??= new SheetWriter());
    writer.reset(text.length);
    const foldState = this.foldState;
    for (const token of tokens) {
      const { start, end } = token;
      let hasHyphen = false;
      let h = HASH_SEED;
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c < 128) {
          if (c === HYPHEN) hasHyphen = true;
          h = hashStep(h, c);
        } else {
          h = foldState[c] === KEPT ? hashStep(h, c) : this.hashStepFolded(h, c);
        }
      }
      writer.add(text, start, end, token.sentence, token.text, h, hasHyphen);
    }
    sheet = writer.finish();
    this.sheetsByTokens.set(tokens, sheet);
    return sheet;
  }

  /** Whether `fold(text.slice(start, end))` is `word`, without the slice or the folded string. */
  foldsTo(text: string, start: number, end: number, word: string): boolean {
    let at = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c < 128 || this.foldState[c] === KEPT) {
        if (word.charCodeAt(at++) !== c) return false;
        continue;
      }
      if (this.foldState[c] === UNSEEN) this.learnFold(c);
      if (this.foldState[c] === KEPT) {
        if (word.charCodeAt(at++) !== c) return false;
        continue;
      }
      const folded = this.foldedChars.get(c)!;
      for (let j = 0; j < folded.length; j++) if (word.charCodeAt(at++) !== folded.charCodeAt(j)) return false;
    }
    return at === word.length;
  }

  /** hashStep over what `fold` makes of code unit c (not ASCII). */
  private hashStepFolded(h: number, c: number): number {
    if (this.foldState[c] === UNSEEN) this.learnFold(c);
    if (this.foldState[c] === KEPT) return hashStep(h, c);
    const folded = this.foldedChars.get(c)!;
    for (let j = 0; j < folded.length; j++) h = hashStep(h, folded.charCodeAt(j));
    return h;
  }

  private learnFold(c: number): void {
    const char = String.fromCharCode(c);
    const folded = this.fold(char);
    if (folded !== char) this.foldedChars.set(c, folded);
    this.foldState[c] = folded === char ? KEPT : CHANGED;
  }
}

/** One hash of two words' hashes, its high bits (what WordFilter reads) mixed from both. */
function pairHash(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Filter bits for the first words that start otherwise than with a capital ("dpa", "die tageszeitung"): a few dozen. */
const OTHER_FIRST_BITS = 12;

export class Gazetteer<T> {
  /** The entries by the TokenSheet hash of their first word (halved: a small integer key), longest first. */
  private readonly byFirstHash = new Map<number, GazetteerEntry<T>[]>();
  private readonly keys = new Set<string>();
  /**
   * The (folded) first words that may start with a capital, and the others: a token
   * whose folded hash is not in the filter for its first character matches nothing.
   * (Folding keeps capitals capitals.) Most tokens are lower case, and the small
   * filter of the few entries that start so stays cached.
   */
  private readonly capitalFirstWords = new WordFilter();
  private readonly otherFirstWords = new WordFilter(OTHER_FIRST_BITS);
  /** First words that are entries by themselves; the others ("die" of "die tageszeitung") need a second word. */
  private readonly singleWords = new WordFilter();
  /** The first two words of the longer entries, by pairHash: "die Regierung" is no entry's start, whatever the words are alone. */
  private readonly firstPairs = new WordFilter();
  private readonly hasher: FoldedHasher;
  /** The token array last asked about and its hashes: match is called token by token. */
  private lastTokens: readonly Token[] | null = null;
  private lastHashes: Int32Array = new Int32Array(0);
  private lastShapes: Uint8Array = new Uint8Array(0);

  /**
   * `fold` must work character by character (as ß → ss does), keep ASCII as it is and
   * keep capitals capitals.
   */
  constructor(private readonly fold: (s: string) => string = identity) {
    this.hasher = FoldedHasher.for(fold);
  }

  add(surface: string, value: T): void {
    const words = surface.split(/\s+/).filter(Boolean).map(this.fold);
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.keys.has(key)) return; // first wins: deterministic
    this.keys.add(key);
    const first = words[0]!;
    const firstHash = hashRange(first, 0, first.length);
    const list = this.byFirstHash.get(firstHash >> 1) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstHash.set(firstHash >> 1, list);
    (mayBeCapital(first.charCodeAt(0)) ? this.capitalFirstWords : this.otherFirstWords).addHash(firstHash);
    if (words.length === 1) this.singleWords.addHash(firstHash);
    else this.firstPairs.addHash(pairHash(firstHash, hashRange(words[1]!, 0, words[1]!.length)));
  }

  /** The doc's TokenSheet as this gazetteer folds (the hashes of its tokens, their shapes). */
  sheetOf(doc: TokenText): TokenSheet {
    return this.hasher.sheetOf(doc);
  }

  /**
   * Whether an entry may start with a token of this shape and hash (from the doc's
   * TokenSheet): false is certain. The cheap first test, small enough to be inlined
   * in a token loop, before match.
   */
  mayStartWith(shape: number, hash: number): boolean {
    return ((shape & MAY_BE_CAPITAL) !== 0 ? this.capitalFirstWords : this.otherFirstWords).mayContainHash(hash);
  }

  /** The longest entry starting at doc.tokens[i], matched within one sentence. */
  match(doc: TokenText, i: number): { entry: GazetteerEntry<T>; end: number } | null {
    const tokens = doc.tokens;
    if (tokens !== this.lastTokens) {
      const sheet = this.hasher.sheetOf(doc);
      this.lastHashes = sheet.hashes;
      this.lastShapes = sheet.shapes;
      this.lastTokens = tokens;
    }
    const hashes = this.lastHashes;
    if (i >= tokens.length || !this.mayStartWith(this.lastShapes[i]!, hashes[i]!)) return null;
    if (!this.singleWords.mayContainHash(hashes[i]!)) {
      // A longer entry: the next token, in the same sentence, must pair with this one.
      if (i + 1 >= tokens.length || (this.lastShapes[i + 1]! & SENTENCE_START) !== 0) return null;
      if (!this.firstPairs.mayContainHash(pairHash(hashes[i]!, hashes[i + 1]!))) return null;
    }
    const candidates = this.byFirstHash.get(hashes[i]! >> 1);
    if (!candidates) return null;
    for (const entry of candidates) {
      if (this.matchesAt(doc, i, entry.words)) return { entry, end: i + entry.words.length };
    }
    return null;
  }

  /** Whether the tokens from i, in one sentence, fold to `words` (compared in the doc's text, not the tokens' strings). */
  private matchesAt(doc: TokenText, i: number, words: string[]): boolean {
    const tokens = doc.tokens;
    const sentence = tokens[i]!.sentence;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.sentence !== sentence || !this.hasher.foldsTo(doc.text, t.start, t.end, words[k]!)) return false;
    }
    return true;
  }
}

/** Folds the spelling variants Swiss and older texts use: ß → ss. */
export const foldSharpS = (s: string): string => (s.includes('ß') ? s.replace(/ß/g, 'ss') : s);

/** The doc's TokenSheet, its hashes folded by foldSharpS as the place and organisation gazetteers fold. */
export function tokenSheet(doc: TokenText): TokenSheet {
  return FoldedHasher.for(foldSharpS).sheetOf(doc);
}
