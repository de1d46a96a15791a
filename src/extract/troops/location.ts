// Where troops are or go: the place phrase of the count's clause. After the unit a
// destination ("nach Rumänien") outranks a location ("in Deutschland"); then a place
// inside the noun phrase; then the nearest place phrase before the count; "dort"
// refers back to an earlier place.
import { isAdjectiveLike, isDeterminer, type SentenceView } from './sentence.js';
import { placeOfAdjective } from '../../lexicon/states.js';
import { startsUpper } from '../letter-case.js';

const DESTINATION = new Set(['nach', 'ins', 'richtung', 'für']);
const LOCATIVE = new Set(['in', 'im', 'an', 'am', 'auf', 'bei', 'beim', 'zur', 'zum', 'vor', 'entlang', 'nahe', 'um']);
/** Where troops come from: a place only when the clause names no other. */
const ORIGIN = new Set(['aus']);
/** Prepositions whose phrase counts only with a named place, not an adjective ("für die ukrainische Armee"). */
const NAMED_ONLY = new Set(['für', 'aus']);
const BACK_REFERENCE = new Set(['dort', 'dorthin', 'dahin', 'ebendort', 'Dort', 'Dorthin']);
/** "Grenze zur Ukraine", "Küste vor Libyen": the place after the noun is the one meant. */
const RELATIONAL = new Set([
  'Grenze', 'Grenzen', 'Küste', 'Nähe', 'Region', 'Gebiet', 'Grenzgebiet', 'Grenzregion', 'Norden', 'Süden',
  'Osten', 'Westen', 'Nordosten', 'Nordwesten', 'Südosten', 'Südwesten', 'Zentrum', 'Hauptstadt', 'Stadt',
  'Provinz', 'Inneren', 'Innere', 'Umgebung', 'Raum',
]);

/** Nouns for land or its parts, which a place adjective can locate ("ukrainischen Grenze", "NATO-Staaten"). */
const TERRITORY = /(?:grenzen?|gebiete?|territorium|boden|staaten|ländern?|raum|region|küste|gewässern?|luftraum|seite|exklave|hauptstadt|provinz|städten?|stadt|norden|süden|osten|westen|inseln?|halbinsel|front|stützpunkten?)$/i;

export interface PlacePhrase {
  name: string;
  destination: boolean;
  origin: boolean;
  /** Token index after the phrase. */
  end: number;
}

/** A place phrase starting with the preposition at token k, or null. */
export function placePhraseAt(view: SentenceView, k: number): PlacePhrase | null {
  let w = view.text(k).toLowerCase();
  let j = k + 1;
  if (w === 'in' && view.text(j) === 'Richtung') { w = 'richtung'; j++; }
  const destination = DESTINATION.has(w);
  const origin = ORIGIN.has(w);
  if (!destination && !origin && !LOCATIVE.has(w)) return null;
  let adjectivePlace: string | null = null;
  while (isDeterminer(view.text(j)) || isAdjectiveLike(view.text(j))) adjectivePlace ??= placeOfAdjective(view.text(j++));
  const found = (name: string, end: number): PlacePhrase => ({ name, destination, origin, end });
  const place = view.placeAt(j);
  if (place) return found(place.place.name, place.next);
  if (!startsUpper(view.text(j))) return null;
  // "an der Grenze zur Ukraine", "im Norden Syriens", "im Süden des Gazastreifens", "in der Hauptstadt Kabul"
  if (RELATIONAL.has(view.text(j))) {
    let p = j + 1;
    if (/^(?:zu|zur|zum|von|vor)$/.test(view.text(p))) p++;
    while (isDeterminer(view.text(p)) || isAdjectiveLike(view.text(p))) p++;
    const after = view.placeAt(p);
    if (after) return found(after.place.name, after.next);
  }
  // "an der ukrainischen Grenze", "in die osteuropäischen NATO-Staaten"; not "nach israelischen Angaben".
  return adjectivePlace && !NAMED_ONLY.has(w) && TERRITORY.test(view.text(j)) ? found(adjectivePlace, j + 1) : null;
}

