// Cheap necessary conditions for the organisation rules, tested on a token's characters
// and neighbours before any lookup: most tokens are lower-case function words or
// ordinary nouns, and only the rules their bits name pay for a lookup. Each gate may
// say "maybe" wrongly, never "no" wrongly (test/extract/fast-gates.test.ts).
import { lexicon } from '../lexicon/index.js';
import { HASH_SEED, HAS_HYPHEN, MAY_BE_CAPITAL, SENTENCE_START, SINGLE_UNIT, WordFilter, hashRange, hashStep, type TokenSheet, type TokenText } from './gazetteer.js';
import { lowerLatin1, mayBeCapital } from './letter-case.js';
import { SENTENCE_PUNCTUATION, mayBeOrgHead } from './org-patterns.js';

/** Quotation marks, around a weak alias („Bild“). */
export const QUOTE_MARKS = new Set(['"', '„', '“', '”', '«', '»', '‚', '‘', '’', '‹', '›']);

/** The code units of one-character strings of `set`: tested on the doc's text, where a Set of strings would hash each token. */
function codeSet(set: ReadonlySet<string>): Set<number> {
  return new Set([...set].filter((s) => s.length === 1).map((s) => s.charCodeAt(0)));
}
const QUOTE_MARK_CODES = codeSet(QUOTE_MARKS);
const SENTENCE_PUNCTUATION_CODES = codeSet(SENTENCE_PUNCTUATION);

/**
 * What lexicon().splitCompound and countryBody look up as a compound's first part:
 * before a hyphen an org prefix or a country prefix ("US-Regierung", "Nato-Chef");
 * glued, only the lexicon's glued org prefixes and country prefixes, of three letters
 * or more ("Kremlsprecher", "Russlandkenner"). `gluedStems` holds every opening of
 * those of three letters or more ("Kre", "Krem", "Kreml"): a word is read only as far
 * as it may still become one ("Verhandlungen" stops after "Verh").
 */
interface CompoundPrefixFilters {
  hyphenated: WordFilter;
  glued: WordFilter;
  gluedStems: WordFilter;
}

let compoundPrefixes: CompoundPrefixFilters | null = null;

function compoundPrefixFilters(): CompoundPrefixFilters {
  if (compoundPrefixes) return compoundPrefixes;
  const filters = { hyphenated: new WordFilter(), glued: new WordFilter(), gluedStems: new WordFilter() };
  const lex = lexicon();
  for (const prefix of [...lex.orgByPrefix.keys(), ...lex.countryByPrefix.keys()]) filters.hyphenated.add(prefix);
  for (const prefix of [...lex.orgByGluedPrefix.keys(), ...lex.countryByPrefix.keys()]) {
    if (prefix.length < GLUED_PREFIX_MIN) continue;
    filters.glued.add(prefix);
    for (let length = GLUED_PREFIX_MIN; length <= prefix.length; length++) filters.gluedStems.addHash(hashRange(prefix, 0, length));
  }
  compoundPrefixes = filters;
  return filters;
}

const GLUED_PREFIX_MIN = 3;

/** The capitalised-word rules, as bits of what capitalRulesAt answers. */
export const COMPOUND_RULES = 1; // country body, organisation inside a compound
export const ACRONYM_RULE = 2;
export const QUOTED_NAME_RULE = 4;
export const NAMED_PHRASE_RULE = 8;

/**
 * Which capitalised-word rules may fire at doc.tokens[i] (bits, 0 for none), by cheap
 * necessary conditions: most capitalised words (ordinary nouns) need no rule and
 * no lookup, and a word only pays for the rules its bits name. `shapes` is the doc's
 * TokenSheet; the word's characters are read from the doc's text.
 */
export function capitalRulesAt(doc: TokenText, sheet: TokenSheet, i: number): number {
  const text = doc.text;
  const shapes = sheet.shapes;
  const start = sheet.starts[i]!;
  const end = sheet.ends[i]!;
  const n = end - start;
  const shape = shapes[i]!;
  let rules = mayStartWithNamedPrefix(text, start, end, (shape & HAS_HYPHEN) !== 0) ? COMPOUND_RULES : 0;
  // Acronyms: two to six capitals.
  if (n >= 2 && n <= 6 && mayBeCapital(text.charCodeAt(start + 1))) rules |= ACRONYM_RULE;
  if (i + 1 >= shapes.length) return rules;
  const nextShape = shapes[i + 1]!;
  // A weak alias stands between quotation marks: „Bild“.
  if ((nextShape & SINGLE_UNIT) !== 0 && QUOTE_MARK_CODES.has(text.charCodeAt(sheet.starts[i + 1]!))) rules |= QUOTED_NAME_RULE;
  // A named org phrase: a proper adjective (capital, "-e", "-en", "-er", "-es", "-em") inside a sentence,
  // not after its punctuation, before more of them and an organisation noun.
  if (
    (shape & (MAY_BE_CAPITAL | SENTENCE_START)) === MAY_BE_CAPITAL &&
    (nextShape & (MAY_BE_CAPITAL | SENTENCE_START)) === MAY_BE_CAPITAL &&
    hasAdjectiveEnding(text, start, end) &&
    !((shapes[i - 1]! & SINGLE_UNIT) !== 0 && SENTENCE_PUNCTUATION_CODES.has(text.charCodeAt(sheet.starts[i - 1]!))) &&
    mayHaveOrgHeadAfter(text, sheet, i)
  ) {
    rules |= NAMED_PHRASE_RULE;
  }
  return rules;
}

