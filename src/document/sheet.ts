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

const HYPHEN = 0x2d;
const SHARP_S = 0xdf;
const LOWER_S = 0x73;

/**
 * The first-character shape bits (MAY_BE_CAPITAL, STARTS_UPPER, STARTS_LOWER) of each
 * UTF-16 code unit, learnt on first sight, plus LEARNT; 0 for not yet seen. A
 * surrogate is left to the regexes on the whole token.
 */
const firstCharShapes = new Uint8Array(0x10000);
const LEARNT = 128;

/** The shape bits of a token starting with code unit c (`word` is the token, read only for a surrogate). */
export function firstCharShape(c: number, word: string): number {
  const known = firstCharShapes[c]!;
  if (known !== 0) return known & ~LEARNT;
  const isSurrogate = c >= 0xd800 && c <= 0xdfff;
  const first = isSurrogate ? word : String.fromCharCode(c);
  const shape = (mayBeCapital(c) ? MAY_BE_CAPITAL : 0) | (startsUpper(first) ? STARTS_UPPER : startsLower(first) ? STARTS_LOWER : 0);
  if (!isSurrogate) firstCharShapes[c] = shape | LEARNT;
  return shape;
}

/**
 * Fills a TokenSheet token by token, in scratch arrays shared by all docs (grown as
 * needed), and copies it out into one buffer of the doc's size at the end: one
 * allocation per doc.
 */
export class SheetWriter {
  private hashes = new Int32Array(1 << 12);
  private starts = new Int32Array(1 << 12);
  private ends = new Int32Array(1 << 12);
  private shapes = new Uint8Array(1 << 12);
  private count = 0;
  private sentence = -1;

  reset(): void {
    this.count = 0;
    this.sentence = -1;
  }

  /** Adds the token text[start, end) of sentence `sentence` (`word` is its string). */
  add(text: string, start: number, end: number, sentence: number, word: string): void {
    const i = this.count;
    if (i === this.hashes.length) this.grow();
    let shape = firstCharShape(text.charCodeAt(start), word);
    if (end - start === 1) shape |= SINGLE_UNIT;
    if (sentence !== this.sentence) {
      shape |= SENTENCE_START;
      this.sentence = sentence;
    }
    let h = HASH_SEED;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === SHARP_S) {
        h = hashStep(hashStep(h, LOWER_S), LOWER_S); // foldSharpS: ß → ss
        continue;
      }
      if (c === HYPHEN) shape |= HAS_HYPHEN;
      h = hashStep(h, c);
    }
    this.hashes[i] = h;
    this.shapes[i] = shape;
    this.starts[i] = start;
    this.ends[i] = end;
    this.count = i + 1;
  }

  /** The sheet of the tokens added since reset, in a buffer of its own. */
  finish(): TokenSheet {
    const n = this.count;
    const buffer = new ArrayBuffer(13 * n);
    const hashes = new Int32Array(buffer, 0, n);
    const starts = new Int32Array(buffer, 4 * n, n);
    const ends = new Int32Array(buffer, 8 * n, n);
    const shapes = new Uint8Array(buffer, 12 * n, n);
    hashes.set(this.hashes.subarray(0, n));
    starts.set(this.starts.subarray(0, n));
    ends.set(this.ends.subarray(0, n));
    shapes.set(this.shapes.subarray(0, n));
    return { hashes, shapes, starts, ends };
  }

  private grow(): void {
    const size = 2 * this.hashes.length;
    const hashes = new Int32Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const shapes = new Uint8Array(size);
    hashes.set(this.hashes);
    starts.set(this.starts);
    ends.set(this.ends);
    shapes.set(this.shapes);
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
    this.shapes = shapes;
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
