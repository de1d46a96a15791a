// Organisation mentions: lexicon names in any case form ("des Weißen Hauses"),
// organisations named inside a compound ("Nato-Generalsekretär" → NATO,
// "Kremlsprecher" → Kreml), and a state's government bodies written as a country
// compound ("US-Regierung", "US-Außenministerium").
//
// Speed: most tokens are lower-case function words or ordinary nouns. A token is
// only looked at by the rules cheap tests of its characters and neighbours allow
// (org-gates.ts), and a rule that looks at one word alone answers once per distinct
// word (cached).
import type { ActorMention, Doc, OrgSubtype, Token } from '../types.js';
import { lexicon, type OrgEntry } from '../lexicon/index.js';
import { Gazetteer, MAY_BE_CAPITAL, SENTENCE_START, STARTS_LOWER, STARTS_UPPER, foldSharpS } from './gazetteer.js';
import { compoundPrefix, countryOfModifier } from './roles.js';
import { acronym, namedOrgPhrase } from './org-patterns.js';
import { isCompoundNoun } from './names.js';
import { memoByWord } from '../lexicon/memo.js';
import {
  ACRONYM_RULE, COMPOUND_RULES, NAMED_PHRASE_RULE, QUOTED_NAME_RULE, QUOTE_MARKS, capitalRulesAt, mayNameCountry, shortestCountryWord,
} from './org-gates.js';

let bodyHeads: [string, OrgSubtype][] | null = null;

/** The lexicon's state bodies ("Außenministerium", "Armee") as lower-case compound heads, longest first. */
function stateBodyHeads(): [string, OrgSubtype][] {
  bodyHeads ??= [...lexicon().orgBodies]
    .filter(([body]) => !body.includes(' '))
    .map(([body, subtype]): [string, OrgSubtype] => [body.toLowerCase(), subtype])
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return bodyHeads;
}

/** The lexicon surface a gazetteer hit was generated from, and the name or alias it declines (if one). */
interface OrgHit {
  entry: OrgEntry;
  /** Report nominative forms only: a case form ("des Weißen Hauses") is no alias. */
  form: string | undefined;
}

let gazetteer: Gazetteer<OrgHit> | null = null;

function orgGazetteer(): Gazetteer<OrgHit> {
  if (gazetteer) return gazetteer;
  const g = new Gazetteer<OrgHit>(foldSharpS);
  for (const [surface, entry] of lexicon().orgBySurface) {
    g.add(surface, { entry, form: nominativeOf(surface, entry) });
  }
  gazetteer = g;
  return g;
}

/** A country body named by one compound word ("US-Regierung"), without its offsets. */
interface CountryBody {
  subtype: OrgSubtype;
  name: string;
  country: string;
}

/** An organisation that starts a compound ("Nato" in "Nato-Generalsekretär"): its entry and length. */
interface CompoundOrg {
  entry: OrgEntry;
  length: number;
}

/** What a compound word names: a state's body ("US-Regierung") or an organisation as its first part ("Nato-Chef"). */
interface CompoundFacts {
  countryBody: CountryBody | null;
  org: CompoundOrg | null;
}

const NO_COMPOUND: CompoundFacts = { countryBody: null, org: null };
/** countryBody and orgInCompound, once per word. */
const compoundFacts = memoByWord((word: string): CompoundFacts => {
  const countryBodyFact = countryBody(word);
  const org = orgInCompound(word);
  return countryBodyFact || org ? { countryBody: countryBodyFact, org } : NO_COMPOUND;
});

