// Person mentions by German patterns: a role before a name ("US-Präsident Joe
// Biden"), an apposition ("die Sprecherin des Weißen Hauses, Jen Psaki,"), a name
// after a speech verb ("sagte Kirby"), and a known first name before a surname
// ("Angela Merkel"). Later surname-only mentions are found by resolution.
import type { ActorMention, Doc, Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { isCapitalisedWord, isDictionaryName, isFirstName, isNameContinuation, isNameLike, isNameParticle } from './names.js';
import { countryBefore, countryOfRoleWord, isRoleWord, roleLemma } from './roles.js';
import { readFileSync } from 'node:fs';

interface NameCues {
  verbs: string[];
}
const cues = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/name-cues.json', import.meta.url), 'utf8'),
) as NameCues;
const SPEECH_VERBS = new Set(cues.verbs);

const MAX_NAME_WORDS = 5;
/** Articles are particles only after another particle ("von der Leyen"), never alone ("Telefonat der Staatsführer"). */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'die', 'dem', 'des', 'das']);
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ar|bin|ibn|abu|ben)-\p{Lu}/u;

/** A name made of the tokens from `start` (exclusive end), or null. */
interface NameSpan {
  start: number;
  end: number;
}

function isKnownNonPerson(word: string): boolean {
  const lex = lexicon();
  return lex.placeBySurface.has(word) || lex.orgBySurface.has(word);
}

/**
 * Whether a word can be part of a name here. `lenient` is for strong contexts (after
 * a role noun or inside a name): any capitalised word German does not list as a
 * noun, so surnames that look like compounds ("Steinmeier", "Zimmermann") pass.
 */
function nameWord(word: string, afterFirstName: boolean, lenient: boolean): boolean {
  if (ARABIC_PARTICLE.test(word)) return true;
  if (isRoleWord(word)) return false;
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    // Lower case ("sagte er"): not capitalised, so no name continuation, dictionary
    // name or name-like word; only the first-name test is left, asked first.
    return !afterFirstName && isFirstName(word) && !isKnownNonPerson(word);
  }
  // "Wolfgang Wagner", "Paris Hilton": after a given name a place or org word is a surname.
  if (afterFirstName) return isNameContinuation(word);
  if (isKnownNonPerson(word)) return false;
  if (lenient) return isDictionaryName(word) || isFirstName(word);
  return isNameLike(word) || isFirstName(word);
}

/** The longest name starting at token i: name words with particles ("von der Leyen"). */
export function nameAt(tokens: readonly Token[], i: number, lenient = false): NameSpan | null {
  const sentence = tokens[i]?.sentence;
  let end = i;
  let words = 0;
  let k = i;
  let placeAsGivenName = false;
  while (k < tokens.length && tokens[k]!.sentence === sentence && words < MAX_NAME_WORDS) {
    const text = tokens[k]!.text;
    // A particle joins given names to a surname ("Ursula von der Leyen"), never a full name to what follows ("Eric Cantona zu United").
    // Particles are capitalised in some names ("Alexander Van der Bellen").
    if (words > 0 && isNameParticle(text.toLowerCase()) && !ARTICLE_PARTICLES.has(text) && (words === 1 || allFirstNames(tokens, i, k))) {
      let p = k;
      while (p < tokens.length && isNameParticle(tokens[p]!.text.toLowerCase()) && p - k < 3) p++;
      if (p < tokens.length && tokens[p]!.sentence === sentence && isCapitalisedWord(tokens[p]!.text)) {
        // What follows a particle is a surname whatever it looks like ("zu Guttenberg").
        words++;
        k = p + 1;
        end = k;
        continue;
      }
      break;
    }
    const afterFirstName = words > 0 && (isFirstName(tokens[k - 1]!.text) || placeAsGivenName);
    if (!nameWord(text, afterFirstName, lenient || words > 0)) {
      // After a role, a place word followed by a surname is a given name ("Verteidigungsminister Wellington Koo").
      if (words === 0 && lenient && isKnownNonPerson(text) && isCapitalisedWord(text) && followedBySurname(tokens, k, sentence)) {
        placeAsGivenName = true;
        words++;
        k++;
        end = k;
        continue;
      }
      break;
    }
    words++;
    k++;
    end = k;
  }
  return words > 0 ? { start: i, end } : null;
}

function followedBySurname(tokens: readonly Token[], k: number, sentence: number | undefined): boolean {
  const next = tokens[k + 1];
  return !!next && next.sentence === sentence && isNameLike(next.text) && !isKnownNonPerson(next.text);
}

