// Utterance units: the document's sentences, merged where a quotation runs over a
// sentence break ("„Ich fahre. Ich spreche.“, sagte er" is one unit). Each unit is
// read as a "surface": its words outside quotation marks, with every quotation
// collapsed into one placeholder word, so the frame rules see „…“, sagte X as Q , sagte X.
import type { Doc, Sentence, Token } from '../../types.js';
import type { QuotePair } from './marks.js';
import { paragraphsOf } from './marks.js';
import { ALREADY_FOLDED, CUE_BITS, CUE_KONJUNKTIV_I, CUE_KONJUNKTIV_II, classesOfText, cueOfText, fold, mayFoldTo, speechLexicon, tokenCues } from './lexicon.js';
import { mayFrame } from './frame-gate.js';
import { startsLower } from '../letter-case.js';

const KONJUNKTIV = CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II;

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded (lower case, ß → ss). */
  readonly key: string;
  /** Index of the quote pair this placeholder stands for, or -1 for an ordinary word. */
  readonly quote: number;
  /** The key's CUE_* bits (lexicon.ts), 0 for most words and for placeholders. */
  readonly cue: number;
  /** The punctuation mark the word is (MARK_* bit), else 0: the clause scans test this, not the text. */
  readonly mark: number;
  /** A name or title in quotation marks („New York Times“), read as one capitalised word. */
  readonly name: boolean;
  /** The CLASS_* bits of its key (lexicon.ts): whether it is a determiner, a pronoun, an auxiliary … */
  readonly classes: number;
}

/**
 * Every word is built here (one object shape for the rules to read). Its key is folded
 * when first read: most capitalised words of a unit are never looked up, and lower-casing
 * them (a fresh string each) was a tenth of the quotes stage.
 */
class UnitWord implements Word {
  private folded: string | null;

  constructor(
    readonly start: number, readonly end: number, readonly text: string, key: string | null,
    readonly quote: number, readonly cue: number, readonly mark: number, readonly name: boolean,
  ) {
    this.folded = key;
  }

  get key(): string {
    return (this.folded ??= fold(this.text));
  }

  /** Looked up when first asked for (most words of a unit never are), then kept. */
  private classBits = -1;

  get classes(): number {
    // Those of its key, told from its text (a placeholder's key is no word: it has none).
    if (this.classBits < 0) this.classBits = this.quote >= 0 ? 0 : classesOfText(this.text);
    return this.classBits;
  }
}

export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** A headline or subheading line: no report context runs across it. */
  heading: boolean;
  /** The unit's surface words; empty where no rule can fire (no quote, and no cue word or none that can start a frame). */
  words: Word[];
  /** Indices into the pair list of the quotes in this unit. */
  quotes: number[];
  /**
   * The CUE_* bits of all its words, 0 for a unit left without words: 0 with no quotes means no rule can fire in the unit.
   * A FramelessUnit's are only the Konjunktiv bits of its lower-case words: all that a continuation claim asks for.
   */
  cues: number;
}

/** A stretch [start, end) of the document's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A unit in which no frame can stand (no quote, and the frame gate says no) and which
 * has a lower-case Konjunktiv form: all it may give is a continuation claim, whose
 * span it gives from its tokens (trimmedSpan), so its words are built only if asked
 * for (about a third of the units read had no frame and were such).
 */
export class FramelessUnit implements Unit {
  readonly quotes = NO_QUOTES;
  private read: Word[] | null = null;

  constructor(
    readonly start: number, readonly end: number, readonly paragraph: number, readonly heading: boolean, readonly cues: number,
    private readonly doc: Doc,
    /** The tokens' cue information (tokenCues), copied: the buffer is another document's by the time the words are read. */
    private readonly info: Int32Array,
    private readonly from: number,
  ) {}

  /**
   * Where its words begin and end, punctuation at either end left out (as trimRange in
   * analysis.ts leaves them), read from its tokens: all a continuation claim needs.
   */
  trimmedSpan(): Span | null {
    const tokens = this.doc.tokens;
    let from = this.from;
    let to = this.from + this.info.length;
    while (to > from && TRAILING_PUNCTUATION.test(tokens[to - 1]!.text)) to--;
    while (from < to && LEADING_PUNCTUATION.test(tokens[from]!.text)) from++;
    return to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
  }

  get words(): Word[] {
    if (!this.read) {
      const words: Word[] = [];
      for (let k = 0; k < this.info.length; k++) words.push(tokenWord(this.doc, this.from + k, this.info[k]!));
      this.read = words;
    }
    return this.read;
  }
}

const QUOTE_KEY = '\u0000q';

/** Punctuation a claim does not end with, and what it does not begin with (a range of words is trimmed of these). */
export const TRAILING_PUNCTUATION = /^[.,;:!?…–-]+$/;
export const LEADING_PUNCTUATION = /^[,;:–-]+$/;

