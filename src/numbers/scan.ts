// Combines the rules into quantities: [qualifier] (figure | vague) [range] [oder mehr].
import type { Quantity } from './types.js';
import {
  type Bounds, type Figure, type Qualifier,
  borrowScale, lowerLatin1Code, prefixStart, readBetween, readBetweenAnd, readDigits, readHalfDozen, readMultiplier,
  readNumberWord, readOrMore, readQualifier, readRangeJoin, readVagueDeterminer, readVaguePlural,
} from './rules.js';
import { NUMBER_WORD_START, parseNumberWord } from './words.js';

const SPACE = /[ \u00A0\u202F]+/y;

function skipSpace(text: string, pos: number): number {
  SPACE.lastIndex = pos;
  return SPACE.exec(text) ? SPACE.lastIndex : pos;
}

/**
 * Words after a multiplier that continue a spelled-out number
 * ("einunddreißig Millionen zweihundertsechsundfünfzigtausend…").
 */
function continueWords(text: string, fig: Figure, end: number): Figure {
  let out = fig;
  while (out.scale >= 1e6 && out.rule.startsWith('numberWord')) {
    const next = readNumberWord(text, skipSpace(text, out.end), end, false);
    if (!next || next.open) break;
    const part = readMultiplier(text, next, end);
    if (part.value >= out.scale) break;
    out = { ...out, value: out.value + part.value, end: part.end, scale: part.scale };
  }
  return out;
}

/** Digits or number words with any multiplier: "100.000", "1,5 Millionen", "eine Million". */
export function readFigure(text: string, pos: number, end: number): Figure | null {
  // Only readDigits reads digits, and it reads nothing else (every form it knows starts with one).
  if (isDigitCode(text.charCodeAt(pos))) {
    const digits = readDigits(text, pos, end);
    return digits && continueWords(text, readMultiplier(text, digits, end), end);
  }
  const half = readHalfDozen(text, pos, end);
  if (half) return half;
  const word = readNumberWord(text, pos, end, false);
  if (word) return continueWords(text, readMultiplier(text, word, end), end);
  // An article is a figure only in front of a multiplier: "eine Million", "ein Dutzend".
  const article = readNumberWord(text, pos, end, true);
  if (!article || article.open) return null;
  const multiplied = readMultiplier(text, article, end);
  return multiplied === article ? null : continueWords(text, multiplied, end);
}

/** One object shape for every quantity, built in one go. */
function quantity(
  text: string, start: number, end: number,
  value: number | null, min: number | null, max: number | null, approx: boolean, rule: string,
): Quantity {
  return { value, min, max, approx, start, end, text: text.slice(start, end), rule };
}

const joinRules = (qual: Qualifier | null, rule: string) => (qual ? `${qual.kind}+${rule}` : rule);

function qualifyFigure(text: string, start: number, fig: Figure, qual: Qualifier | null): Quantity {
  const v = fig.value;
  const rule = joinRules(qual, fig.rule);
  const approx = qual?.approx ?? false;
  switch (qual?.kind) {
    case 'moreThan': return quantity(text, start, fig.end, v, Math.floor(v) + 1, null, approx, rule);
    case 'atLeast': return quantity(text, start, fig.end, v, v, null, approx, rule);
    case 'upTo': return quantity(text, start, fig.end, v, null, v, approx, rule);
    case 'lessThan': return quantity(text, start, fig.end, v, null, Math.ceil(v) - 1, approx, rule);
    default: return quantity(text, start, fig.end, v, v, v, approx, rule);
  }
}

function qualifyBounds(text: string, start: number, b: Bounds, qual: Qualifier | null): Quantity {
  const rule = joinRules(qual, b.rule);
  const lower = qual?.kind === 'moreThan' || qual?.kind === 'atLeast';
  const upper = qual?.kind === 'upTo' || qual?.kind === 'lessThan';
  return quantity(text, start, b.end, null, upper ? null : b.min, lower ? null : b.max, true, rule);
}

function range(text: string, start: number, left: Figure, right: Figure, approx: boolean, rule: string): Quantity | null {
  const lo = borrowScale(left, right);
  if (!(lo < right.value)) return null;
  return quantity(text, start, right.end, null, lo, right.value, approx, rule);
}

/** "zwischen 3000 und 5000". */
function readBetweenRange(text: string, pos: number, end: number): Quantity | null {
  const at = readBetween(text, pos, end);
  if (at === null) return null;
  const qual = readQualifier(text, at, end);
  const approx = qual?.kind === 'approx';
  const left = readFigure(text, approx ? qual!.end : at, end);
  if (!left) return null;
  const and = readBetweenAnd(text, left.end, end);
  const right = and === null ? null : readFigure(text, and, end);
  return right ? range(text, pos, left, right, approx, 'between') : null;
}

/** The quantity starting exactly at `pos`, or null. */
export function parseAt(text: string, pos: number, end: number): Quantity | null {
  // "zwischen", the qualifiers and the vague words all start with a letter, never a digit.
  const word = !isDigitCode(text.charCodeAt(pos));
  const between = word ? readBetweenRange(text, pos, end) : null;
  if (between) return between;
  const qual = word ? readQualifier(text, pos, end) : null;
  const at = qual ? qual.end : pos;
  const bounds = word ? readVagueDeterminer(text, at, end) ?? readVaguePlural(text, at, end) : null;
  if (bounds) return qualifyBounds(text, pos, bounds, qual);
  const fig = readFigure(text, at, end);
  if (!fig) return null;
  if (!qual || qual.kind === 'approx') {
    const join = readRangeJoin(text, fig, end);
    const right = join === null ? null : readFigure(text, join, end);
    const r = right && range(text, pos, fig, right, qual !== null, joinRules(qual, 'range'));
    if (r) return r;
  }
  if (fig.open) return null;
  const orMore = qual ? null : readOrMore(text, fig.end, end);
  if (orMore !== null) {
    return quantity(text, pos, orMore, fig.value, fig.value, null, false, `${fig.rule}+orMore`);
  }
  return qualifyFigure(text, pos, fig, qual);
}

