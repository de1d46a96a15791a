// Noun phrases around a reporting verb: the speaker is the phrase before the verb
// ("Ministeriumssprecher John Kirby betonte") or after it ("sagte der Sprecher des
// Weißen Hauses, Jen Psaki, …"). A small grammar over the unit's surface words:
// determiner, attributive adjectives, capitalised heads, genitive and "von" attributes,
// a parenthesis, a name in apposition. Scans are bounded, so a long sentence costs
// no more than its length.
import type { Word } from './units.js';
import { MARK_CLAUSE_END, MARK_HARD_BOUNDARY, isQuoteWord } from './units.js';
import { CLASS_COORDINATOR, CLASS_DETERMINER, CLASS_FOCUS_PARTICLE, CLASS_NAME_PARTICLE, CLASS_NOT_ADJECTIVE, CLASS_NOT_NAME, CLASS_PRONOUN } from './lexicon.js';
import { startsLower, startsUpper } from '../letter-case.js';

export interface Phrase {
  /** Word indices [from, to). */
  from: number;
  to: number;
  /** End of the phrase before prepositional attributes ("der Präsident | im Onlinedienst Twitter"). */
  core: number;
  pronoun: boolean;
}

const MAX_PHRASE = 16;

export const isBoundary = (w: Word | undefined): boolean => w === undefined || isQuoteWord(w) || (w.mark & MARK_HARD_BOUNDARY) !== 0;
export const isClauseEnd = (w: Word | undefined): boolean => w === undefined || (w.mark & MARK_CLAUSE_END) !== 0;

const LOWER_PREFIX_COMPOUND = /^\p{Ll}{1,3}-\p{Lu}/u;
const NUMBER = /^\d[\d.,]*$/;

/** "US-Präsident" is capitalised, and so is "ex-Präsident": up to three lower-case letters before a hyphen and a capital. */
function lowerPrefixCompound(text: string): boolean {
  const dash = text.indexOf('-');
  return dash >= 1 && dash <= 3 && LOWER_PREFIX_COMPOUND.test(text);
}

export function isName(w: Word | undefined): boolean {
  if (!w || isQuoteWord(w)) return false;
  if (w.name) return true;
  if (!startsUpper(w.text) && !lowerPrefixCompound(w.text)) return false;
  return (w.classes & CLASS_NOT_NAME) === 0;
}

/** The key ends like an inflected adjective: -e, -en, -er, -es, -em. */
function adjectiveEnding(key: string): boolean {
  const n = key.length;
  const last = key.charCodeAt(n - 1);
  if (last === 101) return true; // e
  // n, r, s, m after e
  return (last === 110 || last === 114 || last === 115 || last === 109) && key.charCodeAt(n - 2) === 101;
}

export function isAdjective(w: Word | undefined): boolean {
  if (!w || isQuoteWord(w)) return false;
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57 && NUMBER.test(w.text)) return true;
  if (!startsLower(w.text) || (w.classes & CLASS_NOT_ADJECTIVE) !== 0) return false;
  return adjectiveEnding(w.key);
}

export const isDeterminer = (w: Word | undefined): boolean => w !== undefined && (w.classes & CLASS_DETERMINER) !== 0;
export const isPronoun = (w: Word | undefined): boolean => w !== undefined && (w.classes & CLASS_PRONOUN) !== 0;
const isParticle = (w: Word | undefined): boolean => w !== undefined && (w.classes & CLASS_NAME_PARTICLE) !== 0 && startsLower(w.text);

/** Capitalised heads from i on, with name particles between them ("Ursula von der Leyen"). */
function headsFrom(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length && j - i < MAX_PHRASE) {
    if (isName(words[j])) { j++; continue; }
    // Particles inside a name ("Ursula von der Leyen"), never leading with an article.
    let k = j;
    while (j > i && isParticle(words[k]) && k - j < 3) k++;
    if (k > j && !LEADING_ARTICLE.has(words[j]!.key) && isName(words[k])) { j = k + 1; continue; }
    break;
  }
  return j;
}

