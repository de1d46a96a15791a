// Binding a count to its personnel noun: "2000 Soldaten", "Zehntausende US-Soldaten",
// "1000 bereits in Deutschland stationierte Infanteristen", "Tausende von Kämpfern";
// and the reasons a bound count is no troop count (casualties, years, zero).
import type { Quantity } from '../../numbers/index.js';
import { isCasualtyWord, matchPersonnel, type PersonnelNoun } from './nouns.js';
import { DETERMINERS, isAdjectiveLike, isLower, type SentenceView } from './sentence.js';

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
  if (view.text(j + 2) === '-' && isLower(part) && matchPersonnel(part[0]!.toUpperCase() + part.slice(1))) return j + 3;
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
  // A year rarely stands right before its noun; a phrase in between gives it away.
  const before = view.text(qFirstToken - 1);
  return YEAR_CUES.has(before) || YEAR_CUES.has(before.toLowerCase()) || b.unitFirst - first > 2;
}

/** A casualty or prisoner count: "30 Soldaten getötet", "13 verletzte Soldaten", "Tod von 13 Soldaten". */
function isCasualty(view: SentenceView, qFirstToken: number, first: number, b: Binding): boolean {
  for (let k = Math.max(view.lo, qFirstToken - 3); k < qFirstToken; k++) if (isCasualtyWord(view.text(k))) return true;
  for (let k = first; k < b.unitFirst; k++) if (isCasualtyWord(view.text(k))) return true;
  const end = Math.min(view.clauseEnd(b.unitLast + 1), b.unitLast + 9);
  for (let k = b.unitLast + 1; k < end; k++) if (isCasualtyWord(view.text(k))) return true;
  return false;
}

/** Why a bound count is not a troop count, or null when it is one. */
export function rejection(view: SentenceView, qFirstToken: number, first: number, q: Quantity, b: Binding): string | null {
  if (q.value === 0 || q.max === 0) return 'zero';
  if (q.value !== null && !Number.isInteger(q.value)) return 'fraction';
  if (looksLikeYear(view, qFirstToken, q, b, first)) return 'year';
  if (isCasualty(view, qFirstToken, first, b)) return 'casualty';
  return null;
}

/** Words that introduce a part of a count named just before ("…, darunter 35.000 in Deutschland"). */
const PART_CUES = new Set(['darunter', 'davon', 'allein', 'weitere', 'und', 'sowie']);
export function isPartCue(word: string): boolean {
  return word === 'darunter' || word === 'davon';
}

const PLACE_PREPOSITIONS = new Set(['in', 'im', 'nach', 'an', 'am', 'auf', 'bei']);

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
