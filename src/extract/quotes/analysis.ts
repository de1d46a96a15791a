// One pass over a document's units yields both quotes and claims, because each needs
// the other's context: a Konjunktiv sentence continues the last report's speaker, a
// quote standing alone continues the last quote's. The report context runs through
// the units in order and is cleared at headings and after a few units without reports.
import type { Claim, Doc, Quote } from '../../types.js';
import type { Entities, Speaker, Where } from '../../resolve/speakers.js';
import { PERSON_ONLY, SpeakerResolver } from '../../resolve/speakers.js';
import type { QuotePair } from './marks.js';
import { pairQuotes, paragraphsOf } from './marks.js';
import type { Span, Unit, Word } from './units.js';
import { FramelessUnit, LEADING_PUNCTUATION, TRAILING_PUNCTUATION, buildUnits, isQuoteWord } from './units.js';
import type { Frame, Range } from './frames.js';
import { findFrames, hasKonjunktiv } from './frames.js';
import { isNameOrTitle, isProperName, looksLikeName } from './nonquote.js';
import { isBoundary } from './phrases.js';
import { CUE_KONJUNKTIV_I, CUE_KONJUNKTIV_II, fold, speechLexicon } from './lexicon.js';

export interface Analysis {
  quotes: Quote[];
  claims: Claim[];
  warnings: string[];
}

/** How many units a report context reaches: a continuation claim, a standalone quote. */
const CLAIM_REACH = 3;
const QUOTE_REACH = 2;
/** "hieß es" without a source names the speaker of the sentence just before, if any. */
const ES_REACH = 1;

interface Context {
  speaker: Speaker | null;
  verb: string | null;
  unit: number;
}

/**
 * Whether a quote stays: yes (reported words), unlessName (a verb's object: "nannte es
 * „Wortbruch“"), ifSpeech (no frame, or the frame's subject area: only words that read as
 * speech), no (an unframed headline quote). A quote repeated elsewhere with a speaker stays.
 */
type Keep = 'yes' | 'unlessName' | 'ifSpeech' | 'no';

interface Candidate {
  quote: Quote;
  pair: QuotePair;
  keep: Keep;
  /** The speaker is only the clause's subject, no reporting verb's: it vouches for no other quote. */
  bySubject: boolean;
}

const cache = new WeakMap<Doc, WeakMap<Entities, Analysis>>();
const NO_FRAMES: readonly Frame[] = [];
const NO_SPEAKERS: readonly (Speaker | null)[] = [];

export function analyze(doc: Doc, entities: Entities): Analysis {
  let byEntities = cache.get(doc);
  const hit = byEntities?.get(entities);
  if (hit) return hit;
  const result = new Analyzer(doc, entities).run();
  if (!byEntities) cache.set(doc, (byEntities = new WeakMap()));
  byEntities.set(entities, result);
  return result;
}

class Analyzer {
  private readonly pairs: QuotePair[];
  private readonly warnings: string[];
  private readonly units: Unit[];
  private resolverOnce: SpeakerResolver | null = null;
  private context: Context | null = null;
  private readonly candidates: Candidate[] = [];
  private readonly claims: Claim[] = [];

  constructor(private readonly doc: Doc, private readonly entities: Entities) {
    const paragraphs = paragraphsOf(doc.text, doc.regions);
    const { pairs, warnings } = pairQuotes(doc.text, doc.regions, paragraphs);
    // The resolver's mentions are sorted as names need them (and a document with quotes needs the resolver anyway).
    const mentions = pairs.length > 0 ? this.resolver.mentionSpans() : [];
    // Names and titles in marks are read as the words they are: "Die „New York Times“ hatte berichtet".
    const isName = pairs.map((p) => isNameOrTitle(doc.text, p, mentions));
    this.pairs = pairs.filter((_, i) => !isName[i]);
    this.warnings = warnings;
    this.units = buildUnits(doc, this.pairs, pairs.filter((_, i) => isName[i]), paragraphs);
  }

  /** Built when a speaker is first asked for: many documents have no frame and no quote. */
  private get resolver(): SpeakerResolver {
    this.resolverOnce ??= new SpeakerResolver(this.doc, this.entities, (offset) => this.quoted(offset));
    return this.resolverOnce;
  }

