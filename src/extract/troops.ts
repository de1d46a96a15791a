// Troop counts: a number bound to a personnel noun ("mehr als 100.000 Soldaten"), or
// a number continuing such a count ("darunter etwa 35.000 in Deutschland"), with the
// state whose troops they are and where they are. Pure: Doc and places in, items out.
import type { Doc, PlaceMention, Troop } from '../types.js';
import { findQuantities, type Quantity } from '../numbers/index.js';
import {
  type Owner, actorAfterUnit, actorOfAdjectives, actorOfSentence, actorOfSource, actorOfUnit, firstOwner, unnamedAgentAfterUnit,
} from './troops/actor.js';
import {
  type Binding, type Casualties, bindNoun, countedGroup, isImpliedPart, isPartCue, joinedToCasualty, rejection,
} from './troops/bind.js';
import { locationOf, placePhraseAt } from './troops/location.js';
import { isAgentHead, personnelSentences, isMilitaryWord, isMultinational, isWeak } from './troops/nouns.js';
import { countryOfPlace, isCountry } from '../lexicon/states.js';
import { SentenceViews, isPreposition, type SentenceView, type TokenMarks } from './troops/sentence.js';
import { startsLower } from './letter-case.js';

/** How many sentences back an unattributed count may borrow the previous count's state. */
const CARRY_SENTENCES = 2;

interface Found {
  troop: Troop;
  sentence: number;
  head: string;
}

export function extractTroops(doc: Doc, places: readonly PlaceMention[]): Troop[] {
  // Every rule binds a count to a personnel noun of its own sentence ("17.000 aus den
  // USA" continues a bound count): other sentences need no number parsing at all.
  const candidates = personnelSentences(doc);
  if (candidates.length === 0) return [];
  const found: Found[] = [];
  /** The latest count that names its state (or owner), in this sentence or before. */
  let owned: Found | undefined;
  const views = new SentenceViews(doc, places);
  const sortedPlaces = [...places].sort((a, b) => a.start - b.start);
  let placeIndex = 0;
  let lastPlace: string | null = null;
  const context: Context = { state: (index) => stateBefore(views, index), previous: (index) => views.at(index - 1) };
  for (const index of candidates) {
    const view = views.at(index)!;
    // The last place named up to the end of the sentence before (the last one with tokens).
    const before = view.lo > 0 ? doc.sentences[doc.tokens[view.lo - 1]!.sentence]!.end : -Infinity;
    while (placeIndex < sortedPlaces.length && sortedPlaces[placeIndex]!.start < before) {
      lastPlace = sortedPlaces[placeIndex++]!.name;
    }
    const sentence = doc.sentences[index]!;
    const previous = found.at(-1);
    const prevPlace = previous && previous.sentence >= index - 1 ? previous.troop.location ?? lastPlace : lastPlace;
    const inSentence: Found[] = [];
    const casualties: Casualties = { lastUnit: -1 };
    for (const q of findQuantities(doc.text, sentence.start, sentence.end)) {
      const item = troopAt(view, q, inSentence, owned, prevPlace, casualties, context);
      if (!item) continue;
      inSentence.push(item);
      if (item.troop.actor !== null) owned = item;
    }
    for (const item of inSentence) found.push(item);
  }
  // People come in whole numbers: "1,5" or "730,871" without a multiplier is no headcount.
  return found.map((f) => f.troop).filter((t) => [t.value, t.min, t.max].every((v) => v === null || Number.isInteger(v)));
}

