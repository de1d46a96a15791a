// What a person's name looks like: the longest run of name words from a token (nameAt),
// with particles ("Ursula von der Leyen"), Arabic articles ("al-Assad") and a place
// word as a given name after a role ("Wellington Koo"). The person rules (persons.ts)
// and the kind nouns (kinds.ts) read their names here. Each word is judged once: its
// facts are cached as bits of one number (wordFacts).
import type { Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { isCapitalisedWord, isDictionaryName, isFirstName, isNameLike, isNameParticle } from './names.js';
import { isRoleWord } from './roles.js';
import { memoByWord } from '../lexicon/memo.js';
import { mayBeCapital } from './letter-case.js';

/** The most words a name runs to (nameAt); the scan's cue reach (person-scan.ts) is as long. */
export const MAX_NAME_WORDS = 5;
/** Articles are particles only after another particle ("von der Leyen"), never alone ("Telefonat der Staatsführer"). */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'die', 'dem', 'des', 'das']);
/** Arabic articles glued to a name ("al-Assad", "bin-Salman"). */
export const ARABIC_ARTICLES = ['al', 'el', 'ad', 'as', 'ar', 'bin', 'ibn', 'abu', 'ben'];
const ARABIC_PARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-\\p{Lu}`, 'u');

/** A name made of the tokens from `start` (exclusive end), or null. */
export interface NameSpan {
  start: number;
  end: number;
}

function isKnownNonPerson(word: string): boolean {
  const lex = lexicon();
  return lex.placeBySurface.has(word) || lex.orgBySurface.has(word);
}

// What nameAt asks of a word, as bits of one cached number (wordFacts): one Map probe
// per token it reads, where asking each test of its own cost a probe (or a regex, or a
// lower-cased copy) apiece. The dictionary tests (isDictionaryName, isNameLike) are
// asked only where a rule needs them: they are costly to compute for a new word.
/** "al-Assad", "bin-Salman": an Arabic article glued to a name. */
const ARABIC = 1;
/** A role noun (isRoleWord): never part of a name. */
const ROLE = 2;
/** Starts with an ASCII lower-case letter. */
const LOWER_ASCII = 4;
/** A known first name. */
const FIRST_NAME = 8;
/** A known place or organisation surface (isKnownNonPerson). */
const NON_PERSON = 16;
/** May continue a name after a first name (isNameContinuation). */
const CONTINUATION = 32;
/** Capitalised like a name word (isCapitalisedWord). */
const CAPITALISED = 64;
/** A name particle in any case ("von", "Van"), and not an article ("der") that is one only after another. */
const JOINING_PARTICLE = 128;
/** A name particle in any case, articles included. */
const PARTICLE = 256;

/**
 * Words per generation of the wordFacts cache (memoByWord keeps two). nameAt reads ≈9k
 * distinct words in a 4 MB corpus, more than the default generation holds, and each
 * turnover cost a second Map probe for most words and a recomputation for some (≈740 a
 * pass); 2^14 words a generation hold them with room to spare, at about 2 MB a thread.
 */
const WORD_FACTS_LIMIT = 1 << 14;

const wordFacts = memoByWord((word: string): number => {
  const c = word.charCodeAt(0);
  let facts = 0;
  // The Arabic articles are lower case.
  if (c >= 97 && c <= 122) facts |= ARABIC_PARTICLE.test(word) ? LOWER_ASCII | ARABIC : LOWER_ASCII;
  if (isRoleWord(word)) facts |= ROLE;
  if (isFirstName(word)) facts |= FIRST_NAME;
  if (isKnownNonPerson(word)) facts |= NON_PERSON;
  // isNameContinuation is "capitalised and no function word": one regex test for both facts.
  if (isCapitalisedWord(word)) facts |= lexicon().functionWords.has(word) ? CAPITALISED : CAPITALISED | CONTINUATION;
  if (isNameParticle(word.toLowerCase())) facts |= ARTICLE_PARTICLES.has(word) ? PARTICLE : PARTICLE | JOINING_PARTICLE;
  return facts;
}, WORD_FACTS_LIMIT);

// What a word's first code unit (Latin-1) says before its facts are looked up: most
// words a name stops at are punctuation ("Joe Biden, …") or, for its first word, lower
// case ("sagte er"), and their first character answers without a memo probe.
/** A name word, particle or first name may start with it: a letter, or an initial of a first name or particle. */
const MAY_BE_NAME_WORD = 1;
/** The first word of a name may start with it: a capital, or the initial of a first name. */
const MAY_OPEN_NAME = 2;
/** An Arabic article starts with it: the first word of a name if glued to one ("al-Assad"), see ARABIC_PARTICLE. */
const ARTICLE_INITIAL = 4;
const HYPHEN = 0x2d;

let latin1Initials: Uint8Array | null = null;

function initials(): Uint8Array {
  if (latin1Initials) return latin1Initials;
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    if (/^\p{L}/u.test(String.fromCharCode(c))) table[c]! |= MAY_BE_NAME_WORD;
    // CAPITALISED, isDictionaryName and isNameLike ask for a capital first: exact in Latin-1.
    if (mayBeCapital(c)) table[c]! |= MAY_OPEN_NAME;
  }
  const mark = (c: number, bits: number): void => {
    if (c < 256) table[c]! |= bits;
  };
  for (const name of lexicon().firstNames) mark(name.charCodeAt(0), MAY_BE_NAME_WORD | MAY_OPEN_NAME);
  // Particles are matched lower-cased: either case of their first letter.
  for (const particle of lexicon().nameParticles) for (const c of [particle.charCodeAt(0), particle[0]!.toUpperCase().charCodeAt(0)]) mark(c, MAY_BE_NAME_WORD);
  for (const article of ARABIC_ARTICLES) mark(article.charCodeAt(0), MAY_BE_NAME_WORD | ARTICLE_INITIAL);
  return (latin1Initials = table);
}

/**
 * Whether a word whose first code unit is c (in Latin-1) cannot be part of a name at
 * this point, by that unit alone: no letter (nor any initial of a first name or
 * particle) anywhere; for the first word, neither a capital nor a first name's initial
 * nor an Arabic article with its hyphen (the lower-case words nameWord turns down).
 * False leaves it to the word's facts.
 */
function stopsName(word: string, c: number, firstWord: boolean, table: Uint8Array): boolean {
  const initial = table[c]!;
  if ((initial & MAY_BE_NAME_WORD) === 0) return true;
  if (!firstWord || (initial & MAY_OPEN_NAME) !== 0) return false;
  return (initial & ARTICLE_INITIAL) === 0 || !mayBeArabicArticle(word, 0, word.length);
}

/** The lengths of the Arabic articles (ARABIC_ARTICLES): where the hyphen after one stands. */
const ARABIC_ARTICLE_LENGTHS = [...new Set(ARABIC_ARTICLES.map((a) => a.length))];

/**
 * Whether text[start, end) may be an Arabic article glued to a name ("al-Assad",
 * "bin-Salman", as ARABIC_PARTICLE asks): a hyphen right after an article's length, and
 * something after it. "No" is certain; callers have tested the first letter already.
 */
export function mayBeArabicArticle(text: string, start: number, end: number): boolean {
  for (const length of ARABIC_ARTICLE_LENGTHS) if (start + length + 1 < end && text.charCodeAt(start + length) === HYPHEN) return true;
  return false;
}

/**
 * Whether a word can be part of a name here. `lenient` is for strong contexts (after
 * a role noun or inside a name): any capitalised word German does not list as a
 * noun, so surnames that look like compounds ("Steinmeier", "Zimmermann") pass.
 */
function nameWord(word: string, facts: number, afterFirstName: boolean, lenient: boolean): boolean {
  if ((facts & ARABIC) !== 0) return true;
  if ((facts & ROLE) !== 0) return false;
  if ((facts & LOWER_ASCII) !== 0) {
    // Lower case ("sagte er"): not capitalised, so no name continuation, dictionary
    // name or name-like word; only the first-name test is left.
    return !afterFirstName && (facts & (FIRST_NAME | NON_PERSON)) === FIRST_NAME;
  }
  // "Wolfgang Wagner", "Paris Hilton": after a given name a place or org word is a surname.
  if (afterFirstName) return (facts & CONTINUATION) !== 0;
  if ((facts & NON_PERSON) !== 0) return false;
  if ((facts & FIRST_NAME) !== 0) return true;
  return lenient ? isDictionaryName(word) : isNameLike(word);
}

/** The longest name starting at token i: name words with particles ("von der Leyen"). */
export function nameAt(tokens: readonly Token[], i: number, lenient = false): NameSpan | null {
  return nameFrom(tokens, i, lenient, NOT_LOOKED_UP);
}

/**
 * The name starting at token i if that token is a known first name ("Angela Merkel"), else
 * null: nameAt, with the first word's facts looked up once for both questions.
 */
export function nameAtFirstName(tokens: readonly Token[], i: number): NameSpan | null {
  const token = tokens[i];
  if (!token) return null;
  const facts = wordFacts(token.text);
  return (facts & FIRST_NAME) !== 0 ? nameFrom(tokens, i, false, facts) : null;
}

/** nameFrom's firstFacts when the first word's facts are not known yet. */
const NOT_LOOKED_UP = -1;

/** nameAt, given the facts of token i's word when a caller has them (else NOT_LOOKED_UP). */
function nameFrom(tokens: readonly Token[], i: number, lenient: boolean, firstFacts: number): NameSpan | null {
  const sentence = tokens[i]?.sentence;
  let end = i;
  let words = 0;
  let k = i;
  let placeAsGivenName = false;
  /** The facts of the last word of the name so far (tokens[k - 1]). */
  let lastFacts = 0;
  const table = initials();
  while (k < tokens.length && tokens[k]!.sentence === sentence && words < MAX_NAME_WORDS) {
    const text = tokens[k]!.text;
    const c = text.charCodeAt(0);
    if (c < 256 && stopsName(text, c, words === 0, table)) break;
    const facts = k === i && firstFacts !== NOT_LOOKED_UP ? firstFacts : wordFacts(text);
    // A particle joins given names to a surname ("Ursula von der Leyen"), never a full name to what follows ("Eric Cantona zu United").
    // Particles are capitalised in some names ("Alexander Van der Bellen").
    if (words > 0 && (facts & JOINING_PARTICLE) !== 0 && (words === 1 || allFirstNames(tokens, i, k))) {
      let p = k;
      while (p < tokens.length && (wordFacts(tokens[p]!.text) & PARTICLE) !== 0 && p - k < 3) p++;
      if (p < tokens.length && tokens[p]!.sentence === sentence) {
        const surnameFacts = wordFacts(tokens[p]!.text);
        if ((surnameFacts & CAPITALISED) !== 0) {
          // What follows a particle is a surname whatever it looks like ("zu Guttenberg").
          words++;
          k = p + 1;
          end = k;
          lastFacts = surnameFacts;
          continue;
        }
      }
      break;
    }
    const afterFirstName = words > 0 && ((lastFacts & FIRST_NAME) !== 0 || placeAsGivenName);
    if (!nameWord(text, facts, afterFirstName, lenient || words > 0)) {
      // After a role, a place word followed by a surname is a given name ("Verteidigungsminister Wellington Koo").
      if (words === 0 && lenient && (facts & (NON_PERSON | CAPITALISED)) === (NON_PERSON | CAPITALISED) && followedBySurname(tokens, k, sentence)) {
        placeAsGivenName = true;
        words++;
        k++;
        end = k;
        lastFacts = facts;
        continue;
      }
      break;
    }
    words++;
    k++;
    end = k;
    lastFacts = facts;
  }
  return words > 0 ? { start: i, end } : null;
}

function followedBySurname(tokens: readonly Token[], k: number, sentence: number | undefined): boolean {
  const next = tokens[k + 1];
  return !!next && next.sentence === sentence && (wordFacts(next.text) & NON_PERSON) === 0 && isNameLike(next.text);
}

function allFirstNames(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((wordFacts(tokens[k]!.text) & FIRST_NAME) === 0) return false;
  return true;
}