/**
 * `w.key === key` for a folded `key`, most words told by their first letter without
 * folding them (folding a capitalised word allocates; the clause scans compare every
 * word they pass with a particle or a conjunction).
 */
export const keyIs = (w: Word, key: string): boolean => mayFoldTo(w.text, key) && w.key === key;

/** A quote placeholder (the word whose key is QUOTE_KEY), told without reading the key, which a capitalised word folds to give. */
export const isQuoteWord = (w: Word | undefined): boolean => w !== undefined && w.quote >= 0;

/**
 * Longest unit in words. A "sentence" without punctuation can run over a whole file;
 * cut there, every rule that looks around a word stays bounded and a document costs
 * time linear in its length.
 */
export const MAX_UNIT_WORDS = 300;

export const MARK_COMMA = 1;
export const MARK_PERIOD = 2;
export const MARK_SEMICOLON = 4;
export const MARK_COLON = 8;
export const MARK_EXCLAMATION = 16;
export const MARK_QUESTION = 32;
export const MARK_OPEN_PAREN = 64;
export const MARK_CLOSE_PAREN = 128;
export const MARK_EN_DASH = 256;
export const MARK_EM_DASH = 512;
export const MARK_HYPHEN = 1024;
export const MARK_ELLIPSIS = 2048;
export const MARK_SLASH = 4096;
/** . ! ? ; */
export const MARK_CLAUSE_END = MARK_PERIOD | MARK_EXCLAMATION | MARK_QUESTION | MARK_SEMICOLON;
/** Every mark above: what no phrase runs across. */
export const MARK_HARD_BOUNDARY = 8191;

/**
 * The punctuation the rules test for, by its char code (each is one code unit): its literal
 * string (internalised: compared by reference) and its bit. A one-character token is told
 * by its code in the text, without a lookup by string. (A Map: an array indexed up to
 * U+2026 would be a sparse one, slow to read.)
 */
const MARKS = new Map<number, { text: string; bit: number }>();
for (const [text, bit] of [
  [',', MARK_COMMA], ['.', MARK_PERIOD], [';', MARK_SEMICOLON], [':', MARK_COLON], ['!', MARK_EXCLAMATION], ['?', MARK_QUESTION],
  ['(', MARK_OPEN_PAREN], [')', MARK_CLOSE_PAREN], ['–', MARK_EN_DASH], ['—', MARK_EM_DASH], ['-', MARK_HYPHEN], ['…', MARK_ELLIPSIS], ['/', MARK_SLASH],
] as const) MARKS.set(text.charCodeAt(0), { text, bit });

const markOf = (text: string): number => (text.length === 1 ? MARKS.get(text.charCodeAt(0))?.bit ?? 0 : 0);

/**
 * A buffer for the tokens' cue bits, reused from document to document (allocating a typed
 * array per document cost more than filling it): read only while units are built.
 */
let cueScratch = new Int32Array(1 << 12);

function cueBuffer(length: number): Int32Array {
  if (cueScratch.length < length) cueScratch = new Int32Array(Math.max(length, cueScratch.length * 2));
  return cueScratch;
}

const NO_WORDS: Word[] = [];
const NO_QUOTES: number[] = [];

/**
 * Whether a frame may stand in the tokens [from, to) of a unit without quotes, `cues`
 * holding the tokens' cue bits: false leaves the unit unread. The extractor's is mayFrame.
 */
export type FrameGate = (tokens: readonly Token[], cues: Int32Array, from: number, to: number) => boolean;

/**
 * `names`: pairs around names and titles, each read as one word. A unit in which no
 * rule can fire (no quote, no cue word, or none the frame gate lets through) gets no
 * words: they are never read, and about half the units of a news text are such.
 */
