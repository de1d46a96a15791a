// Whose troops: the state named in the unit ("US-Soldaten", "Bundeswehrsoldaten"), an
// adjective before it ("russische Soldaten"), a phrase after it ("der Bundeswehr",
// "aus den USA"), or the state that acts in the sentence ("Russland hat … zusammengezogen").
import type { Binding } from './bind.js';
import { isAgentHead, isGovernmentSeat, splitAgentCompound } from './nouns.js';
import { DETERMINERS, isAdjectiveLike, isDeterminer, type SentenceView } from './sentence.js';
import { countryOfAdjective, countryOfOrg, countryOfPlace, countryOfPrefix } from '../../lexicon/states.js';
import { memoByWord } from '../../lexicon/memo.js';
import { startsUpper } from '../letter-case.js';

/**
 * Who owns troops as far as one cue tells: a state's name; null for a known owner of
 * no single state (NATO, the UN, the African Union); undefined when the cue says nothing.
 */
export type Owner = string | null | undefined;

function owner(r: { country: string | null; known: boolean }): Owner {
  return r.known ? r.country : undefined;
}

/** The state a unit's compound prefix names: "US-Soldaten", "Nato-Soldaten" (null). */
export function actorOfUnit(b: Binding): Owner {
  return b.noun.prefix ? owner(countryOfPrefix(b.noun.prefix)) : undefined;
}

/** "1000 russische Soldaten", "Tausende US-amerikanische Soldaten". */
export function actorOfAdjectives(view: SentenceView, from: number, to: number): Owner {
  for (let k = from; k < to; k++) {
    const c = countryOfAdjective(view.text(k));
    if (c) return c;
  }
  return undefined;
}

/** "2000 Soldaten der Bundeswehr", "Soldaten der russischen Armee", "Soldaten aus den USA". */
export function actorAfterUnit(view: SentenceView, b: Binding): Owner {
  let k = b.unitLast + 1;
  const w = view.text(k);
  if (w === 'aus') {
    k++;
    while (DETERMINERS.has(view.text(k))) k++;
    const place = view.placeAt(k);
    if (!place || place.place.type !== 'country') return undefined;
    // "aus Großbritannien, Australien und Kanada": several states, none of them owns all.
    return anotherCountryAt(view, place.next) ? null : place.place.name;
  }
  if (w !== 'der' && w !== 'des') return undefined;
  k++;
  let adjective: string | null = null;
  while (isAdjectiveLike(view.text(k))) adjective ??= countryOfAdjective(view.text(k++));
  return stateOfNoun(view, k, adjective);
}

/** A further country after a list separator at token k: ", Australien", "und den USA". */
function anotherCountryAt(view: SentenceView, k: number): boolean {
  const sep = view.text(k);
  if (sep !== ',' && sep !== 'und' && sep !== 'sowie') return false;
  let j = k + 1;
  while (DETERMINERS.has(view.text(j))) j++;
  return view.placeAt(j)?.place.type === 'country';
}

/** "Soldaten der Armee", "Kämpfer der Streitkräfte": a state's body that the phrase does not name. */
export function unnamedAgentAfterUnit(view: SentenceView, b: Binding): boolean {
  const w = view.text(b.unitLast + 1);
  if (w !== 'der' && w !== 'des') return false;
  const head = view.text(b.unitLast + 2);
  return isAgentHead(head) && !view.placeAt(b.unitLast + 2) && !startsUpper(view.text(b.unitLast + 3));
}

/** The owner a noun (phrase head at token k) stands for, with an adjective's state if any. */
function stateOfNoun(view: SentenceView, k: number, adjective: string | null): Owner {
  const place = view.placeAt(k);
  if (place) {
    const { type, name } = place.place;
    if (type === 'country') return countryOfPlace(name) ?? undefined;
    // Only a capital stands for its state ("Moskau hat … verlegt"); other cities do not act.
    return type === 'city' && isGovernmentSeat(name) ? countryOfPlace(name) ?? undefined : undefined;
  }
  const w = view.text(k);
  if (!startsUpper(w)) return undefined;
  if (adjective && isAgentHead(w)) return adjective;
  // "die Regierung in Kiew", "die Führung in Moskau"
  if (isAgentHead(w) && view.text(k + 1) === 'in') {
    const seat = view.placeAt(k + 2);
    if (seat && (seat.place.type === 'country' || isGovernmentSeat(seat.place.name))) return countryOfPlace(seat.place.name) ?? undefined;
  }
  const org = orgOwner(w);
  if (org !== undefined) return org;
  const two = orgOwner(`${w} ${view.text(k + 1)}`);
  if (two !== undefined) return two;
  return compoundOwner(w);
}

