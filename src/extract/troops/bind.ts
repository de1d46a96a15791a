// Binding a count to its personnel noun: "2000 Soldaten", "Zehntausende US-Soldaten",
// "1000 bereits in Deutschland stationierte Infanteristen", "Tausende von Kämpfern";
// and the reasons a bound count is no troop count (casualties, years, zero).
import type { Quantity } from '../../numbers/index.js';
import { isCasualtyWord, matchPersonnel, type PersonnelNoun } from './nouns.js';
import { DETERMINERS, isAdjectiveLike, type SentenceView } from './sentence.js';
import { startsLower } from '../letter-case.js';

export interface Binding {
  /** Token indexes of the unit, inclusive ("Soldatinnen und Soldaten" spans three). */
  unitFirst: number;
  unitLast: number;
  noun: PersonnelNoun;
}

/** Adverbs that may stand between a count and its noun ("1000 bereits stationierte"). */
const ADVERBS = new Set([
  'bereits', 'schon', 'noch', 'zusätzlich', 'insgesamt', 'derzeit', 'aktuell', 'eigens', 'dort', 'hier',
  'bislang', 'zuletzt', 'ständig', 'dauerhaft', 'vorübergehend', 'gut', 'schwer', 'voll', 'teils', 'meist',
  'kampfbereit', 'einsatzbereit', 'regulär', 'offiziell', 'weitgehend', 'hauptsächlich', 'überwiegend',
]);
/** Prepositions of a place phrase inside the noun phrase ("in Deutschland stationierte"). */
const INNER_PREPOSITIONS = new Set(['in', 'im', 'an', 'am', 'aus', 'bei', 'auf']);
/** The most tokens between a count and its noun. */
const MAX_GAP = 8;

/** "US-amerikanische": a capitalised prefix on an adjective. */
const HYPHEN_ADJECTIVE = /-\p{Ll}+(?:e|en|er|es|em)$/u;

export function bindNoun(view: SentenceView, first: number, q: Quantity): Binding | null {
  let sawPreposition = false;
  for (let j = first, steps = 0; j < view.hi && steps <= MAX_GAP; steps++) {
    const w = view.text(j);
    const noun = matchPersonnel(w);
    if (noun) {
      // "Mann" is a measure word only right after the count ("100.000 Mann").
      if (noun.head === 'Mann' && j !== first) return null;
      return { unitFirst: j, unitLast: coordinated(view, j), noun };
    }
    // "Berufs- und Zeitsoldaten": the first conjunct borrows the second's head.
    if (w.endsWith('-') && /^(?:und|oder|bzw)$/.test(view.text(j + 1))) {
      const second = matchPersonnel(view.text(j + 2));
      if (second && second.head !== 'Mann') return { unitFirst: j, unitLast: j + 2, noun: second };
    }
    const place = view.placeAt(j);
    if (place) {
      if (!sawPreposition) return null;
      j = place.next;
      continue;
    }
    if (j === first && w === 'von' && q.value === null) { j++; continue; }
    if (INNER_PREPOSITIONS.has(w)) { sawPreposition = true; j++; continue; }
    if (sawPreposition && DETERMINERS.has(w)) { j++; continue; }
    if (isAdjectiveLike(w) || ADVERBS.has(w) || HYPHEN_ADJECTIVE.test(w)) { j++; continue; }
    return null;
  }
  return null;
}

/** "Soldatinnen und Soldaten", "Bundeswehrsoldatinnen und -soldaten": one unit. */
function coordinated(view: SentenceView, j: number): number {
  if (view.text(j + 1) !== 'und') return j;
  if (matchPersonnel(view.text(j + 2))) return j + 2;
  const part = view.text(j + 3);
  if (view.text(j + 2) === '-' && startsLower(part) && matchPersonnel(part[0]!.toUpperCase() + part.slice(1))) return j + 3;
  return j;
}

/** Words before a year that make "seit 2014 Soldaten" a date, not a count. */
const YEAR_CUES = new Set([
  'seit', 'im', 'ab', 'bis', 'Jahr', 'Jahres', 'Jahre', 'von', 'vor', 'nach', 'Anfang', 'Ende', 'Mitte',
  'Frühjahr', 'Sommer', 'Herbst', 'Winter', 'Frühling', 'zwischen', 'um', 'Januar', 'Februar', 'März',
  'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Jänner',
]);

function looksLikeYear(view: SentenceView, qFirstToken: number, q: Quantity, b: Binding, first: number): boolean {
  if (q.rule !== 'digits' || q.value === null || q.value < 1900 || q.value > 2100) return false;
  // A year rarely stands right before its noun: "Kiew 2014 beteiligten Kräfte".
  const before = view.text(qFirstToken - 1);
  return YEAR_CUES.has(before) || YEAR_CUES.has(before.toLowerCase()) || b.unitFirst > first;
}

/** Words after a comma that start a new clause of their own rather than an embedded one. */
const EMBEDDING = new Set(['die', 'der', 'das', 'den', 'dem', 'deren', 'dessen', 'welche', 'welcher', 'ein', 'eine']);
/** How far a casualty word may stand from the count. */
const CASUALTY_BEFORE = 16;
const CASUALTY_AFTER = 16;

/**
 * A casualty or prisoner count: "30 Soldaten getötet", "13 verletzte Soldaten", "Unter den
 * Opfern seien drei Soldaten", "27 Soldaten und eine Zivilistin, die junge Reporterin …, sterben".
 */
