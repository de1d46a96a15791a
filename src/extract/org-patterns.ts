// Organisations no lexicon lists, recognised by the shape of their names: a
// capitalised adjective or name before an organisation noun ("Münchner
// Sicherheitskonferenz", "Freie Syrische Armee", "Kurdische Arbeiterpartei"; German
// writes adjectives in lower case unless they belong to a name), and acronyms
// ("RSF", "HTS").
import { readFileSync } from 'node:fs';
import type { ActorMention, Doc, OrgSubtype, Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { memoByWord } from '../lexicon/memo.js';
import { EndingTrie } from './ending-trie.js';

interface OrgHeadData {
  heads: Record<string, OrgSubtype>;
  notAcronyms: string[];
}
const data = JSON.parse(
  readFileSync(new URL('../../src/lexicon/data/org-heads.json', import.meta.url), 'utf8'),
) as OrgHeadData;
const HEADS = new Map(Object.entries(data.heads));
const HEAD_LENGTHS = [...new Set([...HEADS.keys()].map((h) => h.length))].sort((a, b) => b - a);
const NOT_ACRONYMS = new Set(data.notAcronyms);
const INFLECTION = /(?:es|en|s|n)$/;
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const WEAK_ADJECTIVE_ARTICLES = new Set(['der', 'des', 'dem', 'den']);

/**
 * What headSubtype can find a head in: a word ending in a head, bare or inflected
 * (the endings INFLECTION takes off). The cheap first test of a phrase's head.
 */
const HEAD_ENDINGS = new EndingTrie(
  [...HEADS.keys()].flatMap((head) => ['', 'es', 'en', 's', 'n'].map((inflection) => head.toLowerCase() + inflection)),
);

/** Whether headSubtype may know the word text[start, end): false is certain, true needs headSubtype. */
export function mayBeOrgHead(text: string, start: number, end: number): boolean {
  return HEAD_ENDINGS.endsIn(text, start, end);
}

/** The subtype an organisation noun gives ("Sicherheitskonferenz" → other), or null; once per word. */
const headSubtype = memoByWord(findHeadSubtype);

function findHeadSubtype(word: string): OrgSubtype | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const base of [lower, lower.replace(INFLECTION, '')]) {
    for (const len of HEAD_LENGTHS) {
      if (len > base.length) continue;
      const subtype = HEADS.get(base.slice(base.length - len));
      if (subtype) return subtype;
    }
  }
  return null;
}

/** Adjective endings that nominalised nouns listed in the dictionary share ("der Sozialistische"). */
const ADJECTIVE_SHAPE = /(?:isch|lich|ig|er)(?:e|en|er|es|em)$/;

/** A capitalised adjective that can belong to a name ("Münchner", "Freie"), not a noun ending like one. */
function isProperAdjective(word: string): boolean {
  return PROPER_ADJECTIVE.test(word) && (ADJECTIVE_SHAPE.test(word) || !lexicon().isCommonNoun(word));
}

/** isProperAdjective, once per word. */
const isProperAdjectiveCached = memoByWord(isProperAdjective);

/** What namedOrgPhrase does not take after: the punctuation that opens a sentence or a quotation. */
export const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', ':', '„', '"', '“', '«', '»']);

/** "der Münchner Sicherheitskonferenz": adjectives in capitals, then an organisation noun. */
export function namedOrgPhrase(doc: Doc, i: number): { mention: ActorMention; end: number } | null {
  const tokens = doc.tokens;
  const first = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || before.sentence !== first.sentence || SENTENCE_PUNCTUATION.has(before.text)) return null;
  let k = i;
  while (k < tokens.length && k - i < 3 && tokens[k]!.sentence === first.sentence && isProperAdjectiveCached(tokens[k]!.text)) k++;
  const head = tokens[k];
  if (k === i || !head || head.sentence !== first.sentence) return null;
  const subtype = headSubtype(head.text);
  if (!subtype) return null;
  const text = doc.text.slice(first.start, head.end);
  const mention: ActorMention = {
    start: first.start,
    end: head.end,
    text,
    type: 'organization',
    subtype,
    name: nominative(tokens, i, k, WEAK_ADJECTIVE_ARTICLES.has(before.text.toLowerCase())),
    role: null,
    country: null,
    rule: 'named-org-phrase',
  };
  return { mention, end: k + 1 };
}

/** "der Deutschen Welle" → "Deutsche Welle"; "des Kieler Instituts" → "Kieler Institut". */
function nominative(tokens: readonly Token[], from: number, head: number, afterArticle: boolean): string {
  const words: string[] = [];
  for (let k = from; k < head; k++) {
    const w = tokens[k]!.text;
    words.push(afterArticle && w.endsWith('en') ? w.slice(0, -1) : w);
  }
  const h = tokens[head]!.text;
  const bare = h.replace(/(?:es|s)$/, '');
  words.push(bare !== h && headSubtype(bare) && lexicon().isCommonNoun(bare[0]!.toUpperCase() + bare.slice(1)) ? bare : h);
  return words.join(' ');
}

/** "die RSF", "(HTS)": an acronym that is no place, no known name and no everyday abbreviation. */
export function acronym(doc: Doc, i: number): ActorMention | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (!isAcronymCandidate(t.text)) return null;
  // A headline in capitals is not a row of acronyms.
  if (isAcronymNeighbour(tokens[i - 1], t) || isAcronymNeighbour(tokens[i + 1], t)) return null;
  return { start: t.start, end: t.end, text: t.text, type: 'organization', subtype: 'other', name: t.text, role: null, country: null, rule: 'acronym' };
}

/** An acronym by its shape ("RSF") that is no place, no everyday abbreviation and no function word: the neighbours decide. */
function isAcronymCandidate(word: string): boolean {
  if (!ACRONYM.test(word) || NOT_ACRONYMS.has(word)) return false;
  const lex = lexicon();
  return !lex.placeBySurface.has(word) && !lex.functionWords.has(word);
}

/** A neighbour in the same sentence shaped like an acronym (two capitals are letters, as the headline test wants). */
function isAcronymNeighbour(neighbour: Token | undefined, t: Token): boolean {
  return !!neighbour && neighbour.sentence === t.sentence && ACRONYM.test(neighbour.text);
}
