// One sentence as the troop rules see it: its tokens, the place mentions that start
// at them, and the small word classes the rules test (prepositions, articles,
// clause boundaries).
import type { Doc, PlaceMention, Token } from '../../types.js';

export const PREPOSITIONS = new Set([
  'in', 'im', 'ins', 'nach', 'an', 'am', 'ans', 'auf', 'aufs', 'aus', 'bei', 'beim', 'mit', 'von', 'vom',
  'zu', 'zum', 'zur', 'für', 'gegen', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch',
  'um', 'ohne', 'seitens', 'gegenüber', 'laut', 'wegen', 'trotz', 'angesichts', 'samt', 'entlang',
  'innerhalb', 'außerhalb', 'ausserhalb', 'nahe', 'gemäß', 'dank', 'seit', 'bis', 'ab', 'richtung',
]);

export const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihr', 'seine',
  'seinen', 'seinem', 'seiner', 'sein', 'unsere', 'unseren', 'unserer', 'jene', 'jenen', 'alle', 'allen',
]);

/** Sentence-initial words are capitalised: compare in lower case. */
export const isPreposition = (w: string): boolean => PREPOSITIONS.has(w.toLowerCase());
export const isDeterminer = (w: string): boolean => DETERMINERS.has(w.toLowerCase());

const COORDINATORS = new Set(['und', 'oder', 'sowie']);

/** Finite auxiliaries and modals: lower-case words ending like adjectives that are not. */
export const AUXILIARIES = new Set([
  'haben', 'hatten', 'hätten', 'werden', 'wurden', 'würden', 'sollen', 'sollten', 'wollen', 'wollten',
  'können', 'konnten', 'könnten', 'müssen', 'mussten', 'müssten', 'dürfen', 'durften', 'dürften',
  'sind', 'waren', 'seien', 'wären', 'lassen', 'ließen', 'bleiben', 'blieben', 'stehen', 'standen',
]);

/** An inflected adjective or participle ("russischen", "stationierte"), not a preposition or auxiliary. */
export function isAdjectiveLike(s: string): boolean {
  return isLower(s) && /(?:e|en|er|es|em)$/.test(s) && !PREPOSITIONS.has(s) && !AUXILIARIES.has(s) && !DETERMINERS.has(s);
}

/** Tokens that end a clause for the purpose of finding its place phrase. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—', '-', '"', '„', '“', '”', '«', '»']);

export const isLower = (s: string): boolean => /^\p{Ll}/u.test(s);
export const isUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isWord = (s: string): boolean => /^[\p{L}\p{N}]/u.test(s);

export class SentenceView {
  constructor(
    readonly doc: Doc,
    readonly index: number,
    /** Token index range [lo, hi) of the sentence in doc.tokens. */
    readonly lo: number,
    readonly hi: number,
    private readonly placesByStart: ReadonlyMap<number, PlaceMention>,
  ) {}

  tok(i: number): Token | undefined {
    return i >= this.lo && i < this.hi ? this.doc.tokens[i] : undefined;
  }

  text(i: number): string {
    return this.tok(i)?.text ?? '';
  }

  /** The place mention starting at token i, and the token index after it. */
  placeAt(i: number): { place: PlaceMention; next: number } | null {
    const t = this.tok(i);
    const place = t && this.placesByStart.get(t.start);
    if (!place) return null;
    let next = i + 1;
    while (next < this.hi && this.doc.tokens[next]!.end <= place.end) next++;
    return { place, next };
  }

  isClauseBreak(i: number): boolean {
    return CLAUSE_BREAK.has(this.text(i));
  }

  /** First token of the clause that holds token i. */
  clauseStart(i: number): number {
    let k = i - 1;
    while (k >= this.lo && !this.isClauseBreak(k)) k--;
    return k + 1;
  }

  /** Token index just past the clause that holds token i. */
  clauseEnd(i: number): number {
    let k = i;
    while (k < this.hi && !this.isClauseBreak(k)) k++;
    return k;
  }

  /** Whether the noun phrase starting at token i is governed by a preposition ("in den USA", "nach Angaben der US-Regierung"). */
  inPrepositionalPhrase(i: number): boolean {
    const k = this.skipModifiersBack(i - 1);
    if (isPreposition(this.text(k))) return true;
    // The second conjunct shares the first's preposition: "nach Deutschland und Polen".
    if (COORDINATORS.has(this.text(k)) && k - 1 >= this.lo) return this.inPrepositionalPhrase(this.phraseStart(k - 1));
    // A genitive attribute of a noun inside a prepositional phrase: "nach Angaben der
    // US-Regierung", "nach Angaben Taiwans", "nach westlichen Angaben Kiews".
    if (!isUpper(this.text(k)) || this.placeAt(k)) return false;
    return isPreposition(this.text(this.skipModifiersBack(k - 1)));
  }

  /** The first token of the phrase whose last token is k: a place mention's first token, or k. */
  private phraseStart(k: number): number {
    for (let j = k; j >= Math.max(this.lo, k - 4); j--) if (this.placeAt(j)?.next === k + 1) return j;
    return k;
  }

  /** The first token before k that is no article or adjective. */
  private skipModifiersBack(k: number): number {
    let j = k;
    while (j >= this.lo && (isDeterminer(this.text(j)) || isAdjectiveLike(this.text(j)))) j--;
    return j;
  }
}

/**
 * The sentence views of a document, each built on first use: most sentences hold no
 * count, and their views are never asked for.
 */
export class SentenceViews {
  private readonly views: Array<SentenceView | undefined>;
  private readonly placesByStart = new Map<number, PlaceMention>();

  constructor(private readonly doc: Doc, places: readonly PlaceMention[]) {
    for (const p of places) if (!this.placesByStart.has(p.start)) this.placesByStart.set(p.start, p);
    this.views = new Array<SentenceView | undefined>(doc.sentences.length);
  }

  /** The view of sentence s, undefined outside the document. */
  at(s: number): SentenceView | undefined {
    if (s < 0 || s >= this.views.length) return undefined;
    let view = this.views[s];
    if (!view) {
      const lo = firstTokenOf(this.doc.tokens, s);
      view = new SentenceView(this.doc, s, lo, firstTokenOf(this.doc.tokens, s + 1, lo), this.placesByStart);
      this.views[s] = view;
    }
    return view;
  }
}

/** Index of the first token of sentence s or a later one (tokens come in sentence order). */
function firstTokenOf(tokens: readonly Token[], s: number, from = 0): number {
  let lo = from, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.sentence < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
