// The token sheet: what the token loops of the extractors read of each token (its
// ß-folded hash, the shape bits of its first character, its offsets), as typed
// arrays. The tokenizer fills it while it cuts the tokens, with the characters of
// each token just read: the extractors (places, organisations, kinds) then skip most
// tokens by array reads, without a pass of their own over the text.
//
// The hash is FNV-1a over the UTF-16 code units of the token as foldSharpS spells it
// (ß → ss), the hash the place and organisation gazetteers key their first words by
// (extract/gazetteer.ts: hashRange, FoldedHasher).
import type { Token } from '../types.js';
import { mayBeCapital, startsLower, startsUpper } from '../extract/letter-case.js';

/** What the token loops read of each token of a doc, computed once per doc. */
export interface TokenSheet {
  /** Each token's hash as the fold spells it (hashRange of `fold(token.text)`). */
  readonly hashes: Int32Array;
  /** Each token's shape bits (MAY_BE_CAPITAL …). */
  readonly shapes: Uint8Array;
  /** Each token's offsets in the text (Token.start, Token.end), read in order without loading the tokens. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Shape bits of a token (TokenSheet.shapes). */
/** mayBeCapital of its first code unit. */
export const MAY_BE_CAPITAL = 1;
/** startsUpper. */
export const STARTS_UPPER = 2;
/** startsLower. */
export const STARTS_LOWER = 4;
/** The first token of its sentence: it and the token before it are in different sentences. */
export const SENTENCE_START = 8;
/** A hyphen somewhere in it ("US-Regierung", "Staats-"). */
export const HAS_HYPHEN = 16;
/** One code unit long (punctuation, quotation marks). */
export const SINGLE_UNIT = 32;

/** FNV-1a over UTF-16 code units: cheap to compute incrementally, char by char. */
export const HASH_SEED = 0x811c9dc5;

export function hashStep(hash: number, charCode: number): number {
  return Math.imul(hash ^ charCode, 0x01000193);
}


/**
 * The first-character shape bits (MAY_BE_CAPITAL, STARTS_UPPER, STARTS_LOWER) of each
 * UTF-16 code unit, learnt on first sight, plus LEARNT; 0 for not yet seen. A
 * surrogate is left to the regexes on the whole token.
 */
const firstCharShapes = new Uint8Array(0x10000);
const LEARNT = 128;

/** The shape bits of a token starting with code unit c (`word` is the token, read only for a surrogate). */
function firstCharShape(c: number, word: string): number {
  const known = firstCharShapes[c]!;
  if (known !== 0) return known & ~LEARNT;
  const isSurrogate = c >= 0xd800 && c <= 0xdfff;
  const first = isSurrogate ? word : String.fromCharCode(c);
  const shape = (mayBeCapital(c) ? MAY_BE_CAPITAL : 0) | (startsUpper(first) ? STARTS_UPPER : startsLower(first) ? STARTS_LOWER : 0);
  if (!isSurrogate) firstCharShapes[c] = shape | LEARNT;
  return shape;
}

/** Bytes per slab: sheets of some hundred docs. */
const SLAB_BYTES = 1 << 20;

/**
 * Fills a TokenSheet token by token, straight into the place it keeps: a part of a
 * slab, one ArrayBuffer shared by the sheets of many docs (allocating an ArrayBuffer
 * costs several microseconds, as much as filling a short doc's sheet). The sheet's
 * four arrays are views of its part. A doc gets room for about as many tokens as
 * German text of its length has, and is moved to a part twice the size if it has more.
 */
export class SheetWriter {
  private slab = new ArrayBuffer(SLAB_BYTES);
  /** The whole slab as 32-bit and as 8-bit numbers: the token loop writes through these. */
  private slab32 = new Int32Array(this.slab);
  private slab8 = new Uint8Array(this.slab);
  /** Byte offset of the first free byte of the slab. */
  private free = 0;
  /** The doc's part: its room in tokens and where its four arrays start (in elements of slab32 and slab8). */
  private capacity = 0;
  private hashAt = 0;
  private startAt = 0;
  private endAt = 0;
  private shapeAt = 0;
  private count = 0;
  private sentence = -1;

  /** Starts a doc's sheet, with room for a text of this length. */
  reset(textLength: number): void {
    this.reserve((textLength >> 2) + 16);
    this.count = 0;
    this.sentence = -1;
  }

  /**
   * Adds the token text[start, end) of sentence `sentence`: `word` is its string,
   * `hash` its hash (ß as ss), `hasHyphen` whether a hyphen is in it; the tokenizer
   * worked these out as it read the characters (the gazetteer, for tokens tokenize did
   * not make or a fold of its own, from the tokens).
   */
  add(text: string, start: number, end: number, sentence: number, word: string, hash: number, hasHyphen: boolean): void {
    const i = this.count;
    if (i === this.capacity) this.grow();
    let shape = firstCharShape(text.charCodeAt(start), word);
    if (end - start === 1) shape |= SINGLE_UNIT;
    if (hasHyphen) shape |= HAS_HYPHEN;
    if (sentence !== this.sentence) {
      shape |= SENTENCE_START;
      this.sentence = sentence;
    }
    const slab32 = this.slab32;
    slab32[this.hashAt + i] = hash;
    slab32[this.startAt + i] = start;
    slab32[this.endAt + i] = end;
    this.slab8[this.shapeAt + i] = shape;
    this.count = i + 1;
  }

  /** The sheet of the tokens added since reset: views of its part of the slab, as long as the tokens. */
  finish(): TokenSheet {
    const n = this.count;
    const slab = this.slab;
    return {
      hashes: new Int32Array(slab, 4 * this.hashAt, n),
      starts: new Int32Array(slab, 4 * this.startAt, n),
      ends: new Int32Array(slab, 4 * this.endAt, n),
      shapes: new Uint8Array(slab, this.shapeAt, n),
    };
  }

  /** Takes the next part of the slab with room for `capacity` tokens (a new slab if it is full). */
  private reserve(capacity: number): void {
    const bytes = (13 * capacity + 3) & ~3; // the next part starts 4-aligned
    if (this.free + bytes > this.slab.byteLength) {
      this.slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
      this.slab32 = new Int32Array(this.slab);
      this.slab8 = new Uint8Array(this.slab);
      this.free = 0;
    }
    const base = this.free >> 2;
    this.capacity = capacity;
    this.hashAt = base;
    this.startAt = base + capacity;
    this.endAt = base + 2 * capacity;
    this.shapeAt = 4 * (base + 3 * capacity);
    this.free += bytes;
  }

  /** Moves the doc's sheet so far to a part twice the size. */
  private grow(): void {
    const { slab32, slab8, hashAt, startAt, endAt, shapeAt, capacity } = this;
    this.reserve(2 * capacity);
    this.slab32.set(slab32.subarray(hashAt, hashAt + capacity), this.hashAt);
    this.slab32.set(slab32.subarray(startAt, startAt + capacity), this.startAt);
    this.slab32.set(slab32.subarray(endAt, endAt + capacity), this.endAt);
    this.slab8.set(slab8.subarray(shapeAt, shapeAt + capacity), this.shapeAt);
  }
}

/** The sheets tokenize made, by their token arrays. */
const sheetsByTokens = new WeakMap<readonly Token[], TokenSheet>();

export function rememberSheet(tokens: readonly Token[], sheet: TokenSheet): void {
  sheetsByTokens.set(tokens, sheet);
}

/** The sheet tokenize made with these tokens, if it did. */
export function sheetMadeWith(tokens: readonly Token[]): TokenSheet | undefined {
  return sheetsByTokens.get(tokens);
}