  run(): Analysis {
    this.units.forEach((unit, index) => this.unit(unit, index));
    const quotes = this.finishQuotes();
    const claims = [...this.claims].sort((a, b) => a.start - b.start);
    return { quotes, claims, warnings: this.warnings };
  }

  private quoted(offset: number): boolean {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]!.close < offset) lo = mid + 1;
      else hi = mid;
    }
    const p = this.pairs[lo];
    return p !== undefined && p.open <= offset && offset <= p.close;
  }

  private fresh(index: number, reach: number): Context | null {
    const ctx = this.context;
    return ctx && index - ctx.unit <= reach ? ctx : null;
  }

  private where(at: number, index: number): Where {
    const previousUnits: { start: number; end: number }[] = [];
    for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
      const u = this.units[k]!;
      if (u.heading) break;
      previousUnits.push({ start: u.start, end: u.end });
    }
    const ctx = this.fresh(index, CLAIM_REACH);
    return { at, unitStart: this.units[index]!.start, previousUnits, context: ctx?.speaker ?? null, near: ctx !== null && index - ctx.unit <= 1 };
  }

  private unit(unit: Unit, index: number): void {
    // No quote and no cue word (reporting verb, source, Konjunktiv form): no frame, no
    // claim, no quote, and the report context stays as it is.
    if (unit.quotes.length === 0 && unit.cues === 0) return;
    // No quote and no frame (frame-gate.ts): what findFrames finding nothing leads to below, without reading the words first.
    if (unit instanceof FramelessUnit) {
      if (!unit.heading) this.continuation(unit, index, NO_FRAMES, NO_SPEAKERS);
      return;
    }
    const words = unit.words;
    const frames = findFrames(words, unit.quotes.length > 0);
    const speakers = this.resolveFrames(frames, words, index);
    let claimed = false;
    frames.forEach((frame, k) => {
      if (this.frameClaim(frame, speakers[k] ?? null, unit)) claimed = true;
    });
    const reporting = frames.filter((f) => f.kind !== 'source' || hasKonjunktiv(words, f.content ?? f.clause, false));
    if (!claimed && reporting.length === 0 && !unit.heading) claimed = this.continuation(unit, index, frames, speakers);
    for (const q of unit.quotes) this.quote(q, unit, index, frames, speakers, claimed);
    // A headline sums up; it does not start a report of its own.
    if (frames.length > 0 && !unit.heading) {
      const last = frames.length - 1;
      this.context = { speaker: speakers[last] ?? null, verb: frames[last]!.verb, unit: index };
    }
  }

  private resolveFrames(frames: readonly Frame[], words: readonly Word[], index: number): (Speaker | null)[] {
    const out: (Speaker | null)[] = [];
    frames.forEach((frame, k) => {
      let speaker: Speaker | null = null;
      const spans = frame.subjects.map((s) => ({ start: words[s.from]!.start, end: words[s.to - 1]!.end, core: words[s.core - 1]!.end }));
      // A person named anywhere in a candidate, then an organisation or place in its core, then
      // what the core describes, then the rest ("der Präsident im Onlinedienst Twitter" is no tweet).
      for (const sp of spans) speaker ??= this.resolver.named(sp.start, sp.end, PERSON_ONLY);
      for (const sp of spans) speaker ??= this.resolver.named(sp.start, sp.core);
      for (const sp of spans) speaker ??= this.resolver.described(sp.start, sp.core, this.where(sp.start, index));
      // An attribute's city is where the speaker is ("ein Sprecher des Kommandos in Potsdam"), not who; a capital or state speaks.
      for (const sp of spans) speaker ??= stateOrActor(this.resolver.named(sp.start, sp.end));
      if (!speaker && frame.inherit && k > 0) speaker = out[k - 1] ?? null;
      // "X war anwesend und sagte, …", "X vertritt die Ansicht, …": the clause's subject before the cue.
      if (!speaker && frame.subjects.length === 0 && !frame.impersonal && frame.kind !== 'source') {
        speaker = this.resolver.subjectBefore(this.units[index]!.start, words[frame.at]!.start);
      }
      if (!speaker && frame.selfReference) speaker = this.fresh(index, frame.impersonal ? ES_REACH : CLAIM_REACH)?.speaker ?? null;
      out.push(speaker);
    });
    return out;
  }

  /** A claim from a frame with reported content, if its shape makes one. */
  private frameClaim(frame: Frame, speaker: Speaker | null, unit: Unit): boolean {
    const words = unit.words;
    const content = frame.content;
    if (!content || !frame.claim) return false;
    const range = trimRange(words, content);
    if (range.to <= range.from || isOnlyQuote(words, range)) return false;
    let ok: boolean;
    switch (frame.kind) {
      case 'comma':
        // A V2 clause after a reporting verb is reported speech even where the Konjunktiv II looks
        // like the past ("schrieb, seine Kämpfer schützten …"); a zu-infinitive is not.
        ok = frame.dass || hasKonjunktiv(words, range, false, true) || (!frame.noun && startsV2(words, range) && !isZuInfinitive(words, range));
        break;
      case 'source':
        ok = hasKonjunktiv(words, range, false);
        break;
      case 'object':
        ok = false;
        break;
      default:
        ok = true;
    }
    if (!ok) return false;
    this.addClaim(unit, range, speaker, frame.verb);
    return true;
  }

  /** A Konjunktiv unit without a frame of its own carries on the last report. */
  private continuation(unit: Unit, index: number, frames: readonly Frame[], speakers: readonly (Speaker | null)[]): boolean {
    const ctx = this.fresh(index, CLAIM_REACH);
    // No Konjunktiv form among the words (outside quotes): no continuation.
    if ((unit.cues & (ctx ? CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II : CUE_KONJUNKTIV_I)) === 0) return false;
    let span: Span | null;
    if (unit instanceof FramelessUnit) {
      // Its cues are the Konjunktiv bits of its lower-case words, and one of them passed: hasKonjunktiv would hold. Its words are not read.
      span = unit.trimmedSpan();
    } else {
      const words = unit.words;
      const whole = trimRange(words, { from: 0, to: words.length });
      if (whole.to <= whole.from || isOnlyQuote(words, whole)) return false;
      if (!hasKonjunktiv(words, whole, !ctx)) return false;
      span = { start: words[whole.from]!.start, end: words[whole.to - 1]!.end };
    }
    if (!span) return false;
    const source = frames.findIndex((f) => f.kind === 'source');
    const speaker = source >= 0 ? speakers[source] ?? null : ctx?.speaker ?? this.subjectOfPrevious(index);
    const verb = source >= 0 ? frames[source]!.verb : ctx?.verb ?? null;
    this.addClaimAt(unit, span.start, span.end, speaker, verb);
    if (ctx) this.context = { speaker: ctx.speaker, verb: ctx.verb, unit: index };
    else if (speaker && source < 0) this.context = { speaker, verb: null, unit: index };
    return true;
  }

  /** "X bedauerte die Entscheidung. Es seien Fehler gemacht worden": the person the sentence before was about. */
  private subjectOfPrevious(index: number): Speaker | null {
    const prev = this.units[index - 1];
    const unit = this.units[index]!;
    if (!prev || prev.heading || prev.paragraph !== unit.paragraph) return null;
    return this.resolver.subjectBefore(prev.start, prev.end);
  }

  private addClaim(unit: Unit, range: Range, speaker: Speaker | null, verb: string | null): void {
    const words = unit.words;
    this.addClaimAt(unit, words[range.from]!.start, words[range.to - 1]!.end, speaker, verb);
  }

  /** The claim of the text [start, end) of the unit, unless one overlapping it is there already. */
  private addClaimAt(unit: Unit, start: number, end: number, speaker: Speaker | null, verb: string | null): void {
    for (let k = this.claims.length - 1; k >= 0 && this.claims[k]!.end > unit.start; k--) {
      const c = this.claims[k]!;
      if (c.start < end && start < c.end) return;
    }
    this.claims.push({
      text: this.doc.text.slice(start, end), start, end,
      speaker: speaker?.name ?? null, verb: verb || null, kind: 'indirect', sentence: this.sentence(unit),
    });
  }

  private sentence(unit: Unit): string {
    return this.doc.text.slice(unit.start, unit.end).trim();
  }

  private quote(q: number, unit: Unit, index: number, frames: readonly Frame[], speakers: readonly (Speaker | null)[], claimed: boolean): void {
    const pair = this.pairs[q]!;
    const words = unit.words;
    const at = words.findIndex((w) => w.quote === q);
    const text = this.doc.text.slice(pair.start, pair.end);
    const direct = pair.continued || isDirect(words, at, frames);
    const { frame, region } = placeQuote(frames, at);
    let speaker: Speaker | null = null;
    let verb: string | null = null;
    let keep: Keep;
    if (frame >= 0) {
      speaker = speakers[frame] ?? null;
      verb = frames[frame]!.verb || null;
      keep = region === 'content' ? 'yes' : region === 'object' || region === 'source' ? 'unlessName' : 'ifSpeech';
    } else {
      keep = claimed ? 'yes' : direct ? 'ifSpeech' : unit.heading ? 'no' : 'ifSpeech';
    }
    // "Im Verfahren sieht X einen „Angriff …“": without a reporting verb, the person the clause is about speaks.
    if (frame < 0 && !unit.heading) speaker = this.resolver.subjectBefore(unit.start, pair.open);
    const bySubject = frame < 0 && speaker !== null;
    if ((frame < 0 && !speaker) || (region === 'source' && !speaker)) {
      const ctx = this.fresh(index, claimed ? CLAIM_REACH : QUOTE_REACH);
      if (ctx && (claimed || direct || region !== 'source')) {
        speaker = ctx.speaker;
        verb = ctx.verb;
        if (claimed || direct) this.context = { speaker: ctx.speaker, verb: ctx.verb, unit: index };
      }
    }
    const quote: Quote = { text, start: pair.start, end: pair.end, speaker: speaker?.name ?? null, verb, kind: direct ? 'direct' : 'partial', sentence: this.sentence(unit) };
    this.candidates.push({ quote, pair, keep, bySubject });
  }

  /** Unframed quotes stay only if they read as speech; a quote repeated elsewhere takes that one's speaker. */
  private finishQuotes(): Quote[] {
    const bySpeech = new Map<string, Quote>();
    // Each quote's text folded once (a quote is long, and folding it allocates).
    const folded = this.candidates.map((c) => fold(c.quote.text));
    this.candidates.forEach((c, i) => {
      if (c.quote.speaker && !c.bySubject && !bySpeech.has(folded[i]!)) bySpeech.set(folded[i]!, c.quote);
    });
    const out: Quote[] = [];
    const continued = new Set<Quote>();
    for (let i = 0; i < this.candidates.length; i++) {
      const c = this.candidates[i]!;
      const twin = c.quote.speaker ? undefined : bySpeech.get(folded[i]!);
      if (twin) c.quote = { ...c.quote, speaker: twin.speaker, verb: twin.verb };
      if (!twin && !kept(c.keep, c.quote)) continue;
      out.push(c.quote);
      if (c.pair.continued) continued.add(c.quote);
    }
    // A quote continued into the next paragraph shares its speaker.
    for (let i = out.length - 2; i >= 0; i--) {
      if (continued.has(out[i]!) && !out[i]!.speaker && out[i + 1]!.speaker) out[i] = { ...out[i]!, speaker: out[i + 1]!.speaker };
    }
    return out;
  }
}

