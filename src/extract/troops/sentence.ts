// One sentence as the troop rules see it: its tokens, the place mentions that start
// at them, and the small word classes the rules test (prepositions, articles,
// clause boundaries).
import type { Doc, PlaceMention, Token } from '../../types.js';
import { startsLower, startsUpper } from '../letter-case.js';

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
const AUXILIARIES = new Set([
  'haben', 'hatten', 'hätten', 'werden', 'wurden', 'würden', 'sollen', 'sollten', 'wollen', 'wollten',
  'können', 'konnten', 'könnten', 'müssen', 'mussten', 'müssten', 'dürfen', 'durften', 'dürften',
  'sind', 'waren', 'seien', 'wären', 'lassen', 'ließen', 'bleiben', 'blieben', 'stehen', 'standen',
]);

/** An inflected adjective or participle ("russischen", "stationierte"), not a preposition or auxiliary. */
export function isAdjectiveLike(s: string): boolean {
  return startsLower(s) && /(?:e|en|er|es|em)$/.test(s) && !PREPOSITIONS.has(s) && !AUXILIARIES.has(s) && !DETERMINERS.has(s);
}

/** The clause breaks of a sentence, as TokenMarks (see SentenceView.clauseBreaks). */
const CLAUSE_BREAKS = Symbol('clause breaks');
/** Tokens that end a clause for the purpose of finding its place phrase. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—', '-', '"', '„', '“', '”', '«', '»']);


/**
 * The tokens of one sentence that have a property, found in one pass: whether any lies in
 * a range and which one is nearest before or after a token, each in constant time. This
 * is what keeps many counts in one endless sentence from scanning it once each.
 */
export class TokenMarks {
  /** Marked tokens in [lo, lo + i). */
  private readonly counts: Int32Array;
  /** The last marked token at or before lo + i, else lo - 1. */
  private readonly last: Int32Array;
  /** The first marked token at or after lo + i, else hi. */
  private readonly first: Int32Array;

  constructor(readonly lo: number, readonly hi: number, marked: (k: number) => boolean) {
    const n = hi - lo;
    this.counts = new Int32Array(n + 1);
    this.last = new Int32Array(n);
    this.first = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const on = marked(lo + i);
      this.counts[i + 1] = this.counts[i]! + (on ? 1 : 0);
      this.last[i] = on ? lo + i : i > 0 ? this.last[i - 1]! : lo - 1;
    }
    this.first[n] = hi;
    for (let i = n - 1; i >= 0; i--) this.first[i] = this.counts[i + 1]! > this.counts[i]! ? lo + i : this.first[i + 1]!;
  }

  /** Whether a marked token lies in [from, to). */
  any(from: number, to: number): boolean {
    const a = Math.max(from, this.lo), b = Math.min(to, this.hi);
    return a < b && this.counts[b - this.lo]! > this.counts[a - this.lo]!;
  }

  /** The last marked token at or before k, else lo - 1. */
  lastAtOrBefore(k: number): number {
    if (k < this.lo) return this.lo - 1;
    return this.last[Math.min(k, this.hi - 1) - this.lo]!;
  }

  /** The first marked token at or after k, else hi. */
  firstAtOrAfter(k: number): number {
    if (k >= this.hi) return this.hi;
    return this.first[Math.max(k, this.lo) - this.lo]!;
  }
}

export class SentenceView {
  /** What the rules derive from the whole sentence once (see derived). */
  private readonly derivations = new Map<symbol, unknown>();
  private readonly prepositional = new Map<number, boolean>();

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

  /**
   * A value derived from the whole sentence on first use and kept with the view: the
   * rules' indexes of agents, place phrases and word classes. `key` names the derivation.
   */
  derived<T>(key: symbol, derive: (view: SentenceView) => T): T {
    let value = this.derivations.get(key) as T | undefined;
    if (value === undefined) {
      value = derive(this);
      this.derivations.set(key, value);
    }
    return value;
  }

  /** The tokens of this sentence for which `marked(view, k)` holds. */
  marks(key: symbol, marked: (view: SentenceView, k: number) => boolean): TokenMarks {
    return this.derived(key, (view) => new TokenMarks(view.lo, view.hi, (k) => marked(view, k)));
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

  private clauseBreaks(): TokenMarks {
    return this.marks(CLAUSE_BREAKS, (view, k) => view.isClauseBreak(k));
  }

  /** First token of the clause that holds token i. */
  clauseStart(i: number): number {
    if (i <= this.lo) return i;
    return this.clauseBreaks().lastAtOrBefore(i - 1) + 1;
  }

  /** Token index just past the clause that holds token i. */
  clauseEnd(i: number): number {
    if (i >= this.hi) return i;
    return this.clauseBreaks().firstAtOrAfter(i);
  }

  /** Whether the noun phrase starting at token i is governed by a preposition ("in den USA", "nach Angaben der US-Regierung"). */
  inPrepositionalPhrase(i: number): boolean {
    // Kept per token: a long "A und B und C …" would otherwise walk back to A from each conjunct.
    let governed = this.prepositional.get(i);
    if (governed === undefined) {
      governed = this.governedByPreposition(i);
      this.prepositional.set(i, governed);
    }
    return governed;
  }

  private governedByPreposition(i: number): boolean {
    const k = this.skipModifiersBack(i - 1);
    if (isPreposition(this.text(k))) return true;
    // The second conjunct shares the first's preposition: "nach Deutschland und Polen".
    if (COORDINATORS.has(this.text(k)) && k - 1 >= this.lo) return this.inPrepositionalPhrase(this.phraseStart(k - 1));
    // A genitive attribute of a noun inside a prepositional phrase: "nach Angaben der
    // US-Regierung", "nach Angaben Taiwans", "nach westlichen Angaben Kiews".
    if (!startsUpper(this.text(k)) || this.placeAt(k)) return false;
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
