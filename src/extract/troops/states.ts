// Which state a word points to: country adjectives ("russische"), compound prefixes
// ("US-", "Bundeswehr"), organisations ("Pentagon", "Kreml") and places ("Moskau").
// Everything comes from the shared lexicon; this module only adapts its lookups to
// what the troop rules ask.
import { lexicon, type Lexicon } from '../../lexicon/index.js';

let lex: Lexicon | null = null;
function lx(): Lexicon {
  lex ??= lexicon();
  return lex;
}

const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

function adjectiveStem(word: string): string {
  return word.toLowerCase().replace(ADJECTIVE_ENDING, '');
}

/** "russische", "US-amerikanischen" → the country, else null. */
export function countryOfAdjective(word: string): string | null {
  if (!/^\p{Ll}|-\p{Ll}+$/u.test(word)) return null;
  return lx().countryByAdjective.get(adjectiveStem(word)) ?? null;
}

/** "osteuropäischen" → "Osteuropa"; country adjectives too. */
export function placeOfAdjective(word: string): string | null {
  if (!/^\p{Ll}|-\p{Ll}+$/u.test(word)) return null;
  const stem = adjectiveStem(word);
  return lx().countryByAdjective.get(stem) ?? lx().regionByAdjective.get(stem) ?? null;
}

/** A compound prefix or a whole word naming a state or a state's body: "US", "Bundeswehr", "Pentagon". */
export function countryOfPrefix(prefix: string): { country: string | null; known: boolean } {
  const l = lx();
  const org = l.orgByPrefix.get(prefix) ?? l.findOrg(prefix);
  if (org) return { country: org.country, known: true };
  const country = l.countryByPrefix.get(prefix);
  if (country) return { country, known: true };
  const dash = prefix.indexOf('-');
  if (dash > 0) return countryOfPrefix(prefix.slice(0, dash));
  return { country: null, known: false };
}

/** An organisation named by the whole word ("Pentagon", "Kreml", "Bundesregierung"), with its state. */
export function countryOfOrg(word: string): { country: string | null; known: boolean } {
  const org = lx().findOrg(word);
  return org ? { country: org.country, known: true } : { country: null, known: false };
}

/** The state a place belongs to: a country itself, or the country of a city ("Moskau"). */
export function countryOfPlace(name: string): string | null {
  const place = lx().findPlace(name);
  if (!place) return null;
  return place.type === 'country' ? place.name : place.country;
}

/** Whether a place name is a state (country), as opposed to a city or region. */
export function isCountry(name: string): boolean {
  return lx().findPlace(name)?.type === 'country';
}
