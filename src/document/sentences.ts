// German sentence boundaries inside content regions. A period ends a sentence only
// when the next word could start one and the word before is not an abbreviation,
// an initial or an ordinal ("am 9. Januar", "Dr. Müller", "ca. 8500").
import { readFileSync } from 'node:fs';
import type { Sentence } from '../types.js';

interface AbbreviationData {
  abbreviations: string[];
  months: string[];
}
const data = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/abbreviations.json', import.meta.url), 'utf8'),
) as AbbreviationData;
const ABBREVIATIONS = new Set(data.abbreviations);
const MONTHS = new Set(data.months);

/**
 * Terminal punctuation with any closing quotes or brackets after it, then space. Only
 * from the start of a run of marks: a start inside one fails the same way, and retrying
 * each would make a long run ("......x") quadratic.
 */
const TERMINAL = /(?<![.!?…])[.!?…]+["“”»«'’‘›‹)\]]*(?=\s)/g;
const OPENER = /[\p{Lu}„"“«»‚‹(\[]/u;
const DIGIT = /\d/;
const WORD_CHAR = /^[\p{L}\p{N}.]$/u;
/** How far back the word before a period is looked for. */
const WORD_WINDOW = 40;

export function splitSentences(text: string, regions: readonly Sentence[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const region of regions) splitRegion(text, region, sentences);
  return sentences;
}

function splitRegion(text: string, region: Sentence, out: Sentence[]): void {
  const slice = text.slice(region.start, region.end);
  let start = 0;
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(slice); m; m = TERMINAL.exec(slice)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < slice.length && /\s/.test(slice[next]!)) next++;
    if (next >= slice.length) break;
    if (!endsSentence(slice, m.index, m[0], next)) continue;
    out.push({ start: region.start + start, end: region.start + end });
    start = next;
  }
  if (start < slice.length) out.push({ start: region.start + start, end: region.end });
}

function endsSentence(slice: string, at: number, punct: string, next: number): boolean {
  const digitNext = DIGIT.test(slice[next]!);
  if (!digitNext && !OPENER.test(slice[next]!)) return false;
  if (punct[0] !== '.' || punct.length > 1 && punct[1] === '.') return true;
  const before = wordBefore(slice, at);
  // "… zu verlegen. 1000 Soldaten …" starts a sentence; "am 9. 10. 2022" is a date.
  if (digitNext) return before !== '' && !/\d$/.test(before) && !ABBREVIATIONS.has(before);
  if (before === '') return true;
  if (ABBREVIATIONS.has(before)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "John F. Kennedy"
  if (/^\d{1,2}$/.test(before)) {
    // An ordinal ("am 9. Januar", "der 3. Armee") unless the next word clearly starts a clause.
    const nextWord = /^[\p{L}]+/u.exec(slice.slice(next))?.[0] ?? '';
    return !(MONTHS.has(nextWord) || /^\p{Lu}\p{Ll}+$/u.test(nextWord) && !STARTERS.has(nextWord));
  }
  return true;
}

/** Words that start a new sentence after a number ending the previous one. */
const STARTERS = new Set(['Die', 'Der', 'Das', 'Ein', 'Eine', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'In', 'Im', 'Am', 'Auch', 'Nach', 'Bei', 'Mit', 'Seit', 'Zudem', 'Damit', 'Dabei', 'Dort', 'Demnach', 'Laut', 'Doch', 'Aber', 'Dies', 'Diese', 'Dieser']);

/** The letters, digits and periods right before `at` (within the window), by code point. */
function wordBefore(text: string, at: number): string {
  const min = Math.max(0, at - WORD_WINDOW);
  let start = at;
  while (start > min) {
    const low = text.charCodeAt(start - 1);
    // An astral letter is a surrogate pair: test it whole, and only when both halves are in the window.
    const pair = low >= 0xdc00 && low <= 0xdfff && start - 2 >= min && isHighSurrogate(text.charCodeAt(start - 2));
    const width = pair ? 2 : 1;
    if (!isWordChar(low, text, start - width, start)) break;
    start -= width;
  }
  return text.slice(start, at);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** WORD_CHAR on text[from, to), answered without the regex for ASCII (nearly every case). */
function isWordChar(last: number, text: string, from: number, to: number): boolean {
  if (to - from === 1 && last < 128) {
    return (last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57) || last === 46;
  }
  return WORD_CHAR.test(text.slice(from, to));
}