export function buildUnits(
  doc: Doc, pairs: readonly QuotePair[], names: readonly QuotePair[] = [], paragraphs: readonly number[] = paragraphsOf(doc.text, doc.regions),
  gate: FrameGate = mayFrame,
): Unit[] {
  const headingRegions = doc.regions.map((r, i) => isHeading(doc.text, r, i, paragraphs));
  const spans = mergeSentences(doc.sentences, pairs);
  const units: Unit[] = [];
  const tokens = doc.tokens;
  // Each token's cue bits, and (for some) whether it is its own fold (ALREADY_FOLDED).
  const cueInfo = tokenCues(doc.text, tokens, cueBuffer(tokens.length));
  let region = 0;
  let pair = 0;
  let token = 0;
  let name = 0;
  // A name running over a sentence break is one word, in the first unit it stands in.
  let placedName = -1;
  for (const span of spans) {
    while (region < doc.regions.length - 1 && doc.regions[region]!.end <= span.start) region++;
    while (pair < pairs.length && pairs[pair]!.close < span.start) pair++;
    while (token < tokens.length && tokens[token]!.start < span.start) token++;
    let to = token;
    while (to < tokens.length && tokens[to]!.start < span.end) to++;
    const paragraph = paragraphs[region] ?? 0;
    const heading = headingRegions[region] ?? false;
    const quoted = pair < pairs.length && pairs[pair]!.open < span.end;
    // Oversized spans are cut by their words, so they are always read in full. A unit whose
    // cue words cannot start a frame (frame-gate.ts) is left unread like one without any,
    // unless a lower-case Konjunktiv form in it may carry a report on (then read if it does).
    let frameless = -1;
    if (!quoted && to - token <= MAX_UNIT_WORDS) {
      if (!hasCue(doc, cueInfo, names, name, token, to)) frameless = 0;
      else if (!hasNameOver(doc, names, name, token, to) && !gate(tokens, cueInfo, token, to)) frameless = lowerKonjunktiv(tokens, cueInfo, token, to);
    }
    if (frameless >= 0) {
      if (frameless === 0) units.push({ start: span.start, end: span.end, paragraph, heading, words: NO_WORDS, quotes: NO_QUOTES, cues: 0 });
      else units.push(new FramelessUnit(span.start, span.end, paragraph, heading, frameless, doc, cueInfo.slice(token, to), token));
      placedName = lastNameOver(doc, names, name, token, to, placedName);
    } else {
      const quotes: number[] = [];
      for (let p = pair; p < pairs.length && pairs[p]!.open < span.end; p++) quotes.push(p);
      const read = readWords(doc, cueInfo, span, pairs, quotes, names, name, placedName, token, to);
      const { words, cues } = read;
      placedName = read.placedName;
      if (words.length <= MAX_UNIT_WORDS) units.push({ start: span.start, end: span.end, paragraph, heading, words, quotes, cues });
      else {
        for (const chunk of chunks(words, span)) {
          const inChunk = chunk.words.filter((w) => w.quote >= 0).map((w) => w.quote);
          units.push({ start: chunk.start, end: chunk.end, paragraph, heading, words: chunk.words, quotes: inChunk, cues: cuesOf(chunk.words) });
        }
      }
    }
    while (name < names.length && names[name]!.close < span.end) name++;
    token = to;
  }
  return units;
}

/**
 * Whether any word of the tokens [from, to) has a cue: tokens as written, and the names
 * among them as the words they are read as. Quoted tokens count too (a quote makes the
 * unit read anyway), so nothing is missed and nothing is allocated.
 */
function hasCue(doc: Doc, tokenCues: Int32Array, names: readonly QuotePair[], name: number, from: number, to: number): boolean {
  const tokens = doc.tokens;
  for (let t = from; t < to; t++) if ((tokenCues[t]! & CUE_BITS) !== 0) return true;
  if (from >= to) return false;
  const first = tokens[from]!.start;
  const last = tokens[to - 1]!.start;
  for (let n = name; n < names.length && names[n]!.open <= last; n++) {
    const nm = names[n]!;
    if (nm.close >= first && cueOfText(doc.text.slice(nm.start, nm.end)) !== 0) return true;
  }
  return false;
}

/** The Konjunktiv bits of the lower-case tokens of [from, to): what hasKonjunktiv looks for (frames.ts). */
function lowerKonjunktiv(tokens: readonly Token[], tokenCues: Int32Array, from: number, to: number): number {
  let bits = 0;
  for (let t = from; t < to; t++) {
    const konjunktiv = tokenCues[t]! & KONJUNKTIV;
    if (konjunktiv !== 0 && startsLower(tokens[t]!.text)) bits |= konjunktiv;
  }
  return bits;
}

/** Whether a name in quotation marks overlaps the tokens [from, to): then the unit's words are not its tokens one to one. */
function hasNameOver(doc: Doc, names: readonly QuotePair[], name: number, from: number, to: number): boolean {
  if (from >= to) return false;
  const first = doc.tokens[from]!.start;
  const last = doc.tokens[to - 1]!.start;
  for (let n = name; n < names.length && names[n]!.open <= last; n++) if (names[n]!.close >= first) return true;
  return false;
}

/** The last name (index) a token of [from, to) stands in, else `placed`: the name placed last, as readWords leaves it. */
function lastNameOver(doc: Doc, names: readonly QuotePair[], name: number, from: number, to: number, placed: number): number {
  if (from >= to) return placed;
  const first = doc.tokens[from]!.start;
  const last = doc.tokens[to - 1]!.start;
  let over = placed;
  // Each name has a token at its opening mark, and one straddling into the span has the span's first token.
  for (let n = name; n < names.length && names[n]!.open <= last; n++) if (names[n]!.close >= first) over = n;
  return over;
}