function stateOrActor(s: Speaker | null): Speaker | null {
  return s && (s.kind !== 'place' || s.country === s.name) ? s : null;
}

type Region = 'content' | 'object' | 'subject' | 'source' | 'none';

/** The frame a quote at word `at` belongs to, and where in it the quote stands. */
function placeQuote(frames: readonly Frame[], at: number): { frame: number; region: Region } {
  let best = -1;
  let bestRank = 9;
  let region: Region = 'none';
  frames.forEach((f, k) => {
    let rank = 9;
    let r: Region = 'none';
    if (f.kind !== 'source' && f.content && f.content.from <= at && at < f.content.to) {
      rank = f.kind === 'post' ? 0 : f.noun ? 1.5 : 1;
      r = 'content';
    } else if (f.kind !== 'source' && f.clause.from <= at && at < f.clause.to) {
      rank = at > f.anchor ? 2 : 3;
      r = at > f.anchor ? 'object' : 'subject';
    } else if (f.kind === 'source') {
      rank = 4;
      r = 'source';
    }
    if (rank < bestRank) {
      best = k;
      bestRank = rank;
      region = r;
    }
  });
  return { frame: best, region };
}

function kept(keep: Keep, q: Quote): boolean {
  if (q.kind === 'direct' && keep !== 'no') return true;
  switch (keep) {
    case 'yes':
      return !isProperName(q.text);
    case 'unlessName':
      return !(looksLikeName(q.text) && q.text.includes(' '));
    case 'ifSpeech':
      return readsAsSpeech(q) && !isProperName(q.text);
    default:
      return false;
  }
}