function isCasualty(view: SentenceView, qFirstToken: number, first: number, b: Binding): boolean {
  const from = Math.max(view.clauseStart(qFirstToken), qFirstToken - CASUALTY_BEFORE);
  for (let k = from; k < qFirstToken; k++) if (isCasualtyWord(view.text(k))) return true;
  for (let k = first; k < b.unitFirst; k++) if (isCasualtyWord(view.text(k))) return true;
  let embedded = false;
  const end = Math.min(view.hi, b.unitLast + 1 + CASUALTY_AFTER);
  for (let k = b.unitLast + 1; k < end; k++) {
    const w = view.text(k);
    if (w === ',') {
      // An apposition or relative clause is part of the count's clause; its closing comma too.
      if (EMBEDDING.has(view.text(k + 1))) embedded = true;
      else if (embedded) embedded = false;
      else return false;
      continue;
    }
    if (w === ';' || w === ':' || w === '.' || /^\d/.test(w)) return false;
    if (isCasualtyWord(w)) return true;
  }
  return false;
}

/** Why a bound count is not a troop count, or null when it is one. */
export function rejection(view: SentenceView, qFirstToken: number, first: number, q: Quantity, b: Binding): string | null {
  if (q.value === 0 || q.max === 0) return 'zero';
  if ([q.value, q.min, q.max].some((v) => v !== null && !Number.isInteger(v))) return 'fraction';
  if (looksLikeYear(view, qFirstToken, q, b, first)) return 'year';
  if (isCasualty(view, qFirstToken, first, b)) return 'casualty';
  return null;
}

/** The last casualty count of a sentence: counts joined to it are casualties too. */
export interface Casualties {
  lastUnit: number;
}

const COORDINATORS = new Set(['und', 'sowie', 'oder', ',']);
/** How far a count joined to a casualty count may stand from it. */
const JOINED = 6;

/** "starben … 20 Kämpfer der prosyrischen Kräfte sowie 19 Rebellen" */
export function joinedToCasualty(view: SentenceView, qFirst: number, c: Casualties): boolean {
  if (c.lastUnit < 0 || qFirst - c.lastUnit > JOINED) return false;
  for (let k = c.lastUnit + 1; k < qFirst; k++) if (COORDINATORS.has(view.text(k))) return true;
  return false;
}

/** Words that introduce a part of a count named just before ("…, darunter 35.000 in Deutschland"). */
const PART_CUES = new Set(['darunter', 'davon', 'allein', 'weitere', 'und', 'sowie']);
export function isPartCue(word: string): boolean {
  return word === 'darunter' || word === 'davon';
}

const PLACE_PREPOSITIONS = new Set(['in', 'im', 'nach', 'an', 'am', 'auf', 'bei', 'aus']);

/**
 * A count without a noun of its own that continues an earlier count in the same
 * sentence: "Zehntausende US-Soldaten stationiert, darunter etwa 35.000 in Deutschland".
 */
export function isImpliedPart(view: SentenceView, qFirstToken: number, first: number): boolean {
  const before = view.text(qFirstToken - 1);
  const cue = PART_CUES.has(before);
  const next = view.text(first);
  const placeNext = PLACE_PREPOSITIONS.has(next) && placeFollows(view, first + 1);
  // Nothing of its own follows: punctuation or the end of the sentence.
  const bare = first >= view.hi || !/^[\p{L}\p{N}]/u.test(next);
  // "35.000 in Deutschland, 12.000 in Italien und 10.000 in Großbritannien"
  return (cue || before === ',') && placeNext || cue && bare;
}

function placeFollows(view: SentenceView, k: number): boolean {
  let j = k;
  while (j < view.hi && (DETERMINERS.has(view.text(j)) || isAdjectiveLike(view.text(j)))) j++;
  return view.placeAt(j) !== null;
}

const COUNT_NOUN_PHRASES = Symbol('count noun phrases');

/** "Zahl der", "Stärke von": a count noun and its link at token k. */
function isCountNounPhrase(view: SentenceView, k: number): boolean {
  return COUNT_NOUNS.has(view.text(k)) && COUNT_LINKS.has(view.text(k + 1));
}

/** Nouns that make a later bare figure a count of the group they name ("die Zahl der US-Soldaten … auf 24.000"). */
const COUNT_NOUNS = new Set(['Zahl', 'Anzahl', 'Gesamtzahl', 'Stärke', 'Personalstärke', 'Sollstärke', 'Obergrenze']);
const COUNT_LINKS = new Set(['der', 'an', 'von', 'ihrer', 'seiner', 'unserer', 'eigenen']);
/** Prepositions that put a bare figure after such a noun: "auf 24.000", "um 12.000", "von 36.000". */
const FIGURE_PREPOSITIONS = new Set(['auf', 'um', 'von', 'bei', 'über', 'unter']);

/**
 * "Die Zahl der US-Soldaten in Deutschland soll um 12.000 auf 24.000 sinken": a bare
 * figure after a preposition counts the personnel noun that a count noun named
 * earlier in the clause. Returns that noun's binding, or null.
 */
export function countedGroup(view: SentenceView, qFirstToken: number, first: number): Binding | null {
  if (!FIGURE_PREPOSITIONS.has(view.text(qFirstToken - 1))) return null;
  const next = view.text(first);
  if (/^\p{Lu}/u.test(next)) return null;
  // The nearest count noun before the figure in its clause decides.
  const k = view.marks(COUNT_NOUN_PHRASES, isCountNounPhrase).lastAtOrBefore(qFirstToken - 2);
  if (k >= view.clauseStart(qFirstToken)) {
    let j = k + 2;
    while (j < qFirstToken && (isAdjectiveLike(view.text(j)) || DETERMINERS.has(view.text(j)))) {
      if (isCasualtyWord(view.text(j))) return null;
      j++;
    }
    const noun = matchPersonnel(view.text(j));
    return noun ? { unitFirst: j, unitLast: coordinated(view, j), noun } : null;
  }
  return null;
}