const PHRASES = Symbol('place phrases of the sentence');

/** The place phrase starting at each token of the sentence, or null. */
function phrasesOf(view: SentenceView): Array<PlacePhrase | null> {
  const phrases: Array<PlacePhrase | null> = [];
  for (let k = view.lo; k < view.hi; k++) phrases.push(placePhraseAt(view, k));
  return phrases;
}

function phraseAt(view: SentenceView, k: number): PlacePhrase | null {
  return k >= view.lo && k < view.hi ? view.derived(PHRASES, phrasesOf)[k - view.lo]! : placePhraseAt(view, k);
}

/** The first destination in [from, to), else the first location there, else the first origin. */
function placeIn(view: SentenceView, from: number, to: number): PlacePhrase | null {
  let located: PlacePhrase | null = null;
  let origin: PlacePhrase | null = null;
  for (let k = from; k < to; k++) {
    const p = phraseAt(view, k);
    if (!p) continue;
    if (p.destination) return p;
    if (p.origin) origin ??= p;
    else located ??= p;
    k = p.end - 1;
  }
  return located ?? origin;
}

/** The first destination, location and origin a scan meets from a token to the end of its clause. */
interface Ahead {
  destination: PlacePhrase | null;
  located: PlacePhrase | null;
  origin: PlacePhrase | null;
}

const NOTHING_AHEAD: Ahead = { destination: null, located: null, origin: null };
const AHEAD = Symbol('place phrases ahead in the clause');

/**
 * placeIn(view, from, view.clauseEnd(from)), remembered for every token the scan passes:
 * scans from later counts of the same clause join an earlier one's path, so an endless
 * clause is walked once, not once per count.
 */
function placeInRestOfClause(view: SentenceView, from: number): PlacePhrase | null {
  const to = view.clauseEnd(from);
  const ahead = view.derived(AHEAD, () => new Map<number, Ahead>());
  const path: number[] = [];
  let k = from;
  // Token by token like placeIn: a phrase may start inside another one ("an der Grenze zur Ukraine").
  for (; k < to && !ahead.has(k); k++) path.push(k);
  let found = k < to ? ahead.get(k)! : NOTHING_AHEAD;
  for (let i = path.length - 1; i >= 0; i--) {
    const p = phraseAt(view, path[i]!);
    if (p) {
      found = p.destination
        ? { ...found, destination: p }
        : p.origin ? { ...found, origin: p } : { ...found, located: p };
    }
    ahead.set(path[i]!, found);
  }
  return found.destination ?? found.located ?? found.origin;
}

/** Place phrases that are no origin: a place before the count is one of those. */
const NOT_ORIGIN = Symbol('place phrases that are no origin');
const BACK_REFERENCES = Symbol('back references');

export interface LocationContext {
  /** The place a "dort" in this sentence refers back to. */
  previous: string | null;
}

export function locationOf(
  view: SentenceView,
  qFirstToken: number,
  first: number,
  unitLast: number,
  ctx: LocationContext,
): string | null {
  const clauseEnd = view.clauseEnd(unitLast + 1);
  const after = placeInRestOfClause(view, unitLast + 1);
  if (after) return after.name;
  const inner = placeIn(view, first, unitLast);
  if (inner) return inner.name;
  // The last phrase of the clause before the count that is no origin and ends before it.
  const clauseStart = view.clauseStart(qFirstToken);
  const notOrigin = view.marks(NOT_ORIGIN, (v, k) => phraseAt(v, k)?.origin === false);
  for (let k = notOrigin.lastAtOrBefore(qFirstToken - 1); k >= clauseStart; k = notOrigin.lastAtOrBefore(k - 1)) {
    const p = phraseAt(view, k)!;
    if (p.end <= qFirstToken) return p.name;
  }
  const backReferences = view.marks(BACK_REFERENCES, (v, k) => BACK_REFERENCE.has(v.text(k)));
  return backReferences.any(clauseStart, clauseEnd) ? ctx.previous : null;
}