/** The quote is the whole utterance of its unit: nothing but a frame around it. */
function isDirect(words: readonly Word[], at: number, frames: readonly Frame[]): boolean {
  if (at < 0) return false;
  const before = at === 0 || words[at - 1]!.text === ':' || (at === 1 && isBoundary(words[0]));
  if (!before) return false;
  let k = at + 1;
  while (k < words.length && isPunctuation(words[k]!)) k++;
  if (k >= words.length) return true;
  return frames.some((f) => f.kind === 'post' && f.content !== null && f.content.to === at + 1 && f.content.from === at);
}

const isPunctuation = (w: Word): boolean => !isQuoteWord(w) && /^[^\p{L}\p{N}]+$/u.test(w.text);

/** The range without trailing punctuation and without a leading "dass". */
function trimRange(words: readonly Word[], r: Range): Range {
  let from = r.from;
  let to = r.to;
  while (to > from && !isQuoteWord(words[to - 1]) && TRAILING_PUNCTUATION.test(words[to - 1]!.text)) to--;
  while (from < to && LEADING_PUNCTUATION.test(words[from]!.text)) from++;
  return { from, to };
}

/**
 * The range opens like a main clause: with a noun phrase, a pronoun or an adverb, not with a
 * verb ("…, sollte Russland angreifen" is a condition, "…, weist … zurück" a second predicate).
 */
