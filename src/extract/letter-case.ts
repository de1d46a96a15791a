// Whether a word starts with a capital or a lower-case letter, as /^\p{Lu}/u and
// /^\p{Ll}/u say, answered from the char code for ASCII (nearly every token) and by
// the regex beyond it. Every extractor asks this of many tokens; the token gates ask
// the same of a bare code unit (mayBeCapital, lowerLatin1) before loading any string.

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** `/^\p{Lu}/u.test(text)`, without the regex for ASCII. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

/** `/^\p{Ll}/u.test(text)`, without the regex for ASCII. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text);
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

/**
 * Whether a word starting with code unit c may start with \p{Lu}: exact for Latin-1
 * (where the capitals are the letters lower-casing changes), "maybe" beyond it.
 */
export function mayBeCapital(c: number): boolean {
  return c < 256 ? lowerLatin1(c) !== c : true;
}