const LEADING_ARTICLE = new Set(['der', 'den', 'zu', 'vom']);
/** Prepositions of attributes inside a speaker phrase: "Sprecherin der Unionsfraktion im Bundestag". */
const ATTRIBUTE_PREPOSITIONS = new Set(['von', 'vom', 'im', 'in', 'beim', 'bei', 'aus', 'für', 'am', 'an']);
/** Attribute prepositions whose object is where someone is, not who they are. */
const PP_ONLY = new Set(['im', 'in', 'beim', 'bei', 'aus', 'für', 'am', 'an']);

/** The noun phrase starting at word i, or null. Pronouns count as phrases. */
export function phraseAfter(words: readonly Word[], i: number): Phrase | null {
  if (isPronoun(words[i])) return { from: i, to: i + 1, core: i + 1, pronoun: true };
  let j = i;
  if (isDeterminer(words[j])) j++;
  while (isAdjective(words[j]) && j - i < 6) j++;
  const headEnd = headsFrom(words, j);
  if (headEnd === j) return null;
  j = headEnd;
  let core = -1;
  for (let guard = 0; guard < 4 && j < words.length; guard++) {
    if (core < 0 && PP_ONLY.has(words[j]!.key)) core = j;
    const next = extendAfter(words, j);
    if (next === j) break;
    j = next;
  }
  return { from: i, to: j, core: core < 0 ? j : core, pronoun: false };
}

/** One attribute after a head: genitive, "von …", a parenthesis, or an apposed name. */
function extendAfter(words: readonly Word[], j: number): number {
  const w = words[j]!;
  if (w.key === 'des' || w.key === 'der' || ATTRIBUTE_PREPOSITIONS.has(w.key)) {
    let k = j + 1;
    if (ATTRIBUTE_PREPOSITIONS.has(w.key) && isDeterminer(words[k])) k++;
    while (isAdjective(words[k]) && k - j < 6) k++;
    const end = headsFrom(words, k);
    return end > k ? end : j;
  }
  if (w.text === '(') {
    for (let k = j + 1; k < words.length && k - j <= 6; k++) if (words[k]!.text === ')') return k + 1;
    return j;
  }
  if (w.text === ',') {
    const end = headsFrom(words, j + 1);
    const n = end - (j + 1);
    // An apposition is a short name closed by a comma or the clause end: ", Jen Psaki, mit".
    if (n >= 1 && n <= 5 && (isBoundary(words[end]) || end >= words.length)) return end;
  }
  return j;
}

/**
 * The noun phrase ending right before word `end` and starting at a clause edge
 * (unit start, a boundary, a coordinator or a leading focus particle), or null.
 */
/** Adverbs between a subject and its verb: "Hartmann selbst schrieb", "Kurti seinerseits sagte". */
const TRAILING_ADVERBS = new Set(['selbst', 'seinerseits', 'ihrerseits', 'wiederum', 'hingegen', 'dagegen', 'indes', 'jedoch', 'allerdings', 'aber', 'nun', 'zudem', 'außerdem', 'ausserdem', 'ebenfalls', 'auch']);

