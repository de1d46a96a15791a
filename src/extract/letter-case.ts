// Whether a word starts with a capital or a lower-case letter, as /^\p{Lu}/u and
// /^\p{Ll}/u say, answered from the char code for ASCII (nearly every token) and by
// the regex beyond it. Every extractor asks this of many tokens.

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
