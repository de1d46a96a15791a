// Person mentions by German patterns: a role before a name ("US-Präsident Joe
// Biden"), an apposition ("die Sprecherin des Weißen Hauses, Jen Psaki,"), a name
// after a speech verb ("sagte Kirby"), a known first name before a surname
// ("Angela Merkel"), a name before a speech verb or after an honorific ("Kirby sagte",
// "Herr Kurti"). Later surname-only mentions are found by resolution. What a name
// looks like is person-names.ts; which tokens may start a rule is person-scan.ts (one
// pass, for speed: most tokens enter no rule).
import type { ActorMention, Doc, Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { countryBefore, countryOfRoleWord, isRoleWord, roleLemma } from './roles.js';
import { type NameSpan, nameAt, nameAtFirstName } from './person-names.js';
import {
  CUE, CUE_AHEAD, MAX_APPOSITIVE_REACH, MAY_BE_FIRST_NAME, MAY_BE_ROLE, NEXT_IN_SENTENCE, SPEECH_VERBS, type TokenScan, UPPER,
  isHonorificBefore, scanTokens,
} from './person-scan.js';

/** Whitespace a name is written with that is not one plain space ("Joe\nBiden", "Joe  Biden"). */
const ODD_SPACE = /\s\s|[^\S ]/;

function mention(doc: Doc, span: NameSpan, rule: string, role: string | null, country: string | null): ActorMention {
  const start = doc.tokens[span.start]!.start;
  const end = doc.tokens[span.end - 1]!.end;
  const text = doc.text.slice(start, end);
  // Nearly every name is spaced plainly: test before building a copy.
  const name = ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return { start, end, text, type: 'person', subtype: null, name, role, country, rule };
}

/** "US-Präsident Joe Biden", "der italienische Regierungschef Mario Draghi"; token i is a role word. */
function roleBeforeName(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const role = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== role.sentence) return null;
  const name = nameAt(tokens, i + 1, true);
  if (!name) return null;
  const country = countryOfRoleWord(role.text) ?? countryBefore(tokens, i);
  return mention(doc, name, 'role-before-name', roleLemma(role.text), country);
}

/** "die Sprecherin des Weißen Hauses, Jen Psaki, sagte": the role phrase, a comma, the name; token i is a role word. */
function appositiveName(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const role = tokens[i]!;
  const lastComma = Math.min(tokens.length - 1, i + MAX_APPOSITIVE_REACH);
  for (let k = i + 1; k <= lastComma; k++) {
    const t = tokens[k]!;
    if (t.sentence !== role.sentence) return null;
    if (t.text !== ',') continue;
    const name = nameAt(tokens, k + 1, true);
    if (!name || name.end - name.start < 2) return null;
    const after = tokens[name.end];
    if (after && after.sentence === role.sentence && !APPOSITION_ENDS.has(after.text) && !SPEECH_VERBS.has(after.text)) return null;
    const roleText = doc.text.slice(role.start, t.start);
    const country = countryOfRoleWord(role.text) ?? countryBefore(tokens, i) ?? countryInPhrase(tokens, i + 1, k);
    return mention(doc, name, 'appositive', roleText, country);
  }
  return null;
}

/** What may follow an appositive name in its sentence besides a cue verb ("sagte"): "Jen Psaki, sagte", "Jen Psaki und …". */
const APPOSITION_ENDS = new Set([',', '.', '(', 'und']);

function countryInPhrase(tokens: readonly Token[], from: number, to: number): string | null {
  const lex = lexicon();
  for (let k = from; k < to; k++) {
    const text = tokens[k]!.text;
    const place = lex.placeBySurface.get(text);
    if (place?.type === 'country') return place.name;
    const org = lex.orgBySurface.get(text);
    if (org?.country) return org.country;
  }
  return null;
}

/** "sagte Kirby", "so Scholz": a speech verb (token i) followed by a name in its sentence (the caller checked both are so). */
function nameAfterSpeechVerb(doc: Doc, i: number): ActorMention | null {
  const name = nameAt(doc.tokens, i + 1);
  return name ? mention(doc, name, 'speech-verb', null, null) : null;
}