/**
 * Whether namedOrgPhrase may find its head after the proper adjective doc.tokens[i]:
 * one of the next three tokens of its sentence may be an organisation noun
 * (mayBeOrgHead) and those before it may be proper adjectives (a capital and an
 * adjective ending), by their last letters.
 */
function mayHaveOrgHeadAfter(text: string, sheet: TokenSheet, i: number): boolean {
  const { shapes, starts, ends } = sheet;
  for (let k = i + 1; k <= i + 3 && k < shapes.length; k++) {
    if ((shapes[k]! & (MAY_BE_CAPITAL | SENTENCE_START)) !== MAY_BE_CAPITAL) return false;
    if (mayBeOrgHead(text, starts[k]!, ends[k]!)) return true;
    if (!hasAdjectiveEnding(text, starts[k]!, ends[k]!)) return false;
  }
  return false;
}

/**
 * Whether a compound text[start, end) may start with a state or an organisation, by
 * the hashes of its openings: before a hyphen ("US-Regierung", "Nato-Chef", "ZDF-"
 * ends in the name) or glued ("Kremlsprecher": three letters or more, before any
 * hyphen, never the whole word). Most capitalised words fail on their first three
 * letters, nearly all on their first five; `hasHyphen` (from the sheet) spares the search for one in most words.
 */
function mayStartWithNamedPrefix(text: string, start: number, end: number, hasHyphen: boolean): boolean {
  const prefixes = compoundPrefixFilters();
  let firstHyphen = start;
  if (hasHyphen) while (text.charCodeAt(firstHyphen) !== HYPHEN) firstHyphen++;
  const longestGlued = (hasHyphen ? firstHyphen : end - 1) - start;
  if (longestGlued >= GLUED_PREFIX_MIN) {
    // The openings text[start, k) of GLUED_PREFIX_MIN letters up to longestGlued, while they may lead to a prefix.
    let h = hashRange(text, start, start + GLUED_PREFIX_MIN);
    for (let k = start + GLUED_PREFIX_MIN; prefixes.gluedStems.mayContainHash(h); k++) {
      if (prefixes.glued.mayContainHash(h)) return true;
      if (k === start + longestGlued) break;
      h = hashStep(h, text.charCodeAt(k));
    }
  }
  if (!hasHyphen) return false;
  // Each hyphen: the word ends there ("ZDF-"), or what comes before it may be a prefix.
  let h = hashRange(text, start, firstHyphen);
  for (let at = firstHyphen; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === HYPHEN && (at === end - 1 || (at > start && prefixes.hyphenated.mayContainHash(h)))) return true;
    h = hashStep(h, c);
  }
  return false;
}

const HYPHEN = 0x2d;

/** A capital, lower case, then "-e", "-en", "-er", "-es" or "-em": the ending of a proper adjective text[start, end), by its last letters. */
function hasAdjectiveEnding(text: string, start: number, end: number): boolean {
  const n = end - start;
  const last = text.charCodeAt(end - 1);
  if (last === 101) return n >= 3; // -e
  return (last === 110 || last === 114 || last === 115 || last === 109) && n >= 4 && text.charCodeAt(end - 2) === 101; // -en -er -es -em
}

let countryWords: WordFilter | null = null;

/**
 * What countryOfModifier looks up: country adjective stems (lower case, "russisch")
 * and country surfaces (for genitives, "Russlands").
 */
function countryWordFilter(): WordFilter {
  if (countryWords) return countryWords;
  const filter = new WordFilter();
  const lex = lexicon();
  const words = [...lex.countryByAdjective.keys()];
  // Only all-lower-case surfaces: mayNameCountry leaves words with capitals to countryOfModifier.
  for (const [surface, place] of lex.placeBySurface) if (place.type === 'country' && surface === surface.toLowerCase()) words.push(surface);
  for (const word of words) filter.add(word);
  shortestCountry = Math.min(...words.map((word) => word.length));
  countryWords = filter;
  return filter;
}

let shortestCountry = 0;

/** No word shorter than this can name a country for countryOfModifier ("der", "die" cannot). */
export function shortestCountryWord(): number {
  countryWordFilter();
  return shortestCountry;
}

/**
 * Whether countryOfModifier may know a lower-case word text[start, end): its adjective
 * stem is the word lower-cased less an ending of at most two letters ("russisch|en"),
 * its genitive the word itself. False is certain; a word with capitals inside, or
 * beyond Latin-1, is left to countryOfModifier.
 */
export function mayNameCountry(text: string, start = 0, end = text.length): boolean {
  const filter = countryWordFilter();
  if (end - start < shortestCountry) return false;
  let h = HASH_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (lowerLatin1(c) !== c) return true;
    h = hashStep(h, c);
    if (k >= end - 3 && filter.mayContainHash(h)) return true;
  }
  return false;
}
