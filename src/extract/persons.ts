// Person mentions by German patterns: a role before a name ("US-Präsident Joe
// Biden"), an apposition ("die Sprecherin des Weißen Hauses, Jen Psaki,"), a name
// after a speech verb ("sagte Kirby"), and a known first name before a surname
// ("Angela Merkel"). Later surname-only mentions are found by resolution. What a name
// looks like is person-names.ts.
import type { ActorMention, Doc, Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { WordShapeFilter, WordStartFilter, isFirstName } from './names.js';
import { countryBefore, countryOfRoleWord, isRoleWord, mayBeRoleWord, roleLemma } from './roles.js';
import { ARABIC_ARTICLES, MAX_NAME_WORDS, type NameSpan, nameAt } from './person-names.js';
import { readFileSync } from 'node:fs';

interface NameCues {
  verbs: string[];
}
const cues = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/name-cues.json', import.meta.url), 'utf8'),
) as NameCues;
const SPEECH_VERBS = new Set(cues.verbs);

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
    return mention(doc, name, 'appositive', roleText, country);
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

/** "sagte Kirby", "so Scholz": a speech verb (token i) followed by a name in its sentence (the caller checked both are so). */
function nameAfterSpeechVerb(doc: Doc, i: number): ActorMention | null {
  const name = nameAt(doc.tokens, i + 1);
  return name ? mention(doc, name, 'speech-verb', null, null) : null;
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
  const cueAhead = (scan.flags[i]! & CUE_AHEAD) !== 0;
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
/** Capitalised and ends like a role word ("…präsident", "Kanzler"): maybe a role, isRoleWord decides. */
const MAY_BE_ROLE = 32;
/** The first-name filter holds its shape: maybe a first name, isFirstName decides. */
const MAY_BE_FIRST_NAME = 64;
/**
 * A cue follows within MAX_NAME_WORDS tokens (i + 1 … i + MAX_NAME_WORDS), in the
 * sentence, with only tokens between that may be name words: where a name from here
 * could end right before it.
 */
const CUE_AHEAD = 128;
/**
 * Its first character may open a name after a role (nameAt, lenient, first word): a
 * capital letter, the first letter of a known first name, or of an Arabic article
 * ("al-Assad"); "maybe" beyond Latin-1 but for general punctuation.
 */
const OPENS_NAME = 256;
/**
 * Its first character may start a word of a name, particles and first names included
 * (letters; whatever first names and particles start with); "maybe" beyond Latin-1 but
 * for general punctuation. A first-character kind only (initialKinds), never a token flag.
 */
const STARTS_NAME_WORD = 512;
/** Appositive role phrases ("die Sprecherin des Weißen Hauses, Jen Psaki") reach this many tokens to their comma. */
const MAX_APPOSITIVE_REACH = 8;

/**
 * The flags of every token (and one more, 0, past the last): the one pass over all
 * tokens; the rules then read tokens only where the flags say a rule may apply.
 */
interface TokenScan {
  flags: Uint16Array;
}

/**
 * Filters of the words the flags name (WordShapeFilter, WordStartFilter): "no" is
 * certain, so a capitalised word that is no first name or honorific, and a lower-case
 * word that is no cue verb, costs a few char reads instead of loading its string for
 * Set probes.
 */
export interface WordGates {
  cues: WordStartFilter;
  honorifics: WordStartFilter;
  firstNames: WordShapeFilter;
}

let wordGates: WordGates | null = null;

/** The gates, for the tests that hold them to the words they stand for. */
export function personWordGates(): Readonly<WordGates> {
  return gates();
}

function gates(): WordGates {
  return (wordGates ??= {
    cues: new WordStartFilter(SPEECH_VERBS),
    honorifics: new WordStartFilter(HONORIFICS),
    firstNames: new WordShapeFilter(lexicon().firstNames),
  });
}

/**
 * Reads each token's characters from the document text by its offsets rather than
 * through `token.text`: the text is one flat string read in order, where each token's
 * own string is another object to load.
 */
function scanTokens(doc: Doc): TokenScan {
  const { tokens, text } = doc;
  const n = tokens.length;
  const flags = new Uint16Array(n + 1);
  const startKinds = initialKinds();
  const { cues, honorifics, firstNames } = gates();
  let nextSentence = -1;
  /** The first cue after token k that a name from k could run up to, and its sentence. */
  let reachableCue = Infinity;
  let reachableCueSentence = -1;
  /** The first comma after token k, its sentence, and whether the token after it may open a name. */
  let commaAfter = Infinity;
  let commaSentence = -1;
  let commaOpensName = false;
  for (let k = n - 1; k >= 0; k--) {
    const token = tokens[k]!;
    const { start, end } = token;
    const c = text.charCodeAt(start);
    const kind = c < 256 ? startKinds[c]! : wideInitialKind(c);
    let f = kind & (UPPER | MAY_START_NAME | OPENS_NAME);
    if ((kind & CUE) !== 0 && cues.mayContain(text, start, end) && SPEECH_VERBS.has(token.text)) f |= CUE;
    if ((kind & HONORIFIC) !== 0 && honorifics.mayContain(text, start, end) && HONORIFICS.has(token.text)) f |= HONORIFIC;
    const sentence = token.sentence;
    if (sentence === nextSentence) f |= NEXT_IN_SENTENCE;
    if ((kind & UPPER) !== 0) {
      if (firstNames.mayContain(text, start, end)) f |= MAY_BE_FIRST_NAME;
      // A role word counts only before a name (roleBeforeName) or a comma and a name
      // (appositiveName); most capitalised words have neither, and skip the role test.
      const nameNext = (f & NEXT_IN_SENTENCE) !== 0 && (flags[k + 1]! & OPENS_NAME) !== 0;
      const nameAfterComma = commaOpensName && commaAfter <= k + MAX_APPOSITIVE_REACH && commaSentence === sentence;
      if ((nameNext || nameAfterComma) && mayBeRoleWord(text, start, end)) f |= MAY_BE_ROLE;
    }
    nextSentence = sentence;
    if (reachableCue <= k + MAX_NAME_WORDS && reachableCueSentence === sentence) f |= CUE_AHEAD;
    // For the token before: a cue is the nearest end; a token no name word starts with breaks the run.
    if ((f & CUE) !== 0) {
      reachableCue = k;
      reachableCueSentence = sentence;
    } else if ((kind & STARTS_NAME_WORD) === 0) {
      reachableCue = Infinity;
    }
    if (c === COMMA && end - start === 1) {
      commaAfter = k;
      commaSentence = sentence;
      commaOpensName = (flags[k + 1]! & OPENS_NAME) !== 0;
    }
    flags[k] = f;
  }
  return { flags };
}

const COMMA = 0x2c;

let latin1Kinds: Uint16Array | null = null;
/** First characters beyond Latin-1 of known first names. */
let wideFirstNameInitials: Set<number> | null = null;

/**
 * Per Latin-1 first character: UPPER, MAY_START_NAME, OPENS_NAME, and CUE / HONORIFIC
 * when some cue verb / honorific starts with it (the filters and Sets then decide).
 */
function initialKinds(): Uint16Array {
  if (latin1Kinds) return latin1Kinds;
  const kinds = new Uint16Array(256);
  for (let c = 0; c < 256; c++) {
    const char = String.fromCharCode(c);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && char !== char.toLowerCase())) kinds[c]! |= UPPER;
    // Letters may start a name word; no punctuation, digit or symbol does.
    if (/^\p{L}/u.test(char)) kinds[c]! |= MAY_START_NAME | STARTS_NAME_WORD;
    // isCapitalisedWord and isDictionaryName ask for a capital (\p{Lu}) first.
    if (/^\p{Lu}/u.test(char)) kinds[c]! |= OPENS_NAME;
  }
  for (const particle of ARABIC_ARTICLES) kinds[particle.charCodeAt(0)]! |= OPENS_NAME;
  wideFirstNameInitials = new Set();
  for (const name of lexicon().firstNames) {
    const c = name.charCodeAt(0);
    if (c < 256) kinds[c]! |= OPENS_NAME | STARTS_NAME_WORD;
    else wideFirstNameInitials.add(c);
  }
  for (const particle of lexicon().nameParticles) {
    // Particles are matched lower-cased: any case of their first letter.
    for (const c of [particle.charCodeAt(0), particle[0]!.toUpperCase().charCodeAt(0)]) {
      if (c < 256) kinds[c]! |= STARTS_NAME_WORD;
      else wideFirstNameInitials.add(c);
    }
  }
  for (const verb of SPEECH_VERBS) if (verb.charCodeAt(0) < 256) kinds[verb.charCodeAt(0)]! |= CUE;
  for (const code of HONORIFIC_INITIALS) if (code < 256) kinds[code]! |= HONORIFIC;
  return (latin1Kinds = kinds);
}

