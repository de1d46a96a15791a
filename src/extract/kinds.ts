// A noun that says what kind of thing a name is decides its type: "die Reederei
// Maersk" is a company and "der Grenzübergang Kerem Schalom" a place, whatever
// the name looks like on its own.
import { readFileSync } from 'node:fs';
import type { ActorMention, Doc, OrgSubtype, PlaceMention, PlaceType } from '../types.js';
import { nameAt } from './person-names.js';
import { HASH_SEED, WordFilter, hashRange, hashStep } from './gazetteer.js';
import { lowerLatin1, mayBeCapital } from './letter-case.js';
import { memoByWord } from '../lexicon/memo.js';

interface KindData {
  organization: Record<string, OrgSubtype>;
  place: Record<string, PlaceType>;
}
const data = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/name-kinds.json', import.meta.url), 'utf8'),
) as KindData;

type Kind = { kind: 'organization'; subtype: OrgSubtype } | { kind: 'place'; type: PlaceType };
const KINDS = new Map<string, Kind>([
  ...Object.entries(data.organization).map(([noun, subtype]): [string, Kind] => [noun, { kind: 'organization', subtype }]),
  ...Object.entries(data.place).map(([noun, type]): [string, Kind] => [noun, { kind: 'place', type }]),
]);
const LENGTHS = [...new Set([...KINDS.keys()].map((k) => k.length))].sort((a, b) => b - a);

/** Kind nouns of four letters or more also end compounds: their last four letters. */
const KIND_ENDINGS = new WordFilter();
/** Shorter ones ("ort") count only as the whole word. */
const SHORT_KINDS = new WordFilter();
for (const noun of KINDS.keys()) {
  if (noun.length >= 4) KIND_ENDINGS.addHash(hashRange(noun, noun.length - 4, noun.length));
  else SHORT_KINDS.add(noun);
}

/**
 * Whether kindOf can find a kind in the word, by its last four letters lower-cased
 * (the whole word when shorter): false is certain, true needs kindOf. Characters
 * beyond Latin-1 are left to kindOf.
 */
export function mayNameKind(word: string): boolean {
  const n = word.length;
  let h = HASH_SEED;
  for (let k = n >= 4 ? n - 4 : 0; k < n; k++) {
    const c = lowerLatin1(word.charCodeAt(k));
    if (c < 0) return true;
    h = hashStep(h, c);
  }
  return (n >= 4 ? KIND_ENDINGS : SHORT_KINDS).mayContainHash(h);
}

/** kindOf, once per word. */
const kindOfCached = memoByWord(kindOf);

/** The kind a noun names, as the whole word or the end of a compound ("Terrormiliz"). */
function kindOf(word: string): Kind | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const len of LENGTHS) {
    if (len > lower.length) continue;
    const kind = KINDS.get(lower.slice(lower.length - len));
    if (kind && (len === lower.length || len >= 4)) return kind;
  }
  return null;
}

export interface KindMentions {
  orgs: ActorMention[];
  places: PlaceMention[];
}

export function extractKindNamed(doc: Doc): KindMentions {
  const orgs: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.text;
    // A kind noun starts with a capital (kindOf): tokens that do not (most of them) need no lookup.
    if (!mayBeCapital(word.charCodeAt(0)) || !mayNameKind(word)) continue;
    const kind = kindOfCached(word);
    if (!kind || tokens[i + 1]!.sentence !== tokens[i]!.sentence) continue;
    const name = nameAt(tokens, i + 1);
    if (!name) continue;
    const start = tokens[name.start]!.start;
    const end = tokens[name.end - 1]!.end;
    const text = doc.text.slice(start, end);
    const nameText = text.replace(/\s+/g, ' ');
    if (kind.kind === 'organization') {
      orgs.push({ start, end, text, type: 'organization', subtype: kind.subtype, name: nameText, role: null, country: null, rule: 'kind-name' });
    } else {
      places.push({ start, end, text, name: nameText, type: kind.type, code: null, rule: 'kind-name' });
    }
    i = name.end - 1;
  }
  return { orgs, places };
}
