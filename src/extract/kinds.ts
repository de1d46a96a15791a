// A noun that says what kind of thing a name is decides its type: "die Reederei
// Maersk" is a company and "der Grenzübergang Kerem Schalom" a place, whatever
// the name looks like on its own.
import { readFileSync } from 'node:fs';
import type { ActorMention, Doc, OrgSubtype, PlaceMention, PlaceType } from '../types.js';
import { nameAt } from './person-names.js';
import { MAY_BE_CAPITAL, SENTENCE_START, tokenSheet } from './gazetteer.js';
import { EndingTrie } from './ending-trie.js';
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

/** The kind nouns as endings: kindOf can find a kind only in a word that ends in one. */
const KIND_ENDINGS = new EndingTrie(KINDS.keys());

/**
 * Whether kindOf can find a kind in text[start, end) (the whole word by default), by
 * its ending lower-cased: false is certain, true needs kindOf ("Standort" ends in
 * "ort", which counts only as a whole word).
 */
export function mayNameKind(text: string, start = 0, end = text.length): boolean {
  return KIND_ENDINGS.endsIn(text, start, end);
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
  const { shapes, starts, ends } = tokenSheet(doc);
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A kind noun starts with a capital (kindOf) and has a name after it in its sentence: most tokens are out on the sheet.
    if ((shapes[i]! & MAY_BE_CAPITAL) === 0 || (shapes[i + 1]! & SENTENCE_START) !== 0) continue;
    if (!mayNameKind(doc.text, starts[i]!, ends[i]!)) continue;
    const kind = kindOfCached(tokens[i]!.text);
    if (!kind) continue;
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