export function extractOrganizations(doc: Doc): ActorMention[] {
  const g = orgGazetteer();
  const shortestCountry = shortestCountryWord();
  const tokens = doc.tokens;
  const sheet = g.sheetOf(doc);
  const { hashes, shapes, starts, ends } = sheet;
  const found: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = g.mayStartWith(shapes[i]!, hashes[i]!) ? g.match(doc, i) : null;
    if (hit && !modifiedCommonNoun(tokens, i, hit.end)) {
      const token = tokens[i]!;
      const last = tokens[hit.end - 1]!;
      const { entry, form } = hit.entry.value;
      const mention = orgMention(doc, token.start, last.end, entry, 'lexicon');
      if (form) mention.form = form;
      found.push(mention);
      // "UN-Sicherheitsrat" names the UN too: an organisation inside a compound counts.
      const inner = hit.end === i + 1 ? compoundFacts(token.text).org : null;
      if (inner && inner.entry.name !== entry.name) found.push(compoundMention(doc, token, inner));
      i = hit.end - 1;
      continue;
    }
    const shape = shapes[i]!;
    // A state body phrase is a lower-case adjective before a capitalised noun of its sentence ("des französischen Präsidialamtes").
    if ((shape & STARTS_LOWER) !== 0 && i + 1 < tokens.length && (shapes[i + 1]! & (STARTS_UPPER | SENTENCE_START)) === STARTS_UPPER) {
      // "der", "die", "und": most lower-case words are too short for a country adjective.
      const body = ends[i]! - starts[i]! >= shortestCountry && mayNameCountry(doc.text, starts[i]!, ends[i]!) ? stateBodyPhrase(doc, i) : null;
      if (body) {
        found.push(body);
        i++;
        continue;
      }
    }
    // The rules below start at a capital (lower-case "dpa-" and "über" are left to the gazetteer).
    if ((shape & MAY_BE_CAPITAL) === 0) continue;
    const rules = capitalRulesAt(doc, sheet, i);
    if (rules === 0) continue;
    const token = tokens[i]!;
    const text = token.text;
    if (rules & NAMED_PHRASE_RULE) {
      const phrase = namedOrgPhrase(doc, i);
      if (phrase) {
        found.push(phrase.mention);
        i = phrase.end - 1;
        continue;
      }
    }
    const compound = rules & COMPOUND_RULES ? compoundFacts(text) : NO_COMPOUND;
    if (compound.countryBody) found.push(countryBodyMention(token, compound.countryBody));
    else if (compound.org) found.push(compoundMention(doc, token, compound.org));
    else {
      const m = (rules & QUOTED_NAME_RULE ? quotedWeakAlias(doc, i) : null) ?? (rules & ACRONYM_RULE ? acronym(doc, i) : null);
      if (m) found.push(m);
    }
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

const ADJECTIVE_INFLECTED = /^\p{Ll}+(?:e|en|er|es|em)$/u;

/**
 * An organisation known by a common noun ("Sicherheitsrat") is another body when
 * an adjective narrows it: "des nationalen Sicherheitsrats" of Ukraine is not the
 * UN's.
 */
function modifiedCommonNoun(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const before = tokens[start - 1];
  // The cheap checks on the word before come first: the noun tests are costly.
  if (!before || before.sentence !== tokens[start]!.sentence || !ADJECTIVE_INFLECTED.test(before.text) || DETERMINERS.has(before.text)) return false;
  const word = tokens[start]!.text;
  return lexicon().isCommonNoun(word) || isCompoundNoun(word);
}

const DETERMINERS = new Set(['die', 'der', 'den', 'dem', 'des', 'eine', 'einer', 'einen', 'einem', 'eines', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren', 'jene', 'jener']);

/** "Nato-Generalsekretär" → NATO named by its first 4 characters; "ZDF-" → ZDF. */
function orgInCompound(word: string): CompoundOrg | null {
  if (word.endsWith('-')) {
    const entry = lexicon().orgBySurface.get(word.slice(0, -1));
    return entry ? { entry, length: word.length - 1 } : null;
  }
  const prefix = compoundPrefix(word);
  if (!prefix) return null;
  const entry = lexicon().orgByPrefix.get(prefix) ?? lexicon().orgByPrefix.get(foldSharpS(prefix));
  return entry ? { entry, length: prefix.length } : null;
}

function compoundMention(doc: Doc, token: Token, compound: CompoundOrg): ActorMention {
  return orgMention(doc, token.start, token.start + compound.length, compound.entry, 'compound');
}


/**
 * "des französischen Präsidialamtes" → Élyséepalast: a country adjective and a body the lexicon knows that state by.
 * tokens[i] starts with a lower-case letter and may name a country (mayNameCountry), and tokens[i + 1], in the same
 * sentence, starts with a capital (the caller tests that).
 */
function stateBodyPhrase(doc: Doc, i: number): ActorMention | null {
  const adjective = doc.tokens[i]!;
  const body = doc.tokens[i + 1]!;
  const country = countryOfModifier(adjective.text);
  if (!country) return null;
  const lex = lexicon();
  const entry = lex.orgForBody(country, body.text) ?? lex.orgForBody(country, body.text.replace(/e?s$/, ''));
  return entry ? orgMention(doc, adjective.start, body.end, entry, 'state-body') : null;
}

/** The name or alias a lexicon surface is a form of ("Sicherheitsrats" → "Sicherheitsrat"), if one. */
function nominativeOf(surface: string, entry: OrgEntry): string | undefined {
  const names = [entry.name, ...entry.aliases];
  return [surface, surface.replace(/s$/, ''), surface.replace(/es$/, '')].find((f) => names.includes(f));
}

/** "US-Regierung", "US-Verteidigungsministeriums": a country prefix and a body head. */
function countryBody(word: string): CountryBody | null {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0) return null;
  const country = lexicon().countryByPrefix.get(word.slice(0, hyphen));
  if (!country) return null;
  const rest = word.slice(hyphen + 1).toLowerCase();
  for (const [head, subtype] of stateBodyHeads()) {
    const genitive = rest.endsWith(`${head}s`) ? 1 : rest.endsWith(`${head}es`) ? 2 : 0;
    if (rest.endsWith(head) || genitive) {
      if (subtype === 'military' && /(?:truppen|streitkräfte)$/.test(rest)) return null; // counted as troops, not an actor
      return { subtype, name: word.slice(0, word.length - genitive), country };
    }
  }
  return null;
}

function countryBodyMention(token: Token, body: CountryBody): ActorMention {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    type: 'organization',
    subtype: body.subtype,
    name: body.name,
    role: null,
    country: body.country,
    rule: 'country-body',
  };
}
