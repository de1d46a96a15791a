// Role nouns recognised by their German heads ("…präsident", "…sprecherin",
// "Kremlchef"), and the country a role names through its compound prefix
// ("US-Präsident"), an adjective ("der italienische Regierungschef") or a
// genitive ("Russlands Außenminister").
import type { Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { countryOfAdjective } from '../lexicon/states.js';
import { memoByWord } from '../lexicon/memo.js';
import { SuffixTrie } from '../lexicon/suffix-trie.js';

const ROLE_ENDINGS = ['', 'in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em'];

let heads: SuffixTrie | null = null;

/** The role head a word ends in, or null: "Nato-Generalsekretär" → "sekretär". */
export function roleHead(word: string): string | null {
  // Most tokens are lower case or punctuation: answer those before the cache lookup.
  if (word.length < 3 || !startsUpper(word)) return null;
  return cachedRoleHead(word);
}

const UPPER_START = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(word)`, without the regex for ASCII. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

const cachedRoleHead = memoByWord(findRoleHead);

function findRoleHead(word: string): string | null {
  heads ??= new SuffixTrie(lexicon().roleHeads);
  const lower = word.toLowerCase();
  // The head must be the whole word or the end of a compound, not a fragment ("Chefin" vs "Schefin").
  const wholeOrCompoundEnd = (start: number): boolean => start !== 1 || lower[0] === '-';
  let best: string | null = null;
  // The longest head wins; between equally long ones, the first ending in ROLE_ENDINGS.
  for (const ending of ROLE_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const end = lower.length - ending.length;
    const start = heads.longestEndingAt(lower, end, wholeOrCompoundEnd);
    if (start >= 0 && (best === null || end - start > best.length)) best = lower.slice(start, end);
  }
  return best;
}

export const isRoleWord = memoByWord((word: string): boolean => lexicon().roleTitles.has(word) || roleHead(word) !== null);

/** Nominative singular of an inflected role: "Präsidenten" → "Präsident". */
export function roleLemma(word: string): string {
  const head = roleHead(word);
  if (!head) return word;
  const lower = word.toLowerCase();
  for (const ending of ['en', 'n', 's', 'es']) {
    if (lower.endsWith(head + ending) && !lower.endsWith(`${head}in${ending}`)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * The compound's first part when it names an organisation or a country:
 * "US-Präsident" → "US", "Kremlsprecher" → "Kreml". A glued compound only counts
 * when its rest is a word of its own ("Marineschiffe" is not "Marines" + "chiffe").
 */
export const compoundPrefix = memoByWord((word: string): string | null => {
  const lex = lexicon();
  const split = lex.splitCompound(word);
  if (!split) return null;
  if (word[split.prefix.length] === '-') return split.prefix;
  const rest = split.rest[0]!.toUpperCase() + split.rest.slice(1);
  return lex.isCommonNoun(rest) || roleHead(rest) !== null ? split.prefix : null;
});

/** The country a role word names by itself or through its prefix. */
export const countryOfRoleWord = memoByWord((word: string): string | null => {
  const lex = lexicon();
  const lemma = roleLemma(word);
  const direct = lex.countryRoles.get(lemma) ?? lex.countryRoles.get(word);
  if (direct) return direct;
  const prefix = compoundPrefix(word);
  if (!prefix) return null;
  return lex.countryByPrefix.get(prefix) ?? lex.orgByPrefix.get(prefix)?.country ?? null;
});


/** A country adjective ("russische", "US-amerikanischen") or genitive ("Russlands"). */
export const countryOfModifier = memoByWord((word: string): string | null => {
  const byAdjective = countryOfAdjective(word);
  if (byAdjective) return byAdjective;
  const place = lexicon().placeBySurface.get(word);
  if (place && place.type === 'country' && word !== place.name && word.endsWith('s')) return place.name;
  return null;
});

/** Country named by the words right before a role word, within its noun phrase. */
export function countryBefore(tokens: readonly Token[], roleIndex: number): string | null {
  for (let k = roleIndex - 1; k >= Math.max(0, roleIndex - 3); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[roleIndex]!.sentence) break;
    const country = countryOfModifier(t.text);
    if (country) return country;
    if (!/^\p{Ll}/u.test(t.text) && !/s$/.test(t.text)) break;
  }
  return null;
}
