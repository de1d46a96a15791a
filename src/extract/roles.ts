// Role nouns recognised by their German heads ("…präsident", "…sprecherin",
// "Kremlchef"), and the country a role names through its compound prefix
// ("US-Präsident"), an adjective ("der italienische Regierungschef") or a
// genitive ("Russlands Außenminister").
import type { Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { countryOfAdjective } from '../lexicon/states.js';
import { memoByWord, ownCopy } from '../lexicon/memo.js';
import { EndingTrie } from './ending-trie.js';
import { startsLower, startsUpper } from './letter-case.js';

const ROLE_ENDINGS = ['', 'in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em'];

let heads: EndingTrie | null = null;

/** The role head a word ends in, or null: "Nato-Generalsekretär" → "sekretär". */
export function roleHead(word: string): string | null {
  // Most tokens are lower case or punctuation: answer those before the cache lookup.
  if (word.length < 3 || !startsUpper(word)) return null;
  // Most capitalised words end in no head: a few steps through the ending trie answer
  // them cheaper than a probe of the (large, uncached) per-word memo.
  if (!roleEndings().endsIn(word, 0, word.length)) return null;
  return cachedRoleHead(word);
}

const cachedRoleHead = memoByWord(findRoleHead);

function findRoleHead(word: string): string | null {
  heads ??= new EndingTrie(lexicon().roleHeads);
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

const cachedIsRoleWord = memoByWord((word: string): boolean => lexicon().roleTitles.has(word) || roleHead(word) !== null);

/** A role title ("Kanzler") or a word ending in a role head ("Nato-Generalsekretär"). */
export function isRoleWord(word: string): boolean {
  return mayBeRoleWord(word, 0, word.length) && cachedIsRoleWord(word);
}

/**
 * Whether text[start, end) ends like a role title or a role head with its inflection:
 * false is certain, true needs isRoleWord. A few reads of a flat trie, for token loops.
 */
export function mayBeRoleWord(text: string, start: number, end: number): boolean {
  return roleWordEndings().endsIn(text, start, end);
}

let headEndings: EndingTrie | null = null;
let titleOrHeadEndings: EndingTrie | null = null;

/** Every role head with every inflection ending: what a word with a role head ends in. */
function roleEndings(): EndingTrie {
  return (headEndings ??= new EndingTrie(headsWithEndings()));
}

/** The same, and the role titles (lower-cased). */
function roleWordEndings(): EndingTrie {
  return (titleOrHeadEndings ??= new EndingTrie([...headsWithEndings(), ...[...lexicon().roleTitles].map((t) => t.toLowerCase())]));
}

function headsWithEndings(): string[] {
  return lexicon().roleHeads.flatMap((head) => ROLE_ENDINGS.map((ending) => head + ending));
}

/**
 * Nominative singular of an inflected role: "Präsidenten" → "Präsident". Cached: asked of
 * every role word before a name; the answer is a copy of its own, not a view into a document.
 */
export const roleLemma = memoByWord((word: string): string => ownCopy(lemmaOfRole(word)));

function lemmaOfRole(word: string): string {
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
    if (!startsLower(t.text) && !t.text.endsWith('s')) break;
  }
  return null;
}