/** The owner an organisation's name stands for ("Pentagon", "Kreml"); countryOfOrg remembers it per word. */
function orgOwner(name: string): Owner {
  return owner(countryOfOrg(name));
}

/** memoByWord holds no undefined (an owner not known): it is kept as NOT_KNOWN. */
const NOT_KNOWN = '\u0000';

/** The owner a compound ("US-Regierung") or a spokesperson ("Kremlsprecher") stands for. */
function compoundOwner(word: string): Owner {
  const known = compoundOwnerOf(word);
  return known === NOT_KNOWN ? undefined : known;
}

const compoundOwnerOf = memoByWord((word: string): string | null => {
  const compound = splitAgentCompound(word);
  const found = compound ? owner(countryOfPrefix(compound.prefix)) : spokesOwner(word);
  return found === undefined ? NOT_KNOWN : found;
}, 50_000);

/** "Kremlsprecher", "Pentagon-Sprecherin": the spokesperson of a state's body speaks for that state. */
function spokesOwner(w: string): Owner {
  const m = SPOKES.exec(w);
  if (!m) return undefined;
  const prefix = m[1]!.endsWith('-') ? m[1]!.slice(0, -1) : m[1]!;
  const org = owner(countryOfOrg(prefix));
  return org !== undefined ? org : owner(countryOfPrefix(prefix));
}

const SPOKES = /^(\p{Lu}[\p{L}-]+?)-?[Ss]precher(?:in|innen)?$/u;

/** Nouns that report a source: "nach Angaben aus Washington", "laut Verteidigungsministerium". */
const SOURCE_NOUNS = new Set(['Angaben', 'Informationen', 'Schätzungen', 'Darstellung', 'Aussagen', 'Worten', 'Berichten']);
const SOURCE_LINKS = new Set(['aus', 'von', 'vom', 'der', 'des', 'seitens']);

/**
 * The state a source of the sentence stands for: "nach Angaben aus Washington", "laut dem
 * Pentagon", "Angaben des Kremls zufolge". Its figures are most often about its own troops.
 */
export function actorOfSource(view: SentenceView, to: number): Owner {
  const first = view.derived(FIRST_SOURCE, firstSource);
  return first.at < to ? first.owner : undefined;
}

const FIRST_SOURCE = Symbol('first source of the sentence');

/** The sentence's first source that names a state: its token and owner (at = hi if none). */
function firstSource(view: SentenceView): { at: number; owner: Owner } {
  for (let k = view.lo; k < view.hi; k++) {
    const owner = sourceAt(view, k);
    if (owner !== undefined) return { at: k, owner };
  }
  return { at: view.hi, owner: undefined };
}

/** The state of a source cue at token k ("laut dem Pentagon", "Angaben des Kremls"), if any. */
function sourceAt(view: SentenceView, k: number): Owner {
  const w = view.text(k);
  let j: number;
  if (w === 'laut' || w === 'Laut') j = k + 1;
  else if (SOURCE_NOUNS.has(w) && SOURCE_LINKS.has(view.text(k + 1))) j = k + 2;
  else return undefined;
  while (DETERMINERS.has(view.text(j))) j++;
  let adjective: string | null = null;
  while (isAdjectiveLike(view.text(j))) adjective ??= countryOfAdjective(view.text(j++));
  return stateOfNoun(view, j, adjective);
}

