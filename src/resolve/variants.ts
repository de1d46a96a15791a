// Spelling variants of one name within a document: transliterations differ in
// vowels and y/i/j ("Selenskyj"/"Selenskij"/"Selenski"), and Swiss texts write ss
// for ß.
import { memoByWord } from '../lexicon/memo.js';

/** A key under which transliteration variants of a name collide. */
export const variantKey = memoByWord((name: string): string => (isPrintableAscii(name) ? asciiVariantKey(name) : spelledVariantKey(name)));

/** The key, spelled out: decompose and drop accents, lower-case, ß → ss, y/j → i, w → v, doubled letters once. */
export function spelledVariantKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/(?:yj|ij|iy|y|j)$/u, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1/g, '$1');
}

function isPrintableAscii(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const I = 0x69;

/**
 * spelledVariantKey for printable ASCII (most names), without the normalisation and six
 * regex passes: nothing to decompose, no ß, no line break for "." to stop at. A new name
 * is keyed for every surname and every word that opens like one, cold.
 */
function asciiVariantKey(name: string): string {
  const lower = name.toLowerCase();
  let n = lower.length;
  // (?:yj|ij|iy|y|j)$ → i: the leftmost match ends the word, so a two-letter one first.
  let last = -1;
  const tail2 = n >= 2 ? lower.slice(n - 2) : '';
  if (tail2 === 'yj' || tail2 === 'ij' || tail2 === 'iy') {
    n -= 2;
    last = I;
  } else if (n >= 1 && (lower.charCodeAt(n - 1) === 0x79 || lower.charCodeAt(n - 1) === 0x6a)) {
    n -= 1;
    last = I;
  }
  const codes: number[] = [];
  for (let k = 0; k < n; k++) codes.push(spelledCode(lower.charCodeAt(k)));
  if (last >= 0) codes.push(last);
  // (.)\1 → $1, left to right without overlap: "aaa" → "aa".
  let key = '';
  for (let k = 0; k < codes.length; k++) {
    key += String.fromCharCode(codes[k]!);
    if (k + 1 < codes.length && codes[k + 1] === codes[k]) k++;
  }
  return key;
}

/** y, j → i; w → v; the rest as it is. */
function spelledCode(c: number): number {
  if (c === 0x79 || c === 0x6a) return I;
  return c === 0x77 ? 0x76 : c;
}

/** Shorter names are variants of none but themselves ("Li" and "Lee" are two people). */
export const MIN_VARIANT_LENGTH = 5;

export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  return isVariantOfSameKey(a, b) && variantKey(a) === variantKey(b);
}

/** isSpellingVariant of two names known to share their variantKey: the same, or both long enough to be variants. */
export function isVariantOfSameKey(a: string, b: string): boolean {
  return a === b || (a.length >= MIN_VARIANT_LENGTH && b.length >= MIN_VARIANT_LENGTH);
}
