// Words in quotation marks that nobody says: names and titles („Bild“, "New York
// Times", die Operation „Eiserne Schwerter“, ZDF-„heute-journal“, der sogenannte
// „Friedensplan“). Decided from the entity mentions and the words right around the marks.
import type { Span } from '../../types.js';
import type { QuotePair } from './marks.js';
import { fold, speechLexicon } from './lexicon.js';
import { lexicon } from '../../lexicon/index.js';

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const LEADING_CHAR = /[\p{L}\p{N}]/u;

/** The word right before the end of `s`, past white space and "(" ("Zeitung" in "der Zeitung ("); scanned backwards, linear. */
function wordBefore(s: string): string | null {
  let end = s.length;
  while (end > 0 && (/\s/.test(s[end - 1]!) || s[end - 1] === '(')) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(s[start - 1]!)) start--;
  while (start < end && !LEADING_CHAR.test(s[start]!)) start++;
  return start < end ? s.slice(start, end) : null;
}
const TAIL_AFTER = /^-([\p{L}-]+)/u;
const SMALL_WORDS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'und', 'von', 'für', 'im', 'in', 'am', 'zu', 'zum', 'zur', 'of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'el', 'al', 'a', 'an', 'on', 'to', 'et']);

/** A name or title rather than words someone said. */
export function isNameOrTitle(text: string, pair: QuotePair, mentions: readonly Span[]): boolean {
  return coveredByMention(pair, mentions) || titledBefore(text, pair) || compoundWith(text, pair);
}

/** Mentions sorted by start; one of them spans the whole quoted content. */
function coveredByMention(pair: QuotePair, mentions: readonly Span[]): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= pair.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 6; i--) {
    const m = mentions[i]!;
    if (m.start <= pair.start && m.end >= pair.end) return true;
  }
  return false;
}

function stems(word: string): string[] {
  const w = fold(word);
  const tail = w.slice(w.lastIndexOf('-') + 1);
  return [w, tail, tail.replace(/(?:es|s|en|n)$/, '')];
}

function endsWithHead(word: string, heads: ReadonlySet<string>): boolean {
  for (const s of stems(word)) {
    if (heads.has(s)) return true;
    for (let k = 1; k < s.length - 3; k++) if (heads.has(s.slice(k)) && s.length - k >= 4) return true;
  }
  return false;
}

/** "der Zeitung „Haaretz“", "die Operation „…“", "das sogenannte „…“". */
function titledBefore(text: string, pair: QuotePair): boolean {
  const word = wordBefore(text.slice(Math.max(0, pair.open - 48), pair.open));
  if (!word) return false;
  const lex = speechLexicon();
  if (lex.sogenannt.has(fold(word))) return true;
  // A title is capitalised: "den Plan „absurd“" is a quote, "der Plan „Frieden jetzt“" a name.
  return /^\p{Lu}/u.test(word) && /^[\p{Lu}\d]/u.test(text[pair.start] ?? '') && endsWithHead(word, lex.titleHeads);
}

/** „Bild“-Zeitung, ZDF-„heute-journal“: a quoted name inside a compound. */
function compoundWith(text: string, pair: QuotePair): boolean {
  if (text[pair.open - 1] === '-' && /\p{L}/u.test(text[pair.open - 2] ?? '')) return true;
  const tail = TAIL_AFTER.exec(text.slice(pair.close + 1, pair.close + 40));
  return tail !== null && endsWithHead(tail[1]!, speechLexicon().compoundTails);
}

/** Short, every word capitalised: "Stadt der Literatur", "Laufende Koordinierung". */
export function looksLikeName(content: string): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || /[.!?:;,]$/.test(content)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/** Suffixes that make a German noun whatever the dictionary knows ("Koordinierung", "Thronrede" aside). */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|ismus|tät|nis|ität|ierung|ment|chen|lein)(?:en|s)?$/;

/** A capitalised word that is a common noun or a place, not a name: also by its last compound part. */
function isCommonWord(word: string): boolean {
  const lex = lexicon();
  let cut = word.length;
  while (cut > 0 && !WORD_CHAR.test(word[cut - 1]!)) cut--;
  const w = word.slice(0, cut);
  if (lex.isCommonNoun(w) || lex.findPlace(w) || NOUN_SUFFIX.test(w)) return true;
  const tail = w.slice(w.lastIndexOf('-') + 1);
  for (let k = 1; k <= tail.length - 4; k++) {
    const part = tail[k]!.toUpperCase() + tail.slice(k + 1);
    if (lex.isCommonNoun(part)) return true;
  }
  return false;
}

/** Several capitalised words, one of them no common noun: "Freedom Tower", "Polizei von DeLand". */
export function isProperName(content: string): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !looksLikeName(content)) return false;
  return words.some((w) => /^\p{Lu}/u.test(w) && !isCommonWord(w));
}