function allFirstNames(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isFirstName(tokens[k]!.text)) return false;
  return true;
}

function mention(doc: Doc, span: NameSpan, rule: string, role: string | null, country: string | null): ActorMention {
  const start = doc.tokens[span.start]!.start;
  const end = doc.tokens[span.end - 1]!.end;
  const text = doc.text.slice(start, end);
  return { start, end, text, type: 'person', subtype: null, name: text.replace(/\s+/g, ' '), role, country, rule };
}

/** "US-Präsident Joe Biden", "der italienische Regierungschef Mario Draghi". */
function roleBeforeName(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const role = tokens[i]!;
  if (!isRoleWord(role.text)) return null;
  const next = tokens[i + 1];
  if (!next || next.sentence !== role.sentence) return null;
  const name = nameAt(tokens, i + 1, true);
  if (!name) return null;
  const country = countryOfRoleWord(role.text) ?? countryBefore(tokens, i);
  return mention(doc, name, 'role-before-name', roleLemma(role.text), country);
}

/** "die Sprecherin des Weißen Hauses, Jen Psaki, sagte": the role phrase, a comma, the name. */
function appositiveName(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const role = tokens[i]!;
  if (!isRoleWord(role.text)) return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k]!;
    if (t.sentence !== role.sentence) return null;
    if (t.text !== ',') continue;
    const name = nameAt(tokens, k + 1, true);
    if (!name || name.end - name.start < 2) return null;
    const after = tokens[name.end];
    if (after && after.sentence === role.sentence && ![',', '.', '(', 'sagte', 'und'].includes(after.text) && !SPEECH_VERBS.has(after.text)) return null;
    const roleText = doc.text.slice(role.start, t.start);
    const country = countryOfRoleWord(role.text) ?? countryBefore(tokens, i) ?? countryInPhrase(tokens, i + 1, k);
    return mention(doc, name, 'appositive', roleText.replace(/^\p{Lu}/u, (c) => c), country);
  }
  return null;
}

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

/** "sagte Kirby", "so Scholz": a speech verb followed by a name. */
function nameAfterSpeechVerb(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const verb = tokens[i]!;
  if (!SPEECH_VERBS.has(verb.text)) return null;
  const name = nameAt(tokens, i + 1);
  if (!name || tokens[i + 1]!.sentence !== verb.sentence) return null;
  return mention(doc, name, 'speech-verb', null, null);
}

/** "Angela Merkel": a known first name and a name word after it. */
function firstNameSurname(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  if (!isFirstName(tokens[i]!.text)) return null;
  const name = nameAt(tokens, i);
  if (!name || name.end - name.start < 2) return null;
  return mention(doc, name, 'first-name', null, null);
}

/** "Kirby sagte", "Herr Kurti": a name right before a speech verb or after an honorific. */
function nameBeforeSpeechVerbOrAfterHonorific(doc: Doc, i: number, scan: TokenScan): ActorMention | null {
  const tokens = doc.tokens;
  const cueAhead = scan.nextCue[i + 1]! < Math.min(tokens.length, i + 1 + MAX_NAME_WORDS);
  const honorific = isHonorificBefore(scan, i);
  if (!honorific && !cueAhead) return null;
  const name = nameAt(tokens, i);
  if (!name) return null;
  const after = tokens[name.end];
  const speaks = !!after && after.sentence === tokens[i]!.sentence && (scan.flags[name.end]! & CUE) !== 0 && after.text !== 'so' && after.text !== 'laut';
  return honorific || speaks ? mention(doc, name, honorific ? 'honorific' : 'name-before-speech-verb', null, null) : null;
}

const HONORIFICS = new Set(['Herr', 'Herrn', 'Frau', 'Mr.', 'Mrs.', 'Ms.']);
const HONORIFIC_INITIALS = new Set([...HONORIFICS].map((h) => h.charCodeAt(0)));

/** "Herr", "Frau" … right before token i, in its sentence. */
function isHonorificBefore(scan: TokenScan, i: number): boolean {
  return i > 0 && (scan.flags[i - 1]! & (HONORIFIC | NEXT_IN_SENTENCE)) === (HONORIFIC | NEXT_IN_SENTENCE);
}

// Token flags (TokenScan.flags): what the rules ask of every token, found in one pass.
/** A name-cue verb ("sagte"). */
const CUE = 1;
/** Starts with a capital letter. */
const UPPER = 2;
/** The next token is in the same sentence. */
const NEXT_IN_SENTENCE = 4;
/** An honorific ("Herr"). */
const HONORIFIC = 8;
/** Its first character allows a name word or particle ("Biden", "von", "al-Assad"); "maybe" unless certain. */
const MAY_START_NAME = 16;