function troopAt(
  view: SentenceView, q: Quantity, inSentence: Found[], owned: Found | undefined, prevPlace: string | null, casualties: Casualties,
  context: Context,
): Found | null {
  const qFirst = firstTokenAt(view, q.start);
  const first = firstTokenAt(view, q.end);
  const part = inSentence.at(-1);
  // "dort" after an earlier count of the same sentence means that count's place.
  const previousPlace = part?.troop.location ?? prevPlace;
  const binding = bindNoun(view, first, q);
  if (binding) {
    const why = rejection(view, qFirst, first, q, binding) ?? (joinedToCasualty(view, qFirst, casualties) ? 'casualty' : null);
    if (why === 'casualty') casualties.lastUnit = binding.unitLast;
    if (why) return null;
    const troop = bound(view, q, qFirst, first, binding, owned, previousPlace, context);
    // "…, darunter rund 70 Bundeswehrsoldaten": a part is where the whole is.
    if (troop && troop.troop.location === null && part && isPartCue(view.text(qFirst - 1))) troop.troop.location = part.troop.location;
    return troop;
  }
  if (part && isImpliedPart(view, qFirst, first)) return implied(view, q, first, part, previousPlace);
  const group = countedGroup(view, qFirst, first);
  return group ? counted(view, q, qFirst, group, owned, previousPlace) : null;
}

/** A bare figure counting a group named before it: "Die Zahl der US-Soldaten … auf 24.000". */
function counted(
  view: SentenceView, q: Quantity, qFirst: number, g: Binding, last: Found | undefined, prevPlace: string | null,
): Found | null {
  if (isWeak(g.noun)) return null;
  const actor = firstOwner(
    () => actorOfUnit(g),
    () => actorOfAdjectives(view, g.unitFirst - 2, g.unitFirst),
    () => actorAfterUnit(view, g),
    () => actorOfSentence(view, g.unitFirst, null),
    () => (isMultinational(g.noun) ? null : carried(last, view.index)),
  ) ?? null;
  const location = locationOf(view, g.unitFirst, g.unitFirst, g.unitLast, { previous: prevPlace });
  const unitStart = view.tok(g.unitFirst)!.start;
  const unit = view.doc.text.slice(unitStart, view.tok(g.unitLast)!.end);
  return { troop: item(view, q, q.start, q.end, unit, actor, location), sentence: view.index, head: g.noun.head };
}

function bound(
  view: SentenceView, q: Quantity, qFirst: number, first: number, b: Binding, last: Found | undefined, prevPlace: string | null,
  context: Context,
): Found | null {
  const location = locationOf(view, qFirst, first, b.unitLast, { previous: prevPlace });
  const named = firstOwner(
    () => actorOfUnit(b),
    () => actorOfAdjectives(view, first, b.unitFirst),
    () => actorAfterUnit(view, b),
    // "300 Soldaten der Armee … in Khartum": the army of the state the count stands in.
    () => (unnamedAgentAfterUnit(view, b) ? stateOfPlaces(view, location) : undefined),
  );
  // Peacekeepers belong to no state that acts in the sentence ("Malis Minister forderte den Abzug der Blauhelme").
  const multinational = isMultinational(b.noun);
  const acting = named === undefined && !multinational ? actorOfSentence(view, qFirst, b) : undefined;
  // "zehn Mann", "150 Kräfte der Feuerwehr": only an owner or military words make them troops.
  if (named === undefined && acting === undefined && isWeak(b.noun) && !militaryContext(view, b) && !militarySentence(context.previous(view.index))) return null;
  const actor = firstOwner(
    () => named,
    () => acting,
    () => (multinational ? null : actorOfSource(view, qFirst)),
    () => (multinational || governed(view, qFirst) ? undefined : carried(last, view.index)),
    () => (multinational || governed(view, qFirst) ? undefined : context.state(view.index)),
  ) ?? null;
  const unitStart = view.tok(b.unitFirst)!.start;
  const unitEnd = view.tok(b.unitLast)!.end;
  return {
    troop: item(view, q, q.start, unitEnd, view.doc.text.slice(unitStart, unitEnd), actor, location),
    sentence: view.index,
    head: b.noun.head,
  };
}

/** What a count may borrow from the sentences before its own. */
interface Context {
  state: (index: number) => Owner;
  previous: (index: number) => SentenceView | undefined;
}

const MILITARY_WORDS = Symbol('military words');

function militaryWords(view: SentenceView): TokenMarks {
  return view.marks(MILITARY_WORDS, (v, k) => isMilitaryWord(v.text(k)));
}

