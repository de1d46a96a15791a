// The named rules of the German number grammar, Duckling style: each reads one form
// at a position of the text (sticky regexes, compiled once) and says how far it got.
// scan.ts combines them into quantities.
import { parseNumberWord } from './words.js';

/** A figure: digits or number words, with any multiplier word read into it. */
export interface Figure {
  value: number;
  start: number;
  end: number;
  /** The multiplier the figure ends in (1000 for "dreitausend", 1e6 for "2 Millionen"), else 1. */
  scale: number;
  /** Left open by a hyphen ("zwei- bis dreitausend"): its scale comes from the right side. */
  open: boolean;
  rule: string;
}

export interface Bounds {
  min: number;
  max: number;
  start: number;
  end: number;
  rule: string;
}

export type QualifierKind = 'approx' | 'moreThan' | 'atLeast' | 'upTo' | 'lessThan';

export interface Qualifier {
  kind: QualifierKind;
  approx: boolean;
  end: number;
}

// ---- digits ---------------------------------------------------------------

/** "100.000", "1.200.000,50": dot-grouped thousands, optional decimal comma. */
const DOT_GROUPS = /\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?/y;
/** "12 000" with a space, no-break space, narrow no-break space or thin space. */
const SPACE_GROUPS = /\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)(?:,\d+)?/y;
/** Swiss "100'000", "100'000.00". */
const APOSTROPHE_GROUPS = /\d{1,3}(?:['’]\d{3})+(?!\d)(?:\.\d+)?/y;
/** "8500", "1,5". */
const PLAIN = /\d+(?:,\d+)?/y;
/**
 * What may not follow a figure: more digit punctuation (dates, times, scores), letters
 * ("100K", "3fach") or a hyphenated compound ("45-minütige", "Drei-Tage-Woche").
 */
const BAD_TAIL = /[.,:/]\d|-?[\p{L}]/uy;
/** "25.01.2022", "01.02.": a date is not a quantity. */
const DATE = /\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?/y;
/** An ordinal: digits and a period before a lower-case word or a month ("am 9. Januar"). */
const ORDINAL_TAIL = /\.\s+(?:\p{Ll}|(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/uy;
/** Words after which "9." is an ordinal ("im 2. Weltkrieg", "der 3. Armee"). */
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(?:am|im|vom|zum|zur|beim|ins|der|die|das|dem|den|des)\s+$/iu;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function germanDecimal(s: string): number {
  return Number(s.replace(/[.\s\u00A0\u202F\u2009'’]/g, '').replace(',', '.'));
}

/** Digits in any of the grouping styles, or null for dates, times, scores and ordinals. */
export function readDigits(text: string, pos: number, end: number): Figure | null {
  if (sticky(DATE, text, pos)) return null;
  let m = sticky(DOT_GROUPS, text, pos);
  let rule = 'digitGroups';
  let value = 0;
  if (m) value = germanDecimal(m[0]);
  else if ((m = sticky(SPACE_GROUPS, text, pos))) value = germanDecimal(m[0]);
  else if ((m = sticky(APOSTROPHE_GROUPS, text, pos))) value = Number(m[0].replace(/['’]/g, ''));
  else if ((m = sticky(PLAIN, text, pos))) {
    value = germanDecimal(m[0]);
    rule = m[0].includes(',') ? 'decimalComma' : 'digits';
  }
  if (!m) return null;
  const stop = pos + m[0].length;
  if (stop > end) return null;
  if (sticky(BAD_TAIL, text, stop)) return null;
  if (rule === 'digits' && m[0].length <= 3 && text[stop] === '.') {
    if (sticky(ORDINAL_TAIL, text, stop) || ORDINAL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) return null;
  }
  return { value, start: pos, end: stop, scale: 1, open: false, rule };
}

// ---- words ----------------------------------------------------------------

const WORD = /[\p{L}]+/uy;

/** One number word ("zwölf", "dreihundertfünfzig"); a bare article only if `articles`. */
export function readNumberWord(text: string, pos: number, end: number, articles: boolean): Figure | null {
  const m = sticky(WORD, text, pos);
  if (!m || pos + m[0].length > end) return null;
  const value = parseNumberWord(m[0], articles);
  if (value === null) return null;
  let stop = pos + m[0].length;
  if (sticky(BAD_TAIL, text, stop)) return null;
  const open = text[stop] === '-' && /\s/.test(text[stop + 1] ?? '');
  if (open) stop++;
  const lower = m[0].toLowerCase();
  const scale = lower.endsWith('tausend') ? 1000 : lower.endsWith('hundert') ? 100 : 1;
  return { value, start: pos, end: stop, scale, open, rule: 'numberWord' };
}

// ---- multipliers ----------------------------------------------------------

const MULTIPLIER = /[ \u00A0\u202F]+(tausend|tsd\.|millionen|million|mio\.?|milliarden|milliarde|mrd\.?|billionen|billion|dutzend)(?![\p{L}])/iuy;
const MULTIPLIER_VALUE: Record<string, number> = {
  tausend: 1e3, 'tsd.': 1e3, millionen: 1e6, million: 1e6, mio: 1e6, 'mio.': 1e6,
  milliarden: 1e9, milliarde: 1e9, mrd: 1e9, 'mrd.': 1e9, billionen: 1e12, billion: 1e12, dutzend: 12,
};

/** Float products like 1.1 * 1e6 must come out whole. */
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A figure followed by a multiplier word: "1,5 Millionen", "5 tausend", "drei Mio.". */
export function readMultiplier(text: string, fig: Figure, end: number): Figure {
  const m = sticky(MULTIPLIER, text, fig.end);
  if (!m || fig.end + m[0].length > end) return fig;
  const factor = MULTIPLIER_VALUE[m[1]!.toLowerCase()]!;
  return { ...fig, value: clean(fig.value * factor), end: fig.end + m[0].length, scale: factor, rule: `${fig.rule}+multiplier` };
}

// ---- vague quantities -------------------------------------------------------

/** A vague plural spans two to ten of its unit: "Tausende" 2000..9999. */
const VAGUE_UNIT: Record<string, number> = {
  dutzend: 12, hundert: 100, tausend: 1e3, zehntausend: 1e4, hunderttausend: 1e5,
  million: 1e6, millionen: 1e6, milliarden: 1e9,
};
const VAGUE_PLURAL = /(dutzend|hundert|tausend|zehntausend|hunderttausend)en?(?![\p{L}])|(millionen|milliarden)(?![\p{L}])/iuy;
const VAGUE_DETERMINER =
  /(?:mehrere[nr]?|einige[nr]?|etliche[nr]?|ein paar|wenige[nr]?|viele[nr]?)[ \u00A0]+(dutzend|hundert|tausend|zehntausend|hunderttausend|millionen|milliarden)(?![\p{L}])/iuy;

function vague(unit: string): [number, number] {
  const u = VAGUE_UNIT[unit.toLowerCase()]!;
  return [2 * u, 10 * u - 1];
}

/** "Tausende", "Zehntausende", "zu Hunderten", "Dutzende"; bare "Millionen". */
export function readVaguePlural(text: string, pos: number, end: number): Bounds | null {
  const m = sticky(VAGUE_PLURAL, text, pos);
  if (!m || pos + m[0].length > end) return null;
  // "Hundert"/"Tausend" without a plural ending are numbers, not vague plurals.
  if (m[1] && m[0].length === m[1].length) return null;
  const [min, max] = vague(m[1] ?? m[2]!);
  return { min, max, start: pos, end: pos + m[0].length, rule: 'vaguePlural' };
}

/** "mehrere tausend", "einige hundert", "ein paar Dutzend". */
export function readVagueDeterminer(text: string, pos: number, end: number): Bounds | null {
  const m = sticky(VAGUE_DETERMINER, text, pos);
  if (!m || pos + m[0].length > end) return null;
  const [min, max] = vague(m[1]!);
  return { min, max, start: pos, end: pos + m[0].length, rule: 'vagueDeterminer' };
}

const HALF_DOZEN = /(?:ein[ \u00A0]+)?halbes[ \u00A0]+dutzend(?![\p{L}])/iuy;

export function readHalfDozen(text: string, pos: number, end: number): Figure | null {
  const m = sticky(HALF_DOZEN, text, pos);
  if (!m || pos + m[0].length > end) return null;
  return { value: 6, start: pos, end: pos + m[0].length, scale: 1, open: false, rule: 'halfDozen' };
}

// ---- qualifiers -------------------------------------------------------------

const QUALIFIERS: Array<[RegExp, QualifierKind, boolean]> = [
  [/(?:(?:weit|deutlich|etwas|knapp|gut|viel|noch)\s+)?(?:mehr\s+als|über)\s+/iuy, 'moreThan', false],
  [/(?:mindestens|wenigstens|zumindest)\s+/iuy, 'atLeast', false],
  [/(?:bis\s+zu|höchstens|maximal|max\.|nicht\s+mehr\s+als)\s+/iuy, 'upTo', false],
  [/(?:(?:knapp|etwas|deutlich|weit)\s+)?(?:weniger\s+als|unter)\s+/iuy, 'lessThan', false],
  [/(?:rund|etwa|ca\.|circa|zirka|ungefähr|knapp|fast|beinahe|annähernd|nahezu|schätzungsweise|geschätzte?n?|gut|an\s+die|um\s+die)\s+/iuy, 'approx', true],
];
/** The modifiers before "mehr als"/"unter" that still leave the figure approximate. */
const SOFT = /^(?:knapp|etwas|gut)\s/i;

/** A qualifier word or phrase in front of a figure. */
export function readQualifier(text: string, pos: number, end: number): Qualifier | null {
  for (const [re, kind, approx] of QUALIFIERS) {
    const m = sticky(re, text, pos);
    if (m && pos + m[0].length < end) return { kind, approx: approx || SOFT.test(m[0]), end: pos + m[0].length };
  }
  return null;
}

/** "… oder mehr", "… und mehr" after a figure: a lower bound. */
const OR_MORE = /\s+(?:oder|und)\s+mehr(?![\p{L}])/iuy;

export function readOrMore(text: string, pos: number, end: number): number | null {
  const m = sticky(OR_MORE, text, pos);
  return m && pos + m[0].length <= end ? pos + m[0].length : null;
}

// ---- ranges -----------------------------------------------------------------

/** Between two figures: "bis", "bis zu", or a dash ("3000-5000", "3000 – 5000"). */
const RANGE_JOIN = /\s+bis(?:\s+zu)?\s+|\s*[-–—]\s*/y;
const RANGE_JOIN_OPEN = /\s*bis(?:\s+zu)?\s+/y;
const BETWEEN = /zwischen\s+/iuy;
const BETWEEN_AND = /\s+und\s+/y;

export function readRangeJoin(text: string, left: Figure, end: number): number | null {
  const m = sticky(left.open ? RANGE_JOIN_OPEN : RANGE_JOIN, text, left.end);
  return m && left.end + m[0].length < end ? left.end + m[0].length : null;
}

export function readBetween(text: string, pos: number, end: number): number | null {
  const m = sticky(BETWEEN, text, pos);
  return m && pos + m[0].length < end ? pos + m[0].length : null;
}

export function readBetweenAnd(text: string, pos: number, end: number): number | null {
  const m = sticky(BETWEEN_AND, text, pos);
  return m && pos + m[0].length < end ? pos + m[0].length : null;
}

/**
 * The left side of a range borrows the right side's multiplier when it has none
 * and is smaller than the right's base: "zwei- bis dreitausend", "2 bis 3 Millionen".
 */
export function borrowScale(left: Figure, right: Figure): number {
  if (left.scale !== 1 || right.scale === 1) return left.value;
  const rightBase = right.value / right.scale;
  return left.open || left.value < rightBase ? clean(left.value * right.scale) : left.value;
}

// ---- what may stand before a figure -----------------------------------------

/**
 * Everything a quantity may start with before its first figure word: "zwischen",
 * a qualifier, a vague determiner, an article before a multiplier. Matched at the end
 * of the text before an anchor so a scanner need only stop at figures.
 */
const PREFIX_BEFORE = new RegExp(
  '(?:^|[^\\p{L}.])((?:zwischen\\s+)?(?:' +
    QUALIFIERS.map(([re]) => re.source).join('|') +
    ')?(?:(?:mehrere[nr]?|einige[nr]?|etliche[nr]?|ein\\s+paar|wenige[nr]?|viele[nr]?|ein|eine|einen|einem|einer|eines|(?:ein\\s+)?halbes)[ \\u00A0]+)?)$',
  'iu',
);
/** How far back a prefix can reach ("zwischen schätzungsweise ", "nicht mehr als "). */
const PREFIX_REACH = 48;

/**
 * The words a prefix can end in (lower case), each followed by white space: the last word
 * of "zwischen", of each qualifier and of each vague determiner or article in PREFIX_BEFORE.
 */
const PREFIX_LAST_WORDS = new Set([
  'zwischen',
  'als', 'über', 'mindestens', 'wenigstens', 'zumindest', 'zu', 'höchstens', 'maximal', 'max.', 'unter',
  'rund', 'etwa', 'ca.', 'circa', 'zirka', 'ungefähr', 'knapp', 'fast', 'beinahe', 'annähernd', 'nahezu',
  'schätzungsweise', 'geschätzt', 'geschätzte', 'geschätzten', 'geschätztn', 'gut', 'die',
  'mehrere', 'mehreren', 'mehrerer', 'einige', 'einigen', 'einiger', 'etliche', 'etlichen', 'etlicher', 'paar',
  'wenige', 'wenigen', 'weniger', 'viele', 'vielen', 'vieler', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'halbes',
]);
/** The longest of them. */
const PREFIX_WORD_MAX = 15;

/** White space as the regex \s sees it. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_UNIT = /^\p{L}$/u;

/** A letter (one UTF-16 unit, as PREFIX_BEFORE's [^\p{L}.] sees a BMP letter) or a period. */
function isWordOrPeriodCode(c: number): boolean {
  if (c === 46) return true;
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_UNIT.test(String.fromCharCode(c));
}

/** Lower case for ASCII and Latin-1 capitals (not "×"), the only capitals the number words and prefixes are spelled with. */
export function lowerLatin1Code(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c | 32 : c;
}

/**
 * The code unit as PREFIX_BEFORE's case-insensitive (u) match folds it, for the letters
 * its words use: ASCII and Latin-1 capitals, "ſ" (s), the Kelvin sign (k); else itself.
 */
function foldCode(c: number): number {
  return c === 0x17f ? 115 : c === 0x212a ? 107 : lowerLatin1Code(c);
}

/**
 * Whether the text before `anchor` can hold a prefix at all: it ends in white space after
 * one of PREFIX_LAST_WORDS. A cheap test that spares the regex almost every anchor.
 */
function mayEndInPrefix(text: string, from: number, anchor: number): boolean {
  let k = anchor;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === anchor) return false;
  let w = k;
  while (w > from && isWordOrPeriodCode(text.charCodeAt(w - 1))) {
    if (k - --w > PREFIX_WORD_MAX) return false;
  }
  if (w === k) return false;
  let word = '';
  for (let i = w; i < k; i++) word += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return PREFIX_LAST_WORDS.has(word);
}

/** Where the quantity whose first figure is at `anchor` may start, not before `floor`. */
export function prefixStart(text: string, anchor: number, floor: number): number {
  const from = Math.max(floor, anchor - PREFIX_REACH);
  if (!mayEndInPrefix(text, from, anchor)) return anchor;
  const m = PREFIX_BEFORE.exec(text.slice(from, anchor));
  return m && m[1] ? anchor - m[1].length : anchor;
}
