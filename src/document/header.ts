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
/** ` date 2022-01 Title … Stand: 25.01.2022 01:42 Uhr` (tagesschau export). */
const DATE_LINE = /^(\s*date\s+\d{4}-\d{2}\s+)(.*?)(\s*Stand:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*Uhr)?\s*)?$/;
const STAND_LINE = /^\s*Stand:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*Uhr)?\s*$/;
/** Markdown decoration in front of content: headings, bullets, quotes. */
const LINE_PREFIX = /^(?:\s*(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+(?=\S)))?/;
/** Photo credits at a line end: "… | AP", "Bild: via REUTERS", "Foto: dpa". */
const CREDIT_SUFFIX = /(?:\s+\|\s+[^|\n]{1,60}|\s+(?:Bild|Foto|Quelle):\s+[^\n.!?]{1,60})$/;

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
  const dated = DATE_LINE.exec(line);
  if (dated) {
    const prefix = dated[1]!.length;
    const title = dated[2]!.trim();
    meta.title ??= title || null;
    if (dated[4]) meta.published ??= isoDateTime(dated[4], dated[5]!, dated[6]!, dated[7], dated[8]);
    // The headline is content (a quote or count in it is its own item).
    return trimmed(line, prefix, prefix + dated[2]!.length);
  }
  const start = LINE_PREFIX.exec(line)?.[0].length ?? 0;
  let end = line.length;
  const credit = CREDIT_SUFFIX.exec(line);
  if (credit && credit.index >= start) end = credit.index;
  return trimmed(line, start, end);
}

function trimmed(line: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start, end };
}