/** "Angela Merkel": a known first name and a name word after it. */
function firstNameSurname(doc: Doc, i: number): ActorMention | null {
  const name = nameAtFirstName(doc.tokens, i);
  if (!name || name.end - name.start < 2) return null;
  return mention(doc, name, 'first-name', null, null);
}

/** "Kirby sagte", "Herr Kurti": a name right before a speech verb or after an honorific. */
function nameBeforeSpeechVerbOrAfterHonorific(doc: Doc, i: number, scan: TokenScan): ActorMention | null {
  const tokens = doc.tokens;
  const cueAhead = (scan.flags[i]! & CUE_AHEAD) !== 0;
  const honorific = isHonorificBefore(scan, i);
  if (!honorific && !cueAhead) return null;
  const name = nameAt(tokens, i);
  if (!name) return null;
  const after = tokens[name.end];
  const speaks = !!after && after.sentence === tokens[i]!.sentence && (scan.flags[name.end]! & CUE) !== 0 && after.text !== 'so' && after.text !== 'laut';
  return honorific || speaks ? mention(doc, name, honorific ? 'honorific' : 'name-before-speech-verb', null, null) : null;
}

export function extractPersons(doc: Doc): ActorMention[] {
  const found: ActorMention[] = [];
  const scan = scanTokens(doc);
  const { flags } = scan;
  const n = doc.tokens.length;
  let coveredUntil = -1;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    // Every rule starts at a capitalised word or a speech verb: skip the rest cheaply.
    if ((f & (UPPER | CUE)) === 0) continue;
    // And each needs more (see firstMatch): a role word, a cue, a first name that a name
    // word may follow, an honorific before or a cue ahead. Most capitalised words have none.
    if ((f & (MAY_BE_ROLE | CUE | CUE_AHEAD | MAY_BE_FIRST_NAME)) === 0 && !isHonorificBefore(scan, i)) continue;
    const m = firstMatch(doc, i, scan, coveredUntil);
    if (m) {
      found.push(m);
      coveredUntil = m.end;
    }
  }
  return found;
}

/**
 * The mention of the first rule, in order of specificity, that finds one starting after
 * `coveredUntil`. Rules that cannot apply to the token are not tried: the role rules need
 * a role word, the speech-verb rule a cue, the others a capitalised word; a first name
 * needs a next token in its sentence that can continue a name. Nor are rules whose
 * mention would start inside the last one found (at token i or i + 1): it would not count.
 */
function firstMatch(doc: Doc, i: number, scan: TokenScan, coveredUntil: number): ActorMention | null {
  const tokens = doc.tokens;
  const f = scan.flags[i]!;
  // The role-before-name and speech-verb rules read a name at i + 1, in the sentence.
  const nextIsFree = (f & NEXT_IN_SENTENCE) !== 0 && tokens[i + 1]!.start > coveredUntil;
  // Role words are nouns: capitalised (roles.json lists no lower-case title).
  if ((f & MAY_BE_ROLE) !== 0 && isRoleWord(tokens[i]!.text)) {
    const m = (nextIsFree ? roleBeforeName(doc, i) : null) ?? after(appositiveName(doc, i), coveredUntil);
    if (m) return m;
  }
  if ((f & CUE) !== 0 && nextIsFree) {
    const m = nameAfterSpeechVerb(doc, i);
    if (m) return m;
  }
  // The other rules read a name at i.
  if (tokens[i]!.start <= coveredUntil) return null;
  return ((f & MAY_BE_FIRST_NAME) !== 0 ? firstNameSurname(doc, i) : null)
    ?? nameBeforeSpeechVerbOrAfterHonorific(doc, i, scan);
}

/** The mention if it starts after `coveredUntil`. */
function after(m: ActorMention | null, coveredUntil: number): ActorMention | null {
  return m && m.start > coveredUntil ? m : null;
}
