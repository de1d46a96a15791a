// Organisation mentions: lexicon names in any case form ("des Weißen Hauses"),
// organisations named inside a compound ("Nato-Generalsekretär" → NATO,
// "Kremlsprecher" → Kreml), and a state's government bodies written as a country
// compound ("US-Regierung", "US-Außenministerium").
import type { ActorMention, Doc, OrgSubtype, Token } from '../types.js';
import { lexicon, type OrgEntry } from '../lexicon/index.js';
import { Gazetteer, foldSharpS } from './gazetteer.js';
import { compoundPrefix, countryOfModifier } from './roles.js';
import { acronym, namedOrgPhrase } from './org-patterns.js';
import { isCompoundNoun } from './names.js';

let bodyHeads: [string, OrgSubtype][] | null = null;

/** The lexicon's state bodies ("Außenministerium", "Armee") as lower-case compound heads, longest first. */
function stateBodyHeads(): [string, OrgSubtype][] {
  bodyHeads ??= [...lexicon().orgBodies]
    .filter(([body]) => !body.includes(' '))
    .map(([body, subtype]): [string, OrgSubtype] => [body.toLowerCase(), subtype])
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return bodyHeads;
}

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
    g.add(surface, { entry, surface });
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
    if (hit && !modifiedCommonNoun(tokens, i, hit.end)) {
      const first = tokens[i]!;
      const last = tokens[hit.end - 1]!;
      const { entry, surface } = hit.entry.value;
      // Report nominative forms only: a case form ("des Weißen Hauses") is no alias.
      const form = nominativeOf(surface, entry);
      found.push({ ...orgMention(doc, first.start, last.end, entry, 'lexicon'), ...(form ? { form } : {}) });
      // "UN-Sicherheitsrat" names the UN too: an organisation inside a compound counts.
      const inner = hit.end === i + 1 ? orgInCompound(doc, first) : null;
      if (inner && inner.name !== entry.name) found.push(inner);
      i = hit.end - 1;
      continue;
    }
    const body = stateBodyPhrase(doc, i);
    if (body) {
      found.push(body);
      i++;
      continue;
    }
    const c = tokens[i]!.text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 0xc0)) continue; // the rules below start at a capital
    const phrase = namedOrgPhrase(doc, i);
    if (phrase) {
      found.push(phrase.mention);
      i = phrase.end - 1;
      continue;
    }
    const m = countryBody(tokens[i]!) ?? orgInCompound(doc, tokens[i]!) ?? quotedWeakAlias(doc, i) ?? acronym(doc, i);
    if (m) found.push(m);
  }
  return withAcronymAliases(doc.text, found);
}

/**
 * An acronym set right after an organisation's name is its short form, not a second
 * organisation: "US-Entwicklungsbehörde USAID", "Sozialistische Arbeiterpartei (PSOE)".
 */
function withAcronymAliases(text: string, found: ActorMention[]): ActorMention[] {
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    const before = found[k - 1]!;
    if (m.rule !== 'acronym' || before.type !== 'organization') continue;
    if (!/^\s*(?:\(\s*)?$/.test(text.slice(before.end, m.start))) continue;
    found[k] = { ...m, name: before.name, subtype: before.subtype, country: before.country, form: m.text };
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

const QUOTE_MARKS = new Set(['"', '„', '“', '”', '«', '»', '‚', '‘', '’', '‹', '›']);

/**
 * A name that is an ordinary word too ("Bild", "Welt", "Linke") counts when the
 * text sets it off as a name: in quotation marks ("die „Bild“") or glued to its
 * kind ("Bild"-Zeitung).
 */
function quotedWeakAlias(doc: Doc, i: number): ActorMention | null {
  const token = doc.tokens[i]!;
  const entry = lexicon().orgByWeakSurface.get(token.text);
  if (!entry) return null;
  const before = doc.tokens[i - 1];
  const after = doc.tokens[i + 1];
  if (!before || !after || !QUOTE_MARKS.has(before.text) || !QUOTE_MARKS.has(after.text)) return null;
  return orgMention(doc, token.start, token.end, entry, 'quoted-name');
}

/**
 * An organisation known by a common noun ("Sicherheitsrat") is another body when
 * an adjective narrows it: "des nationalen Sicherheitsrats" of Ukraine is not the
 * UN's.
 */
function modifiedCommonNoun(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start]!.text;
  if (end - start !== 1 || !(lexicon().isCommonNoun(word) || isCompoundNoun(word))) return false;
  const before = tokens[start - 1];
  return !!before && before.sentence === tokens[start]!.sentence && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(before.text) && !DETERMINERS.has(before.text);
}

const DETERMINERS = new Set(['die', 'der', 'den', 'dem', 'des', 'eine', 'einer', 'einen', 'einem', 'eines', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren', 'jene', 'jener']);

/** "Nato-Generalsekretär" → the mention "Nato" of NATO; "ZDF-" → ZDF. */
function orgInCompound(doc: Doc, token: Token): ActorMention | null {
  if (token.text.endsWith('-')) {
    const entry = lexicon().orgBySurface.get(token.text.slice(0, -1));
    return entry ? orgMention(doc, token.start, token.end - 1, entry, 'compound') : null;
  }
  const prefix = compoundPrefix(token.text);
  if (!prefix) return null;
  const entry = lexicon().orgByPrefix.get(prefix) ?? lexicon().orgByPrefix.get(foldSharpS(prefix));
  if (!entry) return null;
  return orgMention(doc, token.start, token.start + prefix.length, entry, 'compound');
}

/** "des französischen Präsidialamtes" → Élyséepalast: a country adjective and a body the lexicon knows that state by. */
function stateBodyPhrase(doc: Doc, i: number): ActorMention | null {
  const adjective = doc.tokens[i]!;
  const body = doc.tokens[i + 1];
  if (!body || body.sentence !== adjective.sentence || !/^\p{Ll}/u.test(adjective.text) || !/^\p{Lu}/u.test(body.text)) return null;
  const country = countryOfModifier(adjective.text);
  if (!country) return null;
  const lex = lexicon();
  for (const lemma of [body.text, body.text.replace(/e?s$/, '')]) {
    const entry = lex.orgForBody(country, lemma);
    if (entry) return orgMention(doc, adjective.start, body.end, entry, 'state-body');
  }
  return null;
}

/** The name or alias a lexicon surface is a form of ("Sicherheitsrats" → "Sicherheitsrat"), if one. */
function nominativeOf(surface: string, entry: OrgEntry): string | undefined {
  const names = [entry.name, ...entry.aliases];
  return [surface, surface.replace(/s$/, ''), surface.replace(/es$/, '')].find((f) => names.includes(f));
}

/** "US-Regierung", "US-Verteidigungsministeriums": a country prefix and a body head. */
function countryBody(token: Token): ActorMention | null {
  const hyphen = token.text.indexOf('-');
  if (hyphen <= 0) return null;
  const country = lexicon().countryByPrefix.get(token.text.slice(0, hyphen));
  if (!country) return null;
  const rest = token.text.slice(hyphen + 1).toLowerCase();
  for (const [head, subtype] of stateBodyHeads()) {
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
