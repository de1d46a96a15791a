// Organisation mentions: lexicon names in any case form ("des Weißen Hauses"),
// organisations named inside a compound ("Nato-Generalsekretär" → NATO,
// "Kremlsprecher" → Kreml), and a state's government bodies written as a country
// compound ("US-Regierung", "US-Außenministerium").
import { readFileSync } from 'node:fs';
import type { ActorMention, Doc, OrgSubtype, Token } from '../types.js';
import { lexicon, type OrgEntry } from '../lexicon/index.js';
import { Gazetteer, foldSharpS } from './gazetteer.js';
import { caseForms } from './inflect.js';
import { compoundPrefix } from './roles.js';

interface BodyData {
  government: string[];
  military: string[];
}
const bodies = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/government-bodies.json', import.meta.url), 'utf8'),
) as BodyData;
const BODY_HEADS: [string, OrgSubtype][] = [
  ...bodies.government.map((h): [string, OrgSubtype] => [h, 'government']),
  ...bodies.military.map((h): [string, OrgSubtype] => [h, 'military']),
].sort((a, b) => b[0].length - a[0].length);

/** The lexicon surface a gazetteer hit was generated from: the alias to report. */
interface OrgHit {
  entry: OrgEntry;
  surface: string;
}

let gazetteer: Gazetteer<OrgHit> | null = null;

function orgGazetteer(): Gazetteer<OrgHit> {
  if (gazetteer) return gazetteer;
  const g = new Gazetteer<OrgHit>(foldSharpS);
  for (const [surface, entry] of lexicon().orgBySurface) {
    for (const form of caseForms(surface)) g.add(form, { entry, surface });
  }
  gazetteer = g;
  return g;
}

export function extractOrganizations(doc: Doc): ActorMention[] {
  const g = orgGazetteer();
  const tokens = doc.tokens;
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = g.match(tokens, i);
    if (hit) {
      const first = tokens[i]!;
      const last = tokens[hit.end - 1]!;
      found.push(orgMention(doc, first.start, last.end, hit.entry.value.entry, 'lexicon'));
      i = hit.end - 1;
      continue;
    }
    const m = countryBody(doc, tokens[i]!) ?? orgInCompound(doc, tokens[i]!);
    if (m) found.push(m);
  }
  return found;
}

function orgMention(doc: Doc, start: number, end: number, entry: OrgEntry, rule: string): ActorMention {
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    type: 'organization',
    subtype: entry.subtype,
    name: entry.name,
    role: null,
    country: entry.country,
    rule,
  };
}

/** "Nato-Generalsekretär" → the mention "Nato" of NATO. */
function orgInCompound(doc: Doc, token: Token): ActorMention | null {
  const prefix = compoundPrefix(token.text);
  if (!prefix) return null;
  const entry = lexicon().orgByPrefix.get(prefix) ?? lexicon().orgByPrefix.get(foldSharpS(prefix));
  if (!entry) return null;
  return orgMention(doc, token.start, token.start + prefix.length, entry, 'compound');
}

/** "US-Regierung", "US-Verteidigungsministeriums": a country prefix and a body head. */
function countryBody(doc: Doc, token: Token): ActorMention | null {
  const hyphen = token.text.indexOf('-');
  if (hyphen <= 0) return null;
  const country = lexicon().countryByPrefix.get(token.text.slice(0, hyphen));
  if (!country) return null;
  const rest = token.text.slice(hyphen + 1).toLowerCase();
  for (const [head, subtype] of BODY_HEADS) {
    const genitive = rest.endsWith(`${head}s`) ? 1 : rest.endsWith(`${head}es`) ? 2 : 0;
    if (rest.endsWith(head) || genitive) {
      if (subtype === 'military' && /(?:truppen|streitkräfte)$/.test(rest)) return null; // counted as troops, not an actor
      const text = token.text.slice(0, token.text.length - genitive);
      return {
        start: token.start,
        end: token.end,
        text: token.text,
        type: 'organization',
        subtype,
        name: text,
        role: null,
        country,
        rule: 'country-body',
      };
    }
  }
  return null;
}