function startsV2(words: readonly Word[], r: Range): boolean {
  const first = words[r.from];
  if (!first) return false;
  if (isQuoteWord(first) || first.name || !/^\p{Ll}/u.test(first.text) || /^\d/.test(first.text)) return true;
  const lex = speechLexicon();
  return lex.determiners.has(first.key) || lex.pronouns.has(first.key) || lex.functionWords.has(first.key);
}

const ZU_JOINED = /^\p{Ll}{2,}zu\p{Ll}{2,}n$/u;

/** "…, die Grenze zu öffnen" / "…, freizulassen": the first clause of the range ends in a zu-infinitive. */
function isZuInfinitive(words: readonly Word[], r: Range): boolean {
  let end = r.from;
  while (end < r.to && words[end]!.text !== ',' && words[end]!.text !== '.' && words[end]!.text !== ';') end++;
  for (let k = Math.max(r.from, end - 3); k < end; k++) {
    const w = words[k]!;
    if (w.key === 'zu' && /^\p{Ll}+n$/u.test(words[k + 1]?.text ?? '')) return true;
    if (ZU_JOINED.test(w.text) && k === end - 1) return true;
  }
  return false;
}

function isOnlyQuote(words: readonly Word[], r: Range): boolean {
  for (let k = r.from; k < r.to; k++) if (!isQuoteWord(words[k]) && !isPunctuation(words[k]!)) return false;
  return true;
}

/** Unattributed quoted words that still read as speech: a sentence, or a phrase of several lower-case words. */
function readsAsSpeech(q: Quote): boolean {
  if (q.kind === 'direct' && q.text.split(/\s+/).length >= 3) return true;
  if (looksLikeName(q.text)) return false;
  return q.text.split(/\s+/).length >= 3;
}
