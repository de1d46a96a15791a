// Pairs quotation marks in one pass over the content. Real text mixes styles
// ("…» and «…"), leaves marks open and nests them, so a mark's role comes from its
// glyph and the characters around it, and whatever stays open at a paragraph break
// is dropped with a warning instead of swallowing the text after it. Each mark is
// handled in constant time (the stack is capped), so the pass is linear.
import type { Sentence } from '../../types.js';

export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; for a paragraph-final continued quote, the content end. */
  close: number;
  /** Content (inside the marks), trimmed of white space. */
  start: number;
  end: number;
  /** Left open at a paragraph end because the next paragraph reopens it (German convention). */
  continued: boolean;
}

export interface PairResult {
  pairs: QuotePair[];
  warnings: string[];
}

/** Longest quote content accepted: an unclosed mark must not capture a whole page. */
export const MAX_QUOTE_LENGTH = 4000;
const MAX_DEPTH = 4;
const MAX_WARNINGS = 20;

type Family = 'double' | 'single';
/** stray: a closing mark with nothing open (warned); none: not a quotation mark here (apostrophe). */
type Role = 'open' | 'close' | 'stray' | 'none';
interface OpenMark {
  at: number;
  glyph: string;
  family: Family;
  paragraph: number;
}

const DOUBLE = new Set(['„', '“', '”', '"', '«', '»']);
const ALL_MARKS = /[„“”"«»‚‘’‹›']/g;

const SPACE = /\s/;
const PUNCT = /[\p{P}\p{S}]/u;
/** The two tests above for each ASCII character, from the regexes themselves: most neighbours of a mark are ASCII. */
const ASCII_SPACE = asciiTable(SPACE);
const ASCII_PUNCT = asciiTable(PUNCT);

function asciiTable(re: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/** Whether the character at `at` in `text` matches `re`, by the table for ASCII. */
const charIs = (re: RegExp, ascii: Uint8Array, text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? ascii[c] === 1 : re.test(text[at]!);
};
const isSpaceCode = (text: string, at: number): boolean => charIs(SPACE, ASCII_SPACE, text, at);
const isSpace = (ch: string | undefined): boolean => ch === undefined || charIs(SPACE, ASCII_SPACE, ch, 0);
const isPunct = (ch: string | undefined): boolean => ch !== undefined && charIs(PUNCT, ASCII_PUNCT, ch, 0);
/** The mark can open: a non-space follows, and space, punctuation or nothing precedes. */
const leftFlanking = (prev: string | undefined, next: string | undefined): boolean =>
  !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev));
const rightFlanking = (prev: string | undefined, next: string | undefined): boolean =>
  !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next));

/** Paragraph number of each region: a blank or skipped line between regions starts a new one. */
export function paragraphsOf(text: string, regions: readonly Sentence[]): number[] {
  const out: number[] = [];
  let p = 0;
  regions.forEach((r, i) => {
    if (i > 0) {
      const gap = text.slice(regions[i - 1]!.end, r.start);
      if (/\n[^\S\n]*\n/.test(gap) || /\S/.test(gap)) p++;
    }
    out.push(p);
  });
  return out;
}

export function pairQuotes(text: string, regions: readonly Sentence[], paragraphs: readonly number[] = paragraphsOf(text, regions)): PairResult {
  const pairer = new Pairer(text);
  regions.forEach((region, i) => {
    const paragraph = paragraphs[i]!;
    const next = regions[i + 1];
    const lastOfParagraph = !next || paragraphs[i + 1] !== paragraph;
    pairer.scan(region, paragraph);
    if (lastOfParagraph) pairer.endParagraph(region.end, next ? opensWithQuote(text, next) : false);
  });
  return pairer.result();
}

function opensWithQuote(text: string, region: Sentence): boolean {
  const first = text.slice(region.start, region.start + 1);
  return first === '„' || first === '"' || first === '«' || first === '»' || first === '“' || first === '‚';
}

class Pairer {
  private stack: OpenMark[] = [];
  private pairs: QuotePair[] = [];
  private warnings: string[] = [];
  private dropped = 0;
  /** Offset of the next quotation mark not yet handled (undefined: not searched yet; null: none left). */
  private upcoming: number | null | undefined = undefined;

  constructor(private readonly text: string) {}

  /**
   * The marks in the region, found by one scan of the whole text over all regions (in
   * order): the next mark found beyond a region waits for the region it stands in, so no
   * region is sliced and no stretch of text is searched twice.
   */
  scan(region: Sentence, paragraph: number): void {
    if (this.upcoming === undefined || (this.upcoming !== null && this.upcoming < region.start)) this.upcoming = this.markFrom(region.start);
    while (this.upcoming !== null && this.upcoming < region.end) {
      const at = this.upcoming;
      this.mark(this.text[at]!, at, paragraph);
      this.upcoming = this.markFrom(at + 1);
    }
  }

  /** Offset of the first quotation mark at or after `from`, or null. (test, not exec: no match array per mark; a mark is one code unit.) */
  private markFrom(from: number): number | null {
    ALL_MARKS.lastIndex = from;
    return ALL_MARKS.test(this.text) ? ALL_MARKS.lastIndex - 1 : null;
  }

