// Word tokens with offsets. Hyphenated compounds stay whole ("US-Präsident",
// "Ukraine-Konflikt") because their parts are what the extractors inspect, and an
// elliptical "Staats-" keeps its hyphen.
//
// A token is what /[\p{L}\p{M}\p{N}]+(?:[-‐'’.&][\p{L}\p{M}\p{N}]+)*-?|\S/u matches
// (TOKEN_PATTERN, kept for the tests that check the scanner against it). The scanner
// below is that regex by hand: every document passes through here, and classifying
// code points from a table is several times faster than a Unicode-property regex.
//
// While it cuts the tokens it fills the doc's TokenSheet (./sheet.ts) from the
// characters it has just read: the extractors find it with sheetMadeWith(tokens).
import type { Sentence, Token } from '../types.js';
import { HASH_SEED, SheetWriter, hashStep, rememberSheet } from './sheet.js';

export const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:[-‐'’.&][\p{L}\p{M}\p{N}]+)*-?|\S/gu;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Code point classes, ASCII and Latin-1 precomputed, the rest memoised on first sight. */
const Kind = { Space: 0, Word: 1, Other: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const kinds = new Map<number, Kind>();
const LOW_KINDS = new Uint8Array(0x250);
for (let cp = 0; cp < LOW_KINDS.length; cp++) LOW_KINDS[cp] = classify(cp);

function classify(cp: number): Kind {
  const ch = String.fromCodePoint(cp);
  if (WORD_CHAR.test(ch)) return Kind.Word;
  return SPACE_CHAR.test(ch) ? Kind.Space : Kind.Other;
}

function kindOf(cp: number): Kind {
  if (cp < LOW_KINDS.length) return LOW_KINDS[cp] as Kind;
  let kind = kinds.get(cp);
  if (kind === undefined) {
    kind = classify(cp);
    kinds.set(cp, kind);
  }
  return kind;
}

/** Characters that join two word runs into one token ("US-Präsident", "O'Neill", "z.B", "AT&T"). */
const JOINERS = new Set([0x2d, 0x2010, 0x27, 0x2019, 0x2e, 0x26]);
const HYPHEN = 0x2d;

const codePointWidth = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code point at `i`, but never one whose second half lies at or past `limit` (as if the text ended there). */
function codePointBefore(text: string, i: number, limit: number): number {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && i + 1 >= limit ? text.charCodeAt(i) : cp;
}

const sheet = new SheetWriter();

/**
 * What wordEnd read of the word besides its end: its hash as the sheet keeps it
 * (sheet.ts: ß-folded FNV-1a, computed char by char as the scan reads them) and
 * whether a hyphen joined or ended it.
 */
let wordHash = HASH_SEED;
let wordHasHyphen = false;

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  sheet.reset(text.length);
  for (let index = 0; index < sentences.length; index++) {
    const { start, end } = sentences[index]!;
    let i = start;
    while (i < end) {
      const cp = codePointBefore(text, i, end);
      const kind = kindOf(cp);
      if (kind === Kind.Space) {
        i += codePointWidth(cp);
        continue;
      }
      let tokenEnd: number;
      let hash: number;
      let hasHyphen: boolean;
      if (kind === Kind.Word) {
        tokenEnd = wordEnd(text, i, end);
        hash = wordHash;
        hasHyphen = wordHasHyphen;
      } else {
        // One code point: no ß (a word character), maybe a hyphen on its own.
        tokenEnd = i + codePointWidth(cp);
        hash = hashStep(HASH_SEED, text.charCodeAt(i));
        if (cp > 0xffff) hash = hashStep(hash, text.charCodeAt(i + 1));
        hasHyphen = cp === HYPHEN;
      }
      const word = text.slice(i, tokenEnd);
      tokens.push({ start: i, end: tokenEnd, text: word, sentence: index });
      sheet.add(text, i, tokenEnd, index, word, hash, hasHyphen);
      i = tokenEnd;
    }
  }
  rememberSheet(tokens, sheet.finish());
  return tokens;
}

/**
 * End of the word token starting at `i`: word runs joined by single joiners, then an
 * optional hyphen. Leaves the token's hash in wordHash, whether it has a hyphen in wordHasHyphen.
 */
function wordEnd(text: string, i: number, limit: number): number {
  wordHash = HASH_SEED;
  wordHasHyphen = false;
  let at = runEnd(text, i, limit);
  while (at < limit) {
    const joiner = text.charCodeAt(at);
    if (!JOINERS.has(joiner)) break;
    const next = at + 1;
    if (next >= limit || kindOf(codePointBefore(text, next, limit)) !== Kind.Word) break;
    wordHash = hashStep(wordHash, joiner);
    if (joiner === HYPHEN) wordHasHyphen = true;
    at = runEnd(text, next, limit);
  }
  if (at < limit && text.charCodeAt(at) === HYPHEN) {
    wordHash = hashStep(wordHash, HYPHEN);
    wordHasHyphen = true;
    return at + 1;
  }
  return at;
}

const SHARP_S = 0xdf;
const LOWER_S = 0x73;

/** End of the run of word characters from `i`, its characters hashed onto wordHash (ß as ss). */
function runEnd(text: string, i: number, limit: number): number {
  let h = wordHash;
  while (i < limit) {
    const cp = codePointBefore(text, i, limit);
    if (kindOf(cp) !== Kind.Word) break;
    if (cp > 0xffff) {
      h = hashStep(hashStep(h, text.charCodeAt(i)), text.charCodeAt(i + 1));
      i += 2;
    } else {
      h = cp === SHARP_S ? hashStep(hashStep(h, LOWER_S), LOWER_S) : hashStep(h, cp);
      i++;
    }
  }
  wordHash = h;
  return i;
}