/** The words of the tokens [from, to): quotes collapsed into placeholders, names into one word each. */
function readWords(
  doc: Doc, tokenCues: Int32Array, span: Sentence, pairs: readonly QuotePair[], quotes: readonly number[], names: readonly QuotePair[], firstName: number, placedBefore: number,
  from: number, to: number,
): { words: Word[]; cues: number; placedName: number } {
  const cueOf = speechLexicon().cues;
  const words: Word[] = [];
  let cues = 0;
  let q = 0;
  let placed = -1;
  let name = firstName;
  let placedName = placedBefore;
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t]!;
    while (name < names.length && tok.start > names[name]!.close) name++;
    const nm = names[name];
    if (nm && tok.start >= nm.open) {
      if (placedName !== name) {
        const word = nameWord(doc.text, nm, cueOf);
        cues |= word.cue;
        words.push(word);
      }
      placedName = name;
      continue;
    }
    while (q < quotes.length && tok.start > pairs[quotes[q]!]!.close) q++;
    const index = quotes[q];
    const qp = index !== undefined ? pairs[index]! : undefined;
    if (index !== undefined && qp && tok.start >= qp.open) {
      if (placed !== index) words.push(placeholder(doc.text, qp, index, span.end));
      placed = index;
      continue;
    }
    const word = tokenWord(doc, t, tokenCues[t]!);
    cues |= word.cue;
    words.push(word);
  }
  return { words, cues, placedName };
}

/** The word of token t, `info` its cue information (tokenCues). */
function tokenWord(doc: Doc, t: number, info: number): Word {
  const tok = doc.tokens[t]!;
  // Punctuation shares the literal strings the rules compare it with, and has its bit.
  const punctuation = tok.end - tok.start === 1 ? MARKS.get(doc.text.charCodeAt(tok.start)) : undefined;
  const text = punctuation?.text ?? tok.text;
  // A word known to be its own fold has its key now; the others fold when (if ever) their key is read.
  const key = info & ALREADY_FOLDED ? text : null;
  return new UnitWord(tok.start, tok.end, text, key, -1, info & CUE_BITS, punctuation?.bit ?? 0, false);
}

/** An oversized unit in pieces of at most MAX_UNIT_WORDS words, cut after a comma where one is near. */
function chunks(words: Word[], span: Sentence): { start: number; end: number; words: Word[] }[] {
  const out: { start: number; end: number; words: Word[] }[] = [];
  let from = 0;
  while (from < words.length) {
    let to = Math.min(words.length, from + MAX_UNIT_WORDS);
    if (to < words.length) {
      for (let k = to - 1; k > from + MAX_UNIT_WORDS / 2; k--) if (words[k]!.text === ',' || words[k]!.text === ';') { to = k + 1; break; }
    }
    const part = words.slice(from, to);
    out.push({ start: from === 0 ? span.start : part[0]!.start, end: to === words.length ? span.end : part[part.length - 1]!.end, words: part });
    from = to;
  }
  return out;
}

function cuesOf(words: readonly Word[]): number {
  let cues = 0;
  for (const w of words) cues |= w.cue;
  return cues;
}

function nameWord(text: string, nm: QuotePair, cueOf: ReadonlyMap<string, number>): Word {
  const content = text.slice(nm.start, nm.end);
  const key = fold(content);
  return new UnitWord(nm.open, nm.close + 1, content, key, -1, cueOf.get(key) ?? 0, markOf(content), true);
}

function placeholder(text: string, qp: QuotePair, index: number, limit: number): Word {
  const end = Math.min(qp.continued ? qp.close : qp.close + 1, limit);
  const shown = text.slice(qp.open, end);
  return new UnitWord(qp.open, end, shown, QUOTE_KEY, index, 0, markOf(shown), false);
}

/** Sentences joined wherever a quote pair straddles the break between them. */
function mergeSentences(sentences: readonly Sentence[], pairs: readonly QuotePair[]): readonly Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  for (const s of sentences) {
    const last = out[out.length - 1];
    while (p < pairs.length && pairs[p]!.close < s.start) p++;
    const straddles = last !== undefined && p < pairs.length && pairs[p]!.open < s.start && pairs[p]!.close >= s.start && pairs[p]!.open >= last.start;
    // A sentence is taken as it is (not copied: nothing here changes it) until one is merged into it.
    if (straddles) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

const TERMINAL_END = /[.!?:;"“”»«'’)\]…]\s*$/;

function isHeading(text: string, region: Sentence, index: number, paragraphs: readonly number[]): boolean {
  const line = text.slice(region.start, region.end).trim();
  const alone = paragraphs[index - 1] !== paragraphs[index] && paragraphs[index + 1] !== paragraphs[index];
  return alone && line.length < 160 && !TERMINAL_END.test(line);
}