/** wideInitialKind's answers by code unit: quotation marks and dashes are frequent tokens, and the answer costs two strings. */
const wideKinds = new Map<number, number>();

/** initialKinds for a first code unit beyond Latin-1: conservative but for punctuation ("„", "–"). */
function wideInitialKind(c: number): number {
  let kind = wideKinds.get(c);
  if (kind === undefined) wideKinds.set(c, (kind = wideKindOf(c)));
  return kind;
}

function wideKindOf(c: number): number {
  const first = String.fromCharCode(c);
  let kind = CUE | HONORIFIC;
  if (first !== first.toLowerCase()) kind |= UPPER;
  // General punctuation ("„", "–", "…") starts no name; anything else may.
  if (!(c >= 0x2000 && c <= 0x206f)) kind |= MAY_START_NAME | OPENS_NAME | STARTS_NAME_WORD;
  else if (wideFirstNameInitials!.has(c)) kind |= OPENS_NAME | STARTS_NAME_WORD;
  return kind;
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
    if (
      (f & (MAY_BE_ROLE | CUE | CUE_AHEAD)) === 0 &&
      !((f & MAY_BE_FIRST_NAME) !== 0 && mayContinueName(scan, i)) &&
      !isHonorificBefore(scan, i)
    ) continue;
    const m = firstMatch(doc, i, scan, coveredUntil);
    if (m) {
      found.push(m);
      coveredUntil = m.end;
    }
  }
  return found;
}

/** The next token is in token i's sentence and may start a name word. */
function mayContinueName(scan: TokenScan, i: number): boolean {
  return (scan.flags[i]! & NEXT_IN_SENTENCE) !== 0 && (scan.flags[i + 1]! & MAY_START_NAME) !== 0;
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
  return ((f & MAY_BE_FIRST_NAME) !== 0 && mayContinueName(scan, i) ? firstNameSurname(doc, i) : null)
    ?? nameBeforeSpeechVerbOrAfterHonorific(doc, i, scan);
}

/** The mention if it starts after `coveredUntil`. */
function after(m: ActorMention | null, coveredUntil: number): ActorMention | null {
  return m && m.start > coveredUntil ? m : null;
}
