// Which state a word points to: country adjectives ("russische"), compound prefixes
// ("US-", "Bundeswehr"), organisations ("Pentagon", "Kreml") and places ("Moskau").
// Everything comes from the shared lexicon; this module only adapts its lookups to
// what the troop rules ask.
import { lexicon, type Lexicon, type OrgEntry } from './index.js';
import { memoByWord } from './memo.js';

let lex: Lexicon | null = null;
function lx(): Lexicon {
  lex ??= lexicon();
  return lex;
}

const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

function adjectiveStem(word: string): string {
  return word.toLowerCase().replace(ADJECTIVE_ENDING, '');
}

const ADJECTIVE_SHAPE = /^\p{Ll}|-\p{Ll}+$/u;

/** "russische", "US-amerikanischen" → the country, else null. */
export const countryOfAdjective = memoByWord((word: string): string | null => {
  if (!ADJECTIVE_SHAPE.test(word)) return null;
  return lx().countryByAdjective.get(adjectiveStem(word)) ?? null;
});

/** "osteuropäischen" → "Osteuropa"; country adjectives too. */
export function placeOfAdjective(word: string): string | null {
  if (!ADJECTIVE_SHAPE.test(word)) return null;
  const stem = adjectiveStem(word);
  return lx().countryByAdjective.get(stem) ?? lx().regionByAdjective.get(stem) ?? null;
}

/**
 * What an organisation says about troops: a state's government or military stands for
 * the state; an alliance or the UN is known but owns no state's troops; media,
 * parties and others say nothing.
 */
function stateOfOrg(org: OrgEntry | undefined): { country: string | null; known: boolean } {
  if (!org) return { country: null, known: false };
  if (org.subtype === 'government' || org.subtype === 'military') return { country: org.country, known: true };
  if (org.subtype === 'igo') return { country: null, known: true };
  return { country: null, known: false };
}

/** A compound prefix naming a state or a state's body: "US", "Bundeswehr", "Nato" (known, no state). */
export function countryOfPrefix(prefix: string): { country: string | null; known: boolean } {
  const l = lx();
  const org = stateOfOrg(l.orgByPrefix.get(prefix));
  if (org.known) return org;
  const country = l.countryByPrefix.get(prefix);
  if (country) return { country, known: true };
  const dash = prefix.indexOf('-');
  if (dash > 0) return countryOfPrefix(prefix.slice(0, dash));
  return { country: null, known: false };
}

/** An organisation named by the whole word ("Pentagon", "Kreml", "Bundesregierung"), with its state. */
export const countryOfOrg = memoByWord((word: string): { country: string | null; known: boolean } => {
  const l = lx();
  // Genitives: "des Bundesheeres", "des Pentagons", "des Kremls".
  const org = l.findOrg(word) ?? (word.endsWith('s') ? l.findOrg(word.slice(0, -1)) ?? (word.endsWith('es') ? l.findOrg(word.slice(0, -2)) : undefined) : undefined);
  return stateOfOrg(org);
});

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

/** The canonical name of a country given by any of its names ("Vereinigte Staaten" → USA), else null. */
export function countryNamed(name: string): string | null {
  const place = lx().findPlace(name);
  return place?.type === 'country' ? place.name : null;
}