/**
 * How every word that can be a quantity's first figure begins (isAnchor), in lower case:
 * the number words parseNumberWord reads ("ein" only as "eins", "einhundert", "eintausend",
 * "einundzwanzig", "eineinhalb": a bare article is no figure) and the words of FIGURE_WORD.
 */
const FIGURE_STEMS = [
  'null', 'eins', 'einh', 'eint', 'einu', 'einei', 'zwei', 'zwo', 'zwöl', 'zwan', 'drei', 'vier', 'fünf', 'fuen',
  'sech', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'hundert', 'tausend', 'anderthalb',
  'milli', 'billion', 'dutzend', 'mio', 'mrd', 'tsd',
];
/** The stems by their first letter's code. */
const STEMS_BY_FIRST = new Map<number, string[]>();
for (const stem of FIGURE_STEMS) {
  const first = stem.charCodeAt(0);
  STEMS_BY_FIRST.set(first, [...(STEMS_BY_FIRST.get(first) ?? []), stem]);
}

/** Whether the word text[i, j) starts with one of FIGURE_STEMS. */
function hasFigureStem(text: string, i: number, j: number): boolean {
  const stems = STEMS_BY_FIRST.get(lowerLatin1Code(text.charCodeAt(i)));
  if (!stems) return false;
  for (const stem of stems) {
    if (j - i < stem.length) continue;
    let k = 1;
    while (k < stem.length && lowerLatin1Code(text.charCodeAt(i + k)) === stem.charCodeAt(k)) k++;
    if (k === stem.length) return true;
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and digits as the scan sees them: ASCII and the Latin blocks, enough for German. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The next digit run or figure-like word in text[pos, end): [start, stop], or null. A
 * hand-written loop: a regex with Unicode classes costs several times more per character.
 */
function nextCandidate(text: string, pos: number, end: number): [number, number] | null {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) { i++; continue; }
    let j = i + 1;
    if (isDigitCode(c)) {
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
      return [i, j];
    }
    while (j < end && isWordCode(text.charCodeAt(j)) && !isDigitCode(text.charCodeAt(j))) j++;
    if (j - i >= 3 && hasFigureStem(text, i, j)) return [i, j];
    i = j;
  }
  return null;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
/** Words a quantity's first figure can be besides number words: multipliers and vague plurals. */
const FIGURE_WORD = /^(?:million|milliard|billion|dutzend|hundert|tausend|zehntausend|mio$|mrd$|tsd$)/i;
const NUMERIC_BLOB = /[\d.,:/]+/y;

/** Digits glued to a name ("F-16", "Covid-19") or inside a larger figure ("25.01.2022"). */
function partOfSomethingElse(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  if (LETTER.test(prev)) return true;
  const before = text[i - 2] ?? '';
  if ((prev === '-' || prev === '/') && LETTER.test(before)) return true;
  return /[.,:/]/.test(prev) && DIGIT.test(before);
}

/** Whether a word can be the first figure of a quantity: the scanner's only stops. */
function isAnchor(word: string): boolean {
  if (FIGURE_WORD.test(word)) return true;
  return NUMBER_WORD_START.test(word) && parseNumberWord(word) !== null;
}

/**
 * Every quantity in text[start, end), in text order; offsets are absolute. The scan
 * stops only at figures (digits, number words, multipliers, vague plurals) and looks
 * back from there for what may stand before them ("mehr als", "zwischen", "mehrere").
 */
export function findQuantities(text: string, start = 0, end = text.length): Quantity[] {
  const out: Quantity[] = [];
  let floor = start;
  for (let next = nextCandidate(text, start, end); next; ) {
    const [i, stop] = next;
    const digit = isDigitCode(text.charCodeAt(i));
    let resume = stop;
    if (digit ? !partOfSomethingElse(text, i) : isAnchor(text.slice(i, stop))) {
      const from = prefixStart(text, i, floor);
      let q = from < i ? parseAt(text, from, end) : null;
      if (!q || q.end <= i) q = parseAt(text, i, end);
      if (q) {
        out.push(q);
        floor = resume = q.end;
      } else if (digit) {
        // Skip the rest of a rejected numeric blob ("25.01.2022", "10:53").
        NUMERIC_BLOB.lastIndex = i;
        if (NUMERIC_BLOB.exec(text)) resume = Math.max(stop, NUMERIC_BLOB.lastIndex);
      }
    }
    next = nextCandidate(text, resume, end);
  }
  return out;
}

/** The whole phrase as one quantity ("mehr als 100.000"), or null if anything is left over. */
export function parseQuantity(phrase: string): Quantity | null {
  const text = phrase.trim();
  if (text === '') return null;
  const q = parseAt(text, 0, text.length) ?? parseBareWord(text);
  return q && q.end === text.length ? q : null;
}

/** A lone article-like word still names a number when it is the whole phrase ("eins", "eine"). */
function parseBareWord(text: string): Quantity | null {
  const fig = readNumberWord(text, 0, text.length, true);
  return fig && !fig.open ? qualifyFigure(text, 0, fig, null) : null;
}