/** An owner acting at token k, not inside a prepositional phrase. */
function agentAt(view: SentenceView, k: number): Owner {
  const before = view.text(k - 1);
  const adjective = isAdjectiveLike(before) ? countryOfAdjective(before) : null;
  const state = stateOfNoun(view, k, adjective);
  if (state === undefined) return undefined;
  const start = adjective ? k - 1 : k;
  const det = view.text(start - 1);
  // Dative objects ("den USA", "dem Iran") do not act.
  if (det === 'den' || det === 'dem') return undefined;
  // A genitive attribute of another noun ("große Teile Khartums") does not act either,
  // unless that noun is the state's own body ("die Regierung Russlands").
  if (start - 1 > view.lo && startsUpper(det) && !isAgentHead(det) && !view.placeAt(start - 1) && !isDeterminer(det)) return undefined;
  return view.inPrepositionalPhrase(start) ? undefined : state;
}

/** Not looked at yet, in the memos of Agents (token indexes and lo - 1 are never below -1). */
const UNKNOWN = -2;

/**
 * The owners acting in one sentence, looked up token by token as counts ask and kept:
 * for each token looked at, its owner and the nearest acting one before it (and after it,
 * up to its clause's end). Scans from many counts of one sentence meet on what an earlier
 * scan found, so an endless sentence is walked once, and an ordinary one no further than
 * the counts' nearest agents.
 */
class Agents {
  private readonly owners: Owner[] = [];
  private readonly ownerKnown: Uint8Array;
  /** The nearest token at or before k with an owner, else lo - 1. */
  private readonly before: Int32Array;
  /** The first token at or after k with an owner, else the end of k's clause. */
  private readonly ahead: Int32Array;

  constructor(private readonly view: SentenceView) {
    const n = view.hi - view.lo;
    this.ownerKnown = new Uint8Array(n);
    this.before = new Int32Array(n).fill(UNKNOWN);
    this.ahead = new Int32Array(n).fill(UNKNOWN);
  }

  owner(k: number): Owner {
    const i = k - this.view.lo;
    if (!this.ownerKnown[i]) {
      this.owners[i] = agentAt(this.view, k);
      this.ownerKnown[i] = 1;
    }
    return this.owners[i];
  }

  /** The nearest token at or before k (within the sentence) with an owner, else lo - 1. */
  nearestBefore(k: number): number {
    return this.walk(this.before, Math.min(k, this.view.hi - 1), this.view.lo - 1, -1);
  }

  /** The first token in [k, end) with an owner, else end; end is the end of k's clause. */
  firstAhead(k: number, end: number): number {
    return this.walk(this.ahead, k, end, 1);
  }

  /**
   * The first token with an owner from `from` towards `stop` (by `step`, `stop` not
   * included), else `stop`. A token whose answer `memo` knows ends the walk with it, and
   * every token passed learns the answer: later walks from the same stretch stop there.
   */
  private walk(memo: Int32Array, from: number, stop: number, step: 1 | -1): number {
    const { lo } = this.view;
    const path: number[] = [];
    let j = from;
    let found = stop;
    for (; step > 0 ? j < stop : j > stop; j += step) {
      const known = memo[j - lo]!;
      if (known !== UNKNOWN) { found = known; break; }
      if (this.owner(j) !== undefined) { found = j; break; }
      path.push(j);
    }
    // Stopped on a token (not at `stop`): it learns the answer too.
    if (step > 0 ? j < stop : j > stop) memo[j - lo] = found;
    for (const p of path) memo[p - lo] = found;
    return found;
  }
}

const AGENTS = Symbol('acting owners of the sentence');

/** The closest acting owner before the count, else one after the unit in the same clause. */
export function actorOfSentence(view: SentenceView, qFirstToken: number, b: Binding | null): Owner {
  const agents = view.derived(AGENTS, (v) => new Agents(v));
  const before = agents.nearestBefore(qFirstToken - 1);
  if (before >= view.lo) return agents.owner(before);
  if (!b) return undefined;
  const from = b.unitLast + 1;
  const end = view.clauseEnd(from);
  if (from >= end) return undefined;
  const after = agents.firstAhead(from, end);
  return after < end ? agents.owner(after) : undefined;
}

/** The first cue that knows the owner, in order of trust; undefined if none does. */
export function firstOwner(...cues: Array<() => Owner>): Owner {
  for (const cue of cues) {
    const o = cue();
    if (o !== undefined) return o;
  }
  return undefined;
}
