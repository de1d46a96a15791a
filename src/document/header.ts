// Article headers and boilerplate lines as scraped news exports carry them. Each
// line of the text is classified; metadata is read from the header lines and only
// the content parts of lines become regions the extractors mine.
import type { Meta, Sentence } from '../types.js';

export interface LineSplit {
  meta: Meta;
  regions: Sentence[];
}

const URL_LINE = /^url\s*:\s*(\S+)\s*$/i;
const HASHTAG_LINE = /^#[\p{L}\d_-]+\s*$/u;
const RULE_LINE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const IMAGE_LINE = /^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$/;
const BOILERPLATE_LINE = /^\s*(?:Box aufklappen|Box zuklappen|Über dieses Thema berichtete\b.*|Mehr zum Thema\b.*|Dieser Artikel wurde\b.*)$/;
/** ` date 2022-01 Title … Stand: 25.01.2022 01:42 Uhr` (tagesschau export): the head, then title and stand. */
const DATE_HEAD = /^\s*date\s+\d{4}-\d{2}\s+/;
/** Tried only where "Stand:" is: one regex over the whole line would backtrack on long runs of spaces. */
const STAND_TAIL = /Stand:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*Uhr)?\s*$/y;
/** What `.` does not match: a title cannot run across these. */
const LINE_TERMINATOR = /[\r\u2028\u2029]/;
const SPACE = /\s/;
const STAND_LINE = /^\s*Stand:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*Uhr)?\s*$/;
/** Markdown decoration in front of content: headings, bullets, quotes. */
const LINE_PREFIX = /^(?:\s*(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+(?=\S)))?/;
/**
 * Photo credits at a line end: "… | AP", "Bild: via REUTERS", "Foto: dpa". Sticky, tried
 * at the start of each run of spaces: unanchored, it would rescan long runs of spaces.
 */
const CREDIT_SUFFIX = /(?:\s+\|\s+[^|\n]{1,60}|\s+(?:Bild|Foto|Quelle):\s+[^\n.!?]{1,60})$/y;

export function isoDateTime(d: string, m: string, y: string, hh?: string, mm?: string): string {
  const pad = (s: string) => s.padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh ?? '00')}:${pad(mm ?? '00')}:00`;
}

/** Classifies every line; returns the metadata and the content regions in text order. */
export function splitLines(text: string): LineSplit {
  const meta: Meta = { url: null, title: null, published: null };
  const regions: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const rawLine = text.slice(lineStart, lineEnd);
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const hadDate = meta.published !== null;
    const region = classifyLine(line, meta);
    if (!hadDate && meta.published !== null && meta.title === null) {
      // A bare `Stand:` line follows the headline: the last content line before it.
      const last = regions[regions.length - 1];
      if (last && !SENTENCE_END.test(text.slice(last.start, last.end))) meta.title = text.slice(last.start, last.end);
    }
    if (region && region.end > region.start) {
      regions.push({ start: lineStart + region.start, end: lineStart + region.end });
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { meta, regions };
}

const SENTENCE_END = /[.!?:]["“”»«']?$/;

/** Returns the content part of one line (offsets within the line), or null. */
function classifyLine(line: string, meta: Meta): Sentence | null {
  if (line.trim() === '') return null;
  const url = URL_LINE.exec(line);
  if (url) {
    meta.url ??= url[1] ?? null;
    return null;
  }
  if (HASHTAG_LINE.test(line) || RULE_LINE.test(line) || IMAGE_LINE.test(line) || BOILERPLATE_LINE.test(line)) {
    return null;
  }
  const stand = STAND_LINE.exec(line);
  if (stand) {
    meta.published ??= isoDateTime(stand[1]!, stand[2]!, stand[3]!, stand[4], stand[5]);
    return null;
  }
  const dated = dateLine(line);
  if (dated) {
    const title = line.slice(dated.titleStart, dated.titleEnd);
    meta.title ??= title.trim() || null;
    const d = dated.stand;
    if (d) meta.published ??= isoDateTime(d[1]!, d[2]!, d[3]!, d[4], d[5]);
    // The headline is content (a quote or count in it is its own item).
    return trimmed(line, dated.titleStart, dated.titleEnd);
  }
  const start = LINE_PREFIX.exec(line)?.[0].length ?? 0;
  let end = line.length;
  const credit = creditStart(line);
  if (credit >= start) end = credit;
  return trimmed(line, start, end);
}

interface DateLine {
  titleStart: number;
  titleEnd: number;
  stand: RegExpExecArray | null;
}

/**
 * A date line: the head, the title, and a `Stand:` tail if the line ends in one (with the
 * spaces before it). Only the last "Stand:" can start a tail that runs to the line end.
 */
function dateLine(line: string): DateLine | null {
  const head = DATE_HEAD.exec(line);
  if (!head) return null;
  const titleStart = head[0].length;
  let titleEnd = line.length;
  let stand: RegExpExecArray | null = null;
  const at = line.lastIndexOf('Stand:');
  if (at >= titleStart) {
    STAND_TAIL.lastIndex = at;
    stand = STAND_TAIL.exec(line);
    if (stand) {
      titleEnd = at;
      while (titleEnd > titleStart && SPACE.test(line[titleEnd - 1]!)) titleEnd--;
    }
  }
  return LINE_TERMINATOR.test(line.slice(titleStart, titleEnd)) ? null : { titleStart, titleEnd, stand };
}

/**
 * Where a photo credit at the line end starts, or -1. A credit starts at the run of spaces
 * right before its last "|" or before a "Bild:", "Foto:" or "Quelle:" label: only those
 * runs are tried, in line order (trying every run of spaces made long lines slow).
 */
function creditStart(line: string): number {
  const candidates: number[] = [];
  const bar = line.lastIndexOf('|');
  if (bar > 0) candidates.push(bar);
  CREDIT_LABEL.lastIndex = 0;
  for (let m = CREDIT_LABEL.exec(line); m; m = CREDIT_LABEL.exec(line)) candidates.push(m.index);
  if (candidates.length === 0) return -1;
  candidates.sort((a, b) => a - b);
  for (const at of candidates) {
    const run = spaceRunBefore(line, at);
    if (run === at) continue;
    CREDIT_SUFFIX.lastIndex = run;
    if (CREDIT_SUFFIX.test(line)) return run;
  }
  return -1;
}

const CREDIT_LABEL = /(?:Bild|Foto|Quelle):/g;

/** Start of the run of spaces that ends at `at` (`at` itself when there is none). */
function spaceRunBefore(line: string, at: number): number {
  let start = at;
  while (start > 0 && SPACE.test(line[start - 1]!)) start--;
  return start;
}

function trimmed(line: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start, end };
}
