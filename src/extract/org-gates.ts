// Cheap necessary conditions for the organisation rules, tested on a token's characters
// and neighbours before any lookup: most tokens are lower-case function words or
// ordinary nouns, and only the rules their bits name pay for a lookup. Each gate may
// say "maybe" wrongly, never "no" wrongly (test/extract/fast-gates.test.ts).
import type { Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { HASH_SEED, WordFilter, hashRange, hashStep } from './gazetteer.js';
import { lowerLatin1, mayBeCapital } from './letter-case.js';
import { SENTENCE_PUNCTUATION } from './org-patterns.js';

/** Quotation marks, around a weak alias („Bild“). */
export const QUOTE_MARKS = new Set(['"', '„', '“', '”', '«', '»', '‚', '‘', '’', '‹', '›']);

/**
 * What lexicon().splitCompound and countryBody look up as a compound's first part:
 * before a hyphen an org prefix or a country prefix ("US-Regierung", "Nato-Chef");
 * glued, only the lexicon's glued org prefixes and country prefixes, of three letters
 * or more ("Kremlsprecher", "Russlandkenner"). `gluedStarts` holds their first three
 * letters, the cheap first test.
 */
interface CompoundPrefixFilters {
  hyphenated: WordFilter;
  glued: WordFilter;
  gluedStarts: WordFilter;
}

let compoundPrefixes: CompoundPrefixFilters | null = null;

function compoundPrefixFilters(): CompoundPrefixFilters {
  if (compoundPrefixes) return compoundPrefixes;
  const filters = { hyphenated: new WordFilter(), glued: new WordFilter(), gluedStarts: new WordFilter() };
  const lex = lexicon();
  for (const prefix of [...lex.orgByPrefix.keys(), ...lex.countryByPrefix.keys()]) filters.hyphenated.add(prefix);
  for (const prefix of [...lex.orgByGluedPrefix.keys(), ...lex.countryByPrefix.keys()]) {
    if (prefix.length < GLUED_PREFIX_MIN) continue;
    filters.glued.add(prefix);
    filters.gluedStarts.addHash(hashRange(prefix, 0, GLUED_PREFIX_MIN));
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
 * Which capitalised-word rules may fire at tokens[i] (bits, 0 for none), by cheap
 * necessary conditions: most capitalised words (ordinary nouns) need no rule and
 * no lookup, and a word only pays for the rules its bits name.
 */
export function capitalRulesAt(tokens: readonly Token[], i: number): number {
  const word = tokens[i]!.text;
  const n = word.length;
  let rules = mayStartWithNamedPrefix(word) ? COMPOUND_RULES : 0;
  // Acronyms: two to six capitals.
  if (n >= 2 && n <= 6 && mayBeCapital(word.charCodeAt(1))) rules |= ACRONYM_RULE;
  const next = tokens[i + 1];
  if (!next) return rules;
  // A weak alias stands between quotation marks: „Bild“.
  if (next.text.length === 1 && QUOTE_MARKS.has(next.text)) rules |= QUOTED_NAME_RULE;
  // A named org phrase: a proper adjective (capital, "-e", "-en", "-er", "-es", "-em") inside a sentence,
  // not after its punctuation, before another capitalised word (an adjective or the head).
  const before = tokens[i - 1];
  if (
    hasAdjectiveEnding(word) &&
    next.sentence === tokens[i]!.sentence &&
    mayBeCapital(word.charCodeAt(0)) &&
    mayBeCapital(next.text.charCodeAt(0)) &&
    !!before &&
    before.sentence === next.sentence &&
    !(before.text.length === 1 && SENTENCE_PUNCTUATION.has(before.text))
  ) {
    rules |= NAMED_PHRASE_RULE;
  }
  return rules;
}

/**
 * Whether a compound may start with a state or an organisation, by the hashes of its
 * openings: before a hyphen ("US-Regierung", "Nato-Chef", "ZDF-" ends in the name) or
 * glued ("Kremlsprecher": three letters or more, before any hyphen, never the whole
 * word). Most capitalised words fail on their first three letters, and indexOf finds
 * hyphens without a loop here.
 */
function mayStartWithNamedPrefix(word: string): boolean {
  const n = word.length;
  const prefixes = compoundPrefixFilters();
  const firstHyphen = word.indexOf('-');
  const longestGlued = firstHyphen < 0 ? n - 1 : firstHyphen;
  if (longestGlued >= GLUED_PREFIX_MIN) {
    let h = hashRange(word, 0, GLUED_PREFIX_MIN);
    if (prefixes.gluedStarts.mayContainHash(h)) {
      if (prefixes.glued.mayContainHash(h)) return true;
      for (let k = GLUED_PREFIX_MIN; k < longestGlued; k++) {
        h = hashStep(h, word.charCodeAt(k));
        if (prefixes.glued.mayContainHash(h)) return true;
      }
    }
  }
  for (let at = firstHyphen; at >= 0; at = word.indexOf('-', at + 1)) {
    if (at === n - 1 || (at > 0 && prefixes.hyphenated.mayContainHash(hashRange(word, 0, at)))) return true;
  }
  return false;
}

/** A capital, lower case, then "-e", "-en", "-er", "-es" or "-em": the ending of a proper adjective, by its last letters. */
function hasAdjectiveEnding(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 101) return n >= 3; // -e
  return (last === 110 || last === 114 || last === 115 || last === 109) && n >= 4 && word.charCodeAt(n - 2) === 101; // -en -er -es -em
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
 * Whether countryOfModifier may know a lower-case word: its adjective stem is the
 * word lower-cased less an ending of at most two letters ("russisch|en"), its
 * genitive the word itself. False is certain; a word with capitals inside, or
 * beyond Latin-1, is left to countryOfModifier.
 */
export function mayNameCountry(word: string): boolean {
  const filter = countryWordFilter();
  const n = word.length;
  if (n < shortestCountry) return false;
  let h = HASH_SEED;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    if (lowerLatin1(c) !== c) return true;
    h = hashStep(h, c);
    if (k >= n - 3 && filter.mayContainHash(h)) return true;
  }
  return false;
}
