// Spelling variants of one name within a document: transliterations differ in
// vowels and y/i/j ("Selenskyj"/"Selenskij"/"Selenski"), and Swiss texts write ss
// for ß.
import { memoByWord } from '../lexicon/memo.js';

/** A key under which transliteration variants of a name collide. */
export const variantKey = memoByWord((name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/(?:yj|ij|iy|y|j)$/u, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1/g, '$1'));

/** Shorter names are variants of none but themselves ("Li" and "Lee" are two people). */
export const MIN_VARIANT_LENGTH = 5;

export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_VARIANT_LENGTH || b.length < MIN_VARIANT_LENGTH) return false;
  return variantKey(a) === variantKey(b);
}
