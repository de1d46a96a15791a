// Whose troops: the state named in the unit ("US-Soldaten", "Bundeswehrsoldaten"), an
// adjective before it ("russische Soldaten"), a phrase after it ("der Bundeswehr",
// "aus den USA"), or the state that acts in the sentence ("Russland hat … zusammengezogen").
import type { Binding } from './bind.js';
import { isAgentHead, splitAgentCompound } from './nouns.js';
import { DETERMINERS, isAdjectiveLike, isUpper, type SentenceView } from './sentence.js';
import { countryOfAdjective, countryOfOrg, countryOfPlace, countryOfPrefix } from './states.js';

/** The state a unit's compound prefix names; `known` when the prefix is a known body without a state ("Nato"). */
export function actorOfUnit(b: Binding): { actor: string | null; known: boolean } {
  if (!b.noun.prefix) return { actor: null, known: false };
  const { country, known } = countryOfPrefix(b.noun.prefix);
  return { actor: country, known };
}

/** "1000 russische Soldaten", "Tausende US-amerikanische Soldaten". */
export function actorOfAdjectives(view: SentenceView, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const c = countryOfAdjective(view.text(k));
    if (c) return c;
  }
  return null;
}

/** "2000 Soldaten der Bundeswehr", "Soldaten der russischen Armee", "Soldaten aus den USA". */
export function actorAfterUnit(view: SentenceView, b: Binding): string | null {
  let k = b.unitLast + 1;
  const w = view.text(k);
  if (w === 'aus') {
    k++;
    while (DETERMINERS.has(view.text(k))) k++;
    const place = view.placeAt(k);
    return place && place.place.type === 'country' ? place.place.name : null;
  }
  if (w !== 'der' && w !== 'des') return null;
  k++;
  let adjective: string | null = null;
  while (isAdjectiveLike(view.text(k))) adjective ??= countryOfAdjective(view.text(k++));
  return stateOfNoun(view, k, adjective);
}

/** The state a noun (phrase head at token k) stands for, with an adjective's state if any. */
function stateOfNoun(view: SentenceView, k: number, adjective: string | null): string | null {
  const place = view.placeAt(k);
  if (place) return place.place.type === 'region' || place.place.type === 'sea' ? null : countryOfPlace(place.place.name);
  const w = view.text(k);
  if (!isUpper(w)) return null;
  if (adjective && isAgentHead(w)) return adjective;
  const org = countryOfOrg(w);
  if (org.known) return org.country;
  const two = countryOfOrg(`${w} ${view.text(k + 1)}`);
  if (two.known) return two.country;
  const compound = splitAgentCompound(w);
  return compound ? countryOfPrefix(compound.prefix).country : null;
}

/** A state acting at token k that is not inside a prepositional phrase; with the phrase's first token. */
function agentAt(view: SentenceView, k: number): string | null {
  const before = view.text(k - 1);
  const adjective = isAdjectiveLike(before) ? countryOfAdjective(before) : null;
  const state = stateOfNoun(view, k, adjective);
  if (!state) return null;
  const start = adjective ? k - 1 : k;
  const det = view.text(start - 1);
  // Dative objects ("den USA", "dem Iran") do not act.
  if (det === 'den' || det === 'dem') return null;
  return view.inPrepositionalPhrase(start) ? null : state;
}

/** The closest acting state before the count, else one after the unit in the same clause. */
export function actorOfSentence(view: SentenceView, qFirstToken: number, b: Binding | null): string | null {
  for (let k = qFirstToken - 1; k >= view.lo; k--) {
    const a = agentAt(view, k);
    if (a) return a;
  }
  if (!b) return null;
  const end = view.clauseEnd(b.unitLast + 1);
  for (let k = b.unitLast + 1; k < end; k++) {
    const a = agentAt(view, k);
    if (a) return a;
  }
  return null;
}