/**
 * The flags of every token, and `nextCue[k]`, the index of the first cue at or after
 * k (tokens.length when none): the one pass over all tokens; the rules then read
 * tokens only where the flags say a rule may apply.
 */
interface TokenScan {
  flags: Uint8Array;
  nextCue: Uint32Array;
}

function scanTokens(tokens: readonly Token[]): TokenScan {
  const n = tokens.length;
  const flags = new Uint8Array(n + 1);
  const nextCue = new Uint32Array(n + 2);
  nextCue[n] = nextCue[n + 1] = n;
  const startKinds = initialKinds();
  let nextSentence = -1;
  for (let k = n - 1; k >= 0; k--) {
    const token = tokens[k]!;
    const text = token.text;
    const c = text.charCodeAt(0);
    const kind = c < 256 ? startKinds[c]! : wideInitialKind(text, c);
    let f = kind & (UPPER | MAY_START_NAME);
    if ((kind & CUE) !== 0 && SPEECH_VERBS.has(text)) f |= CUE;
    if ((kind & HONORIFIC) !== 0 && HONORIFICS.has(text)) f |= HONORIFIC;
    if (token.sentence === nextSentence) f |= NEXT_IN_SENTENCE;
    nextSentence = token.sentence;
    flags[k] = f;
    nextCue[k] = (f & CUE) !== 0 ? k : nextCue[k + 1]!;
  }
  return { flags, nextCue };
}

let latin1Kinds: Uint8Array | null = null;

/**
 * Per Latin-1 first character: UPPER, MAY_START_NAME, and CUE / HONORIFIC when some
 * cue verb / honorific starts with it (the Set lookup then decides).
 */
function initialKinds(): Uint8Array {
  if (latin1Kinds) return latin1Kinds;
  const kinds = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase())) kinds[c]! |= UPPER;
    // Letters may start a name word; no punctuation, digit or symbol does.
    if (/^\p{L}/u.test(String.fromCharCode(c))) kinds[c]! |= MAY_START_NAME;
  }
  for (const verb of SPEECH_VERBS) if (verb.charCodeAt(0) < 256) kinds[verb.charCodeAt(0)]! |= CUE;
  for (const code of HONORIFIC_INITIALS) if (code < 256) kinds[code]! |= HONORIFIC;
  return (latin1Kinds = kinds);
}

/** initialKinds for a first character beyond Latin-1: conservative but for punctuation ("„", "–"). */
function wideInitialKind(text: string, c: number): number {
  if (text.length === 0) return 0;
  let kind = CUE | HONORIFIC;
  if (text[0] !== text[0]!.toLowerCase()) kind |= UPPER;
  // General punctuation ("„", "–", "…") starts no name; anything else may.
  if (!(c >= 0x2000 && c <= 0x206f)) kind |= MAY_START_NAME;
  return kind;
}

export function extractPersons(doc: Doc): ActorMention[] {
  const found: ActorMention[] = [];
  const scan = scanTokens(doc.tokens);
  const flags = scan.flags;
  let coveredUntil = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    // Every rule starts at a capitalised word or a speech verb: skip the rest cheaply.
    if ((flags[i]! & (UPPER | CUE)) === 0) continue;
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
 * needs a next token in its sentence that can continue a name.
 */
function firstMatch(doc: Doc, i: number, scan: TokenScan, coveredUntil: number): ActorMention | null {
  const text = doc.tokens[i]!.text;
  const f = scan.flags[i]!;
  // Role words are nouns: capitalised (roles.json lists no lower-case title).
  if ((f & UPPER) !== 0 && isRoleWord(text)) {
    const m = after(roleBeforeName(doc, i), coveredUntil) ?? after(appositiveName(doc, i), coveredUntil);
    if (m) return m;
  }
  if ((f & CUE) !== 0) {
    const m = after(nameAfterSpeechVerb(doc, i), coveredUntil);
    if (m) return m;
  }
  const mayContinue = (f & NEXT_IN_SENTENCE) !== 0 && (scan.flags[i + 1]! & MAY_START_NAME) !== 0;
  return (mayContinue ? after(firstNameSurname(doc, i), coveredUntil) : null)
    ?? after(nameBeforeSpeechVerbOrAfterHonorific(doc, i, scan), coveredUntil);
}

/** The mention if it starts after `coveredUntil`. */
function after(m: ActorMention | null, coveredUntil: number): ActorMention | null {
  return m && m.start > coveredUntil ? m : null;
}