export function phraseBefore(words: readonly Word[], end: number): Phrase | null {
  let i = end;
  if (TRAILING_ADVERBS.has(words[i - 1]?.key ?? '') && isName(words[i - 2])) i--;
  if (words[i - 1]?.text === ',') {
    // An apposition before the verb: "Der Sekretär …, Olexij Danilow, sagte",
    // "… Christoph Heusgen, ehemaliger Berater von Angela Merkel, rief".
    let k = i - 2;
    let names = 0;
    while (k >= 0 && i - k < 12 && words[k]!.text !== ',') {
      const w = words[k]!;
      if (isName(w)) names++;
      else if (!(isParticle(w) || isAdjective(w) || isDeterminer(w) || ATTRIBUTE_PREPOSITIONS.has(w.key))) return null;
      k--;
    }
    if (names === 0 || words[k]?.text !== ',' || !isName(words[k - 1])) return null;
    i = k;
  }
  if (isPronoun(words[i - 1]) && atClauseEdge(words, i - 1)) return { from: i - 1, to: end, core: end, pronoun: true };
  let j = scanBack(words, i);
  // "Stephen Singer, ein Klimaexperte vom WWF erklärte": a name before an apposition.
  if (j > 1 && words[j - 1]!.text === ',' && isName(words[j - 2])) {
    const k = scanBack(words, j - 1);
    if (k < j - 1 && atClauseEdge(words, k) && hasHead(words, k, j - 1)) j = k;
  }
  if (j === i || !atClauseEdge(words, j) || ATTRIBUTE_PREPOSITIONS.has(words[j]!.key)) return null;
  return hasHead(words, j, i) ? { from: j, to: end, core: coreOf(words, j, end), pronoun: false } : null;
}

/** End of a phrase before its first place attribute: "Ein Sprecher des Kommandos | in Potsdam". */
function coreOf(words: readonly Word[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (PP_ONLY.has(words[k]!.key) && isName(words[k - 1])) return k;
  return end;
}

function hasHead(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isName(words[k])) return true;
  return false;
}

/** Start of the noun-phrase words ending before word i. */
function scanBack(words: readonly Word[], i: number): number {
  let j = i;
  while (j > 0 && i - j < MAX_PHRASE) {
    const w = words[j - 1]!;
    const right = words[j];
    if (isName(w)) { j--; continue; }
    if (isParticle(w) && isName(words[j - 2]) && isName(right)) { j--; continue; }
    if (isAdjective(w) && (isName(right) || isAdjective(right))) { j--; continue; }
    if (isDeterminer(w) && j < i) { j--; continue; }
    if (ATTRIBUTE_PREPOSITIONS.has(w.key) && j < i && isName(words[j - 2])) { j--; continue; }
    if (w.text === ')') {
      let k = j - 2;
      while (k >= 0 && words[k]!.text !== '(' && j - k < 7) k--;
      if (k >= 0 && words[k]!.text === '(') { j = k; continue; }
    }
    break;
  }
  return j;
}

function atClauseEdge(words: readonly Word[], j: number): boolean {
  if (j === 0) return true;
  const before = words[j - 1]!;
  if (isBoundary(before) || (before.classes & CLASS_COORDINATOR) !== 0) return true;
  return j === 1 && (before.classes & CLASS_FOCUS_PARTICLE) !== 0;
}

/** The noun phrase right before word `end`, wherever it stands ("der Agentur Interfax zufolge"). */
export function phraseEndingAt(words: readonly Word[], end: number): Phrase | null {
  let j = end;
  while (j > 0 && end - j < 8) {
    const w = words[j - 1]!;
    const right = words[j];
    if (isName(w)) { j--; continue; }
    if (isAdjective(w) && (isName(right) || isAdjective(right))) { j--; continue; }
    if (isDeterminer(w) && j < end) { j--; continue; }
    break;
  }
  if (j === end) return null;
  for (let k = j; k < end; k++) if (isName(words[k])) return { from: j, to: end, core: end, pronoun: false };
  return null;
}

/**
 * What a relative pronoun after word `comma` refers to: the phrase before the comma, or
 * the name before an apposition ("Reinhard Bütikofer, Parteivorsitzender …, der sagte").
 */
export function antecedentBefore(words: readonly Word[], comma: number): Phrase | null {
  const near = phraseEndingAt(words, comma);
  if (!near) return null;
  if (words[near.from - 1]?.text === ',') {
    const far = phraseEndingAt(words, near.from - 1);
    if (far) return { from: far.from, to: comma, core: far.to, pronoun: far.pronoun };
  }
  return near;
}