  private mark(glyph: string, at: number, paragraph: number): void {
    const prev = this.text[at - 1];
    const next = this.text[at + 1];
    const left = leftFlanking(prev, next);
    const right = rightFlanking(prev, next);
    const family: Family = DOUBLE.has(glyph) ? 'double' : 'single';
    const role = family === 'double' ? this.doubleRole(glyph, left, right) : this.singleRole(glyph, left, right);
    if (role === 'open') this.push({ at, glyph, family, paragraph });
    else if (role === 'close') this.close(at, family, glyph);
    else if (role === 'stray') this.warnAt(at, glyph, 'closes nothing');
  }

  private doubleRole(glyph: string, left: boolean, right: boolean): Role {
    const top = this.topDouble();
    switch (glyph) {
      case '„':
        return 'open';
      case '“':
        if (top?.glyph === '„') return 'close';
        if (left && !right) return 'open';
        return top ? 'close' : 'stray';
      case '”':
        if (top) return 'close';
        return left && !right ? 'open' : 'stray';
      default: {
        // " « »: the direction is in the flanking; where both sides allow either, the stack decides.
        if (left && !right) return 'open';
        if (right && !left) return top ? 'close' : 'stray';
        if (left && right) return top ? 'close' : 'open';
        return top ? 'close' : 'stray';
      }
    }
  }

  private singleRole(glyph: string, left: boolean, right: boolean): Role {
    const top = this.stack[this.stack.length - 1];
    const singleOpen = top?.family === 'single';
    switch (glyph) {
      case '‚':
        return left ? 'open' : 'none';
      case '‘':
        if (singleOpen) return 'close';
        return left && !right ? 'open' : 'none';
      case '’':
      case "'":
        // Mostly an apostrophe ("geht's", "Jones' Buch"): only a close of an open single quote,
        // and a straight ' opens only inside a double quote.
        if (singleOpen && right) return 'close';
        if (glyph === "'" && left && !right && top?.family === 'double') return 'open';
        return 'none';
      default:
        // ‹ ›
        if (left && !right) return 'open';
        if (right && singleOpen) return 'close';
        return 'none';
    }
  }

  private topDouble(): OpenMark | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.family === 'double') return this.stack[i];
    return undefined;
  }

  private push(mark: OpenMark): void {
    const top = this.stack[this.stack.length - 1];
    // A straight " cannot nest inside another straight ": the earlier one was never closed.
    if (top && top.glyph === '"' && mark.glyph === '"') {
      this.stack.pop();
      this.warn(top, 'never closed');
    }
    if (this.stack.length >= MAX_DEPTH) this.warn(this.stack.shift()!, 'never closed (nesting too deep)');
    this.stack.push(mark);
  }

  private close(at: number, family: Family, glyph: string): void {
    // Single opens above a double close were apostrophes or strays: drop them.
    while (family === 'double' && this.stack.length && this.stack[this.stack.length - 1]!.family === 'single') {
      this.warn(this.stack.pop()!, 'never closed');
    }
    const open = this.stack.pop();
    if (!open) {
      this.warnAt(at, glyph, 'closes nothing');
      return;
    }
    this.emit(open, at, false);
  }

  private emit(open: OpenMark, close: number, continued: boolean): void {
    let start = open.at + 1;
    let end = close;
    while (start < end && isSpaceCode(this.text, start)) start++;
    while (end > start && isSpaceCode(this.text, end - 1)) end--;
    if (end <= start) return;
    if (end - start > MAX_QUOTE_LENGTH) {
      this.warn(open, `runs over ${MAX_QUOTE_LENGTH} characters`);
      return;
    }
    this.pairs.push({ open: open.at, close, start, end, continued });
  }

  endParagraph(end: number, nextOpensWithQuote: boolean): void {
    // German convention: a quote running over paragraphs leaves each one open and reopens
    // the next. Only an outermost quote continues that way.
    if (nextOpensWithQuote && this.stack.length === 1) {
      this.emit(this.stack[0]!, end, true);
      this.stack = [];
      return;
    }
    for (const open of this.stack) this.warn(open, 'never closed before the paragraph ends');
    this.stack = [];
  }

  private warn(open: OpenMark, why: string): void {
    this.warnAt(open.at, open.glyph, why);
  }

  private warnAt(at: number, glyph: string, why: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(`unbalanced quotation mark ${glyph} at ${at}: ${why}; no quote`);
    else this.dropped++;
  }

  result(): PairResult {
    const warnings = [...this.warnings];
    if (this.dropped) warnings.push(`${this.dropped} more unbalanced quotation marks`);
    return { pairs: outermost(this.pairs), warnings };
  }
}

/** The pairs not inside another pair, in text order (nested quotes belong to their outer one). */
function outermost(pairs: QuotePair[]): QuotePair[] {
  const sorted = [...pairs].sort((a, b) => a.open - b.open || b.close - a.close);
  const out: QuotePair[] = [];
  let reach = -1;
  for (const p of sorted) {
    if (p.open < reach) continue;
    out.push(p);
    reach = p.close;
  }
  return out;
}