/** "Die Miliz … . Sie verfügt über 5000 Kämpfer": the sentence before speaks of the military. */
function militarySentence(view: SentenceView | undefined): boolean {
  return view ? militaryWords(view).any(view.lo, view.hi) : false;
}

/** Whether any word of the sentence besides the unit speaks of the military. */
function militaryContext(view: SentenceView, b: Binding): boolean {
  const words = militaryWords(view);
  return words.any(view.lo, b.unitFirst) || words.any(b.unitLast + 1, view.hi);
}

function implied(view: SentenceView, q: Quantity, first: number, part: Found, prevPlace: string | null): Found {
  const phrase = placePhraseAt(view, first);
  const end = phrase ? view.tok(phrase.end - 1)!.end : q.end;
  // "300.000 Soldaten aus Südkorea und 17.000 aus den USA": the origin names the state.
  const origin = phrase?.origin && isCountry(phrase.name) ? phrase.name : null;
  const location = origin
    ? part.troop.location
    : phrase?.name ?? locationOf(view, first, first, first - 1, { previous: prevPlace });
  return {
    troop: item(view, q, q.start, end, part.head, origin ?? part.troop.actor, location),
    sentence: view.index,
    head: part.head,
  };
}

/** How many sentences back a count without any owner of its own looks for a state that acts. */
const CONTEXT_SENTENCES = 3;

/**
 * The state acting last in the sentences just before: "Die serbische Armee stehe bereit. …
 * Nach Angaben des Ministers wurden rund 5000 Soldaten zusammengezogen" → Serbien.
 */
function stateBefore(views: SentenceViews, index: number): Owner {
  for (let k = index - 1; k >= 0 && k >= index - CONTEXT_SENTENCES; k--) {
    const v = views.at(k)!;
    if (v.hi <= v.lo) continue;
    const state = actorOfSentence(v, v.hi, null);
    if (state !== undefined) return state;
  }
  return undefined;
}

/**
 * "verfügt die Miliz über 5000 Kämpfer", "mit zusammen 8000 Kämpfern": a count in a
 * prepositional phrase belongs to the clause's subject, whoever acted sentences before.
 */
function governed(view: SentenceView, qFirst: number): boolean {
  const inPhrase = isPreposition(view.text(qFirst - 1)) || (isPreposition(view.text(qFirst - 2)) && startsLower(view.text(qFirst - 1)));
  if (!inPhrase) return false;
  // "Die Armee verfügt über 120.000 Soldaten": a state's body without its name is still the state talked about.
  return !view.marks(AGENT_HEADS, (v, k) => isAgentHead(v.text(k))).any(view.lo, qFirst);
}

const AGENT_HEADS = Symbol('agent heads');

/** The state of the count's place, else of the first place of the sentence that lies in a state. */
function stateOfPlaces(view: SentenceView, location: string | null): Owner {
  const here = location ? countryOfPlace(location) : null;
  if (here) return here;
  return view.derived(STATE_OF_FIRST_PLACE, (v) => {
    for (let k = v.lo; k < v.hi; k++) {
      const p = v.placeAt(k);
      const state = p ? countryOfPlace(p.place.name) : null;
      if (state) return { state };
    }
    return { state: undefined };
  }).state;
}

const STATE_OF_FIRST_PLACE = Symbol('state of the first place in a state');

/** The state of the latest count in this or the last sentences, for counts that do not name one. */
function carried(last: Found | undefined, sentence: number): Owner {
  return last && sentence - last.sentence <= CARRY_SENTENCES ? last.troop.actor : undefined;
}

function item(
  view: SentenceView, q: Quantity, start: number, end: number, unit: string, actor: string | null, location: string | null,
): Troop {
  const s = view.doc.sentences[view.index]!;
  return {
    value: q.value,
    min: q.min,
    max: q.max,
    approx: q.approx,
    unit,
    actor,
    location,
    text: view.doc.text.slice(start, end),
    start,
    end,
    sentence: view.doc.text.slice(s.start, s.end),
  };
}

/** Index of the first token of the sentence starting at or after `offset` (view.hi if none). */
function firstTokenAt(view: SentenceView, offset: number): number {
  let lo = view.lo, hi = view.hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
